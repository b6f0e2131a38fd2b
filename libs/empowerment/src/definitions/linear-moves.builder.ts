import type { LocalizedText, StageDefinition, TransitionDefinition } from '@berdaya/workflow';

interface Step {
  leaf: StageDefinition;
  /** What a forward move into the leaf targets: the top-level phase when the leaf opens it. */
  entry: StageDefinition;
}

const CLOSE_LABEL: LocalizedText = { en: 'Close the case', id: 'Tutup kasus' };

/**
 * ADVANCE from every leaf to the next and BACK from every leaf to the previous, in document order.
 * The last top-level stage is taken to be the final one, so it gets no moves of its own; phases are
 * taken to be entered at their first sub-stage (no `initial`).
 */
export function linearMoves(stages: readonly StageDefinition[]): TransitionDefinition[] {
  const steps = stages.flatMap((stage) =>
    leavesOf(stage).map((leaf, i): Step => ({ leaf, entry: i === 0 ? stage : leaf })),
  );
  const closing = steps.length - 1;
  const advances = steps.slice(0, closing).map((step, i): TransitionDefinition => ({
    event: 'ADVANCE',
    from: step.leaf.id,
    to: steps[i + 1].entry.id,
    label: i + 1 === closing ? CLOSE_LABEL : moveOnTo(steps[i + 1].entry.label),
  }));
  const backs = steps.slice(1, closing).map((step, i): TransitionDefinition => ({
    event: 'BACK',
    from: step.leaf.id,
    to: steps[i].leaf.id,
    label: backTo(steps[i].leaf.label),
  }));
  return [...advances, ...backs];
}

function leavesOf(stage: StageDefinition): StageDefinition[] {
  return stage.stages ? stage.stages.flatMap(leavesOf) : [stage];
}

function moveOnTo(label: LocalizedText): LocalizedText {
  return { en: `Move on to ${label.en}`, id: `Lanjut ke ${label.id}` };
}

function backTo(label: LocalizedText): LocalizedText {
  return { en: `Back to ${label.en}`, id: `Kembali ke ${label.id}` };
}

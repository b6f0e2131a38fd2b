import {
  allowedEvents,
  leafStages,
  validateDefinition,
  type LocalizedText,
  type StageDefinition,
  type WorkflowDefinition,
} from '@berdaya/workflow';
import { snapshotAt } from '../testing/snapshot.factory';
import { BUILT_IN_DEFINITIONS } from './index';

/** Paths of every text a user may see that lacks English or Indonesian. */
function untranslated(def: WorkflowDefinition): string[] {
  const texts: [string, LocalizedText | undefined][] = [
    ['name', def.name],
    ['description', def.description],
  ];
  const visit = (stage: StageDefinition) => {
    texts.push([`${stage.id}.label`, stage.label], [`${stage.id}.description`, stage.description]);
    stage.checklist?.forEach((item) =>
      texts.push([`${stage.id}.checklist.${item.id}`, item.label]),
    );
    stage.techniques?.forEach((t, i) => texts.push([`${stage.id}.techniques.${i}`, t]));
    stage.stages?.forEach(visit);
  };
  def.stages.forEach(visit);
  def.transitions.forEach((t) => texts.push([`${t.from}.${t.event}.label`, t.label]));
  return texts.filter(([, text]) => !text?.en.trim() || !text.id.trim()).map(([path]) => path);
}

const workingLeaves = (def: WorkflowDefinition) =>
  leafStages(def).filter((leaf) => !def.final.includes(leaf.stage.id));

describe.each(BUILT_IN_DEFINITIONS.map((def) => [def.id, def] as const))('%s', (_id, def) => {
  it('passes validateDefinition', () => {
    expect(validateDefinition(def)).toEqual([]);
  });

  it('has English and Indonesian text on every name, label, description, checklist item, technique and move', () => {
    expect(untranslated(def)).toEqual([]);
  });

  it('starts at intake and ends in closed', () => {
    expect(def).toMatchObject({ version: 1, initial: 'intake', final: ['closed'] });
  });

  const leaves = workingLeaves(def);
  const rows = leaves.map((leaf, i) => [leaf.stage.id, leaf, i] as const);

  it.each(rows)('%s has a 2–4 item exit checklist, a duration and a cadence', (_stage, leaf) => {
    const { checklist = [], expectedDurationDays, visitCadenceDays } = leaf.stage;

    expect(checklist.length).toBeGreaterThanOrEqual(2);
    expect(checklist.length).toBeLessThanOrEqual(4);
    expect(expectedDurationDays).toBeGreaterThan(0);
    expect(visitCadenceDays).toBeGreaterThan(0);
  });

  it.each(rows)(
    '%s advances to the next stage and goes back to the previous one',
    (_s, leaf, i) => {
      const next = leafStages(def)[i + 1];
      const moves = allowedEvents(def, snapshotAt(def, leaf.stage.id));

      expect(moves.find((m) => m.event === 'ADVANCE')).toMatchObject({
        to: next.path,
        backward: false,
        requiresApproval: true,
        checklist: leaf.stage.checklist!.map((item) => item.id),
      });
      expect(moves.find((m) => m.event === 'BACK')).toEqual(
        i === 0
          ? undefined
          : expect.objectContaining({
              to: leaves[i - 1].path,
              backward: true,
              requiresApproval: false,
              requiresReason: true,
            }),
      );
    },
  );
});

it('gives each built-in definition its own id', () => {
  expect(new Set(BUILT_IN_DEFINITIONS.map((def) => def.id)).size).toBe(BUILT_IN_DEFINITIONS.length);
});

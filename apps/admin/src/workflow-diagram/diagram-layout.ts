import type { LocalizedText, StageDefinition, WorkflowDefinition } from '@berdaya/workflow';

/** A stage a case can sit in, as the diagram draws it. */
export interface DiagramStage {
  id: string;
  /** Dotted path, as cases and history name stages: `dialogue.buildingTrust`. */
  path: string;
  label: LocalizedText;
  /** Position among all such stages, left to right. */
  order: number;
}

/** A top-level stage: a phase with its sub-stages, or a stage on its own. */
export interface DiagramColumn {
  id: string;
  path: string;
  label: LocalizedText;
  isPhase: boolean;
  isFinal: boolean;
  stages: DiagramStage[];
}

/** A declared move between stages that are not next to each other: a loop back or a jump ahead. */
export interface DiagramJump {
  event: string;
  from: string;
  to: string;
  label?: LocalizedText;
}

interface Node {
  stage: StageDefinition;
  path: string;
  leaves: DiagramStage[];
}

// Ids are unique across the definition (validation guarantees it), so a map by id finds any stage.
function indexStages(def: WorkflowDefinition) {
  const byId = new Map<string, Node>();
  const leaves: DiagramStage[] = [];
  const visit = (stage: StageDefinition, parentPath: string | undefined): Node => {
    const path = parentPath ? `${parentPath}.${stage.id}` : stage.id;
    const node: Node = { stage, path, leaves: [] };
    byId.set(stage.id, node);
    if (stage.stages?.length) {
      node.leaves = stage.stages.flatMap((child) => visit(child, path).leaves);
    } else {
      const leaf = { id: stage.id, path, label: stage.label, order: leaves.length };
      leaves.push(leaf);
      node.leaves = [leaf];
    }
    return node;
  };
  const roots = def.stages.map((stage) => visit(stage, undefined));
  return { byId, roots };
}

export function diagramColumns(def: WorkflowDefinition): DiagramColumn[] {
  return indexStages(def).roots.map(({ stage, path, leaves }) => ({
    id: stage.id,
    path,
    label: stage.label,
    isPhase: Boolean(stage.stages?.length),
    isFinal: def.final.includes(stage.id),
    stages: leaves,
  }));
}

/** The leaf a move into a stage lands in: a phase is entered at its initial sub-stage. */
function entryLeaf(node: Node, byId: Map<string, Node>): DiagramStage {
  let current = node;
  while (current.stage.stages?.length) {
    const initial = current.stage.initial ?? current.stage.stages[0].id;
    current = byId.get(initial) ?? current;
    if (current === node) break;
  }
  return current.leaves[0];
}

/**
 * The moves the ladder does not show by itself: the ladder's arrows join neighbouring stages,
 * which covers every plain forward and backward step.
 */
export function diagramJumps(def: WorkflowDefinition): DiagramJump[] {
  const { byId } = indexStages(def);
  const jumps: DiagramJump[] = [];
  for (const t of def.transitions) {
    const from = byId.get(t.from);
    const to = byId.get(t.to);
    if (!from || !to) continue;
    // A move declared on a phase leaves it from its last sub-stage.
    const leaving = from.leaves[from.leaves.length - 1];
    const landing = entryLeaf(to, byId);
    if (Math.abs(landing.order - leaving.order) === 1) continue;
    jumps.push({ event: t.event, from: from.path, to: to.path, label: t.label });
  }
  return jumps;
}

/** The label of every stage and phase by dotted path. */
export function stageLabels(def: WorkflowDefinition): Map<string, LocalizedText> {
  const labels = new Map<string, LocalizedText>();
  for (const node of indexStages(def).byId.values()) labels.set(node.path, node.stage.label);
  return labels;
}

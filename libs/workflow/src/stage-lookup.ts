import type { StageDefinition, WorkflowDefinition } from './definition.schema';
import { buildStageTree, isLeaf } from './stage-tree';

export interface StageInfo {
  stage: StageDefinition;
  /** Dotted path, e.g. `dialogue.trustBuilding`. */
  path: string;
  /** The phases above the stage, outermost first. */
  phases: StageDefinition[];
}

const trees = new WeakMap<WorkflowDefinition, ReturnType<typeof buildStageTree<StageDefinition>>>();

function treeOf(def: WorkflowDefinition) {
  let tree = trees.get(def);
  if (!tree) {
    tree = buildStageTree(def.stages);
    trees.set(def, tree);
  }
  return tree;
}

/** A stage by id, with its path and phases; undefined for unknown ids. */
export function findStage(def: WorkflowDefinition, id: string): StageInfo | undefined {
  const node = treeOf(def).byId.get(id);
  if (!node) return undefined;
  const phases: StageDefinition[] = [];
  for (let p = node.parent; p; p = p.parent) phases.unshift(p.stage);
  return { stage: node.stage, path: node.path, phases };
}

/** The stage at a dotted path (its last segment names it, ids being unique). */
export function stageAt(def: WorkflowDefinition, path: string): StageInfo | undefined {
  const info = findStage(def, path.slice(path.lastIndexOf('.') + 1));
  return info?.path === path ? info : undefined;
}

/** The stages a case can sit in, in document order. */
export function leafStages(def: WorkflowDefinition): StageInfo[] {
  return treeOf(def)
    .nodes.filter(isLeaf)
    .map((n) => findStage(def, n.stage.id)!);
}

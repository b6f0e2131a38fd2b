/** The minimal shape the tree walk needs, so it also serves half-valid input during validation. */
export interface StageLike {
  id: string;
  stages?: StageLike[];
  initial?: string;
}

export interface StageNode<S extends StageLike = StageLike> {
  stage: S;
  parent: StageNode<S> | undefined;
  children: StageNode<S>[];
  /** Dotted path from the top, e.g. `dialogue.trustBuilding`. */
  path: string;
  /** Position in document order (pre-order), used to tell forward from backward moves. */
  order: number;
}

export interface StageTree<S extends StageLike = StageLike> {
  /** First occurrence of each id; duplicates are reported by validation. */
  byId: Map<string, StageNode<S>>;
  /** Every node in document order, duplicates included. */
  nodes: StageNode<S>[];
  roots: StageNode<S>[];
}

export function buildStageTree<S extends StageLike>(stages: readonly S[]): StageTree<S> {
  const byId = new Map<string, StageNode<S>>();
  const nodes: StageNode<S>[] = [];
  const visit = (stage: S, parent: StageNode<S> | undefined): StageNode<S> => {
    const node: StageNode<S> = {
      stage,
      parent,
      children: [],
      path: parent ? `${parent.path}.${stage.id}` : stage.id,
      order: nodes.length,
    };
    nodes.push(node);
    if (!byId.has(stage.id)) byId.set(stage.id, node);
    node.children = ((stage.stages ?? []) as S[]).map((child) => visit(child, node));
    return node;
  };
  const roots = stages.map((stage) => visit(stage, undefined));
  return { byId, nodes, roots };
}

export function isLeaf(node: StageNode): boolean {
  return node.children.length === 0;
}

/** The leaf a move into `node` lands in: a phase is entered at its initial sub-stage, recursively. */
export function entryLeaf<S extends StageLike>(node: StageNode<S>): StageNode<S> {
  let current = node;
  while (current.children.length > 0) {
    const initialId = current.stage.initial;
    current = current.children.find((c) => c.stage.id === initialId) ?? current.children[0];
  }
  return current;
}

/** The node itself and its ancestors, innermost first. */
export function selfAndAncestors<S extends StageLike>(node: StageNode<S>): StageNode<S>[] {
  const chain: StageNode<S>[] = [];
  for (let n: StageNode<S> | undefined = node; n; n = n.parent) chain.push(n);
  return chain;
}

export function isAncestorOrSelf(candidate: StageNode, node: StageNode): boolean {
  return selfAndAncestors(node).includes(candidate);
}

/** The stages a move from `from` to `to` leaves: `from` and each ancestor that does not contain `to`. */
export function exitedStages<S extends StageLike>(
  from: StageNode<S>,
  to: StageNode<S>,
): StageNode<S>[] {
  return selfAndAncestors(from).filter((n) => !isAncestorOrSelf(n, to));
}

export function isBackwardMove(from: StageNode, to: StageNode): boolean {
  return entryLeaf(to).order < from.order;
}

import { codedIssue, type CodedIssue } from '@berdaya/api-problems';
import { z } from 'zod';
import {
  BUILT_IN_EVENTS,
  RESERVED_STAGE_IDS,
  definitionSchema,
  type WorkflowDefinition,
} from './definition.schema';
import {
  buildStageTree,
  entryLeaf,
  isBackwardMove,
  isLeaf,
  selfAndAncestors,
  type StageNode,
  type StageTree,
} from './stage-tree';

/** Where a problem of the schema sits: in a stage, a move, or neither. */
type Within = { stage?: string; event?: string };

/**
 * What each problem's message names, by code, for a client to say it in its own words; a code
 * with several messages has one shape of params for each, told apart by the names they hold.
 */
export interface DefinitionProblemParams {
  /** With the schema's refusal as `issue` (a field problem code of `@berdaya/api-problems`). */
  INVALID_FIELD: { field: string } & Within;
  MISSING_LABEL: { label: 'label' | 'name' | 'description'; language?: 'en' | 'id' } & Within;
  DUPLICATE_ID: { stage: string } | { item: string; stage: string; owner: string };
  RESERVED_ID: { stage: string } | { event: string };
  UNKNOWN_STAGE:
    | { initial: string }
    | { final: string }
    | { event: string; from: string }
    | { event: string; from: string; to: string };
  INVALID_INITIAL: { initial: string } | { initial: string; stage: string };
  FINAL_NOT_TOP_LEVEL: { final: string };
  FINAL_HAS_MOVES: { final: string; event: string };
  INITIAL_IS_FINAL: { initial: string };
  DUPLICATE_TRANSITION: { event: string; from: string };
  SELF_TRANSITION: { event: string; from: string };
  BACKWARD_WITHOUT_REASON: { event: string; from: string; to: string };
  UNREACHABLE_STAGE: { stage: string };
  NO_WAY_OUT: { stage: string };
}

export type ProblemCode = keyof DefinitionProblemParams;

/** One problem of a definition: its code and params, and the same in English as `message`. */
export type DefinitionProblem = {
  [C in ProblemCode]: {
    code: C;
    message: string;
    params: DefinitionProblemParams[C];
    /** Where in the JSON document, e.g. `stages.1.stages.0.label.id`. */
    path: string;
    stage?: string;
    event?: string;
  } & (C extends 'INVALID_FIELD' ? { issue: CodedIssue } : unknown);
}[ProblemCode];

export type ParseResult =
  { ok: true; definition: WorkflowDefinition } | { ok: false; problems: DefinitionProblem[] };

/** Every problem in a candidate definition; an empty list means it can be compiled. */
export function validateDefinition(input: unknown): DefinitionProblem[] {
  const result = parseDefinition(input);
  return result.ok ? [] : result.problems;
}

export function parseDefinition(input: unknown): ParseResult {
  const parsed = definitionSchema.safeParse(input);
  const problems = parsed.success ? [] : parsed.error.issues.map((i) => fromSchemaIssue(i, input));
  // The graph checks run whenever the skeleton holds, so a missing label does not hide a dead end.
  const skeleton = skeletonSchema.safeParse(input);
  if (skeleton.success) problems.push(...graphProblems(skeleton.data));
  if (problems.length > 0 || !parsed.success) return { ok: false, problems };
  return { ok: true, definition: parsed.data };
}

interface SkeletonStage {
  id: string;
  stages?: SkeletonStage[];
  initial?: string;
  checklist?: { id: string }[];
}
const skeletonStage: z.ZodType<SkeletonStage> = z.lazy(() =>
  z.looseObject({
    id: z.string(),
    stages: z.array(skeletonStage).optional(),
    initial: z.string().optional(),
    checklist: z.array(z.looseObject({ id: z.string() })).optional(),
  }),
);
const skeletonSchema = z.looseObject({
  initial: z.string(),
  final: z.array(z.string()),
  stages: z.array(skeletonStage),
  transitions: z.array(
    z.looseObject({
      event: z.string(),
      from: z.string(),
      to: z.string(),
      requiresReason: z.boolean().optional(),
    }),
  ),
});
type Skeleton = z.infer<typeof skeletonSchema>;
type Node = StageNode<SkeletonStage>;

function graphProblems(def: Skeleton): DefinitionProblem[] {
  const tree = buildStageTree(def.stages);
  const problems: DefinitionProblem[] = [];
  const stagePath = (node: Node) => pathOfNode(tree, node);

  const seenItems = new Map<string, string>();
  const seenStages = new Set<string>();
  for (const node of tree.nodes) {
    const id = node.stage.id;
    if (seenStages.has(id)) {
      problems.push({
        code: 'DUPLICATE_ID',
        message: `stage id "${id}" is used more than once`,
        params: { stage: id },
        path: stagePath(node),
        stage: id,
      });
    }
    seenStages.add(id);
    if (RESERVED_STAGE_IDS.includes(id)) {
      problems.push({
        code: 'RESERVED_ID',
        message: `stage id "${id}" is reserved by the engine`,
        params: { stage: id },
        path: stagePath(node),
        stage: id,
      });
    }
    if (
      node.stage.initial !== undefined &&
      !node.children.some((c) => c.stage.id === node.stage.initial)
    ) {
      problems.push({
        code: 'INVALID_INITIAL',
        message: `initial sub-stage "${node.stage.initial}" of "${id}" is not one of its sub-stages`,
        params: { initial: node.stage.initial, stage: id },
        path: `${stagePath(node)}.initial`,
        stage: id,
      });
    }
    (node.stage.checklist ?? []).forEach((item, i) => {
      const owner = seenItems.get(item.id);
      if (owner !== undefined) {
        problems.push({
          code: 'DUPLICATE_ID',
          message: `checklist item id "${item.id}" of stage "${id}" is already used by stage "${owner}"`,
          params: { item: item.id, stage: id, owner },
          path: `${stagePath(node)}.checklist.${i}.id`,
          stage: id,
        });
      } else {
        seenItems.set(item.id, id);
      }
    });
  }

  const finals = new Set(def.final);
  def.final.forEach((id, i) => {
    const node = tree.byId.get(id);
    if (!node) {
      problems.push({
        code: 'UNKNOWN_STAGE',
        message: `final stage "${id}" is not defined`,
        params: { final: id },
        path: `final.${i}`,
        stage: id,
      });
    } else if (node.parent || !isLeaf(node)) {
      problems.push({
        code: 'FINAL_NOT_TOP_LEVEL',
        message: `final stage "${id}" must be a top-level stage without sub-stages`,
        params: { final: id },
        path: `final.${i}`,
        stage: id,
      });
    }
  });
  const initial = tree.byId.get(def.initial);
  if (!initial) {
    problems.push({
      code: 'UNKNOWN_STAGE',
      message: `initial stage "${def.initial}" is not defined`,
      params: { initial: def.initial },
      path: 'initial',
      stage: def.initial,
    });
  } else if (initial.parent) {
    problems.push({
      code: 'INVALID_INITIAL',
      message: `initial stage "${def.initial}" must be a top-level stage`,
      params: { initial: def.initial },
      path: 'initial',
      stage: def.initial,
    });
  } else if (finals.has(def.initial)) {
    problems.push({
      code: 'INITIAL_IS_FINAL',
      message: `initial stage "${def.initial}" cannot be final`,
      params: { initial: def.initial },
      path: 'initial',
      stage: def.initial,
    });
  }

  const edges: { from: Node; to: Node }[] = [];
  const seenMoves = new Set<string>();
  def.transitions.forEach((t, i) => {
    const path = `transitions.${i}`;
    const at = { path, event: t.event, stage: t.from };
    if ((BUILT_IN_EVENTS as readonly string[]).includes(t.event)) {
      problems.push({
        ...at,
        code: 'RESERVED_ID',
        message: `event "${t.event}" is built in and cannot be redefined`,
        params: { event: t.event },
      });
    }
    const from = tree.byId.get(t.from);
    const to = tree.byId.get(t.to);
    if (!from) {
      problems.push({
        ...at,
        path: `${path}.from`,
        code: 'UNKNOWN_STAGE',
        message: `event "${t.event}" starts from unknown stage "${t.from}"`,
        params: { event: t.event, from: t.from },
      });
    }
    if (!to) {
      problems.push({
        ...at,
        path: `${path}.to`,
        code: 'UNKNOWN_STAGE',
        message: `event "${t.event}" from "${t.from}" targets unknown stage "${t.to}"`,
        params: { event: t.event, from: t.from, to: t.to },
      });
    }
    const key = `${t.from}|${t.event}`;
    if (seenMoves.has(key)) {
      problems.push({
        ...at,
        code: 'DUPLICATE_TRANSITION',
        message: `event "${t.event}" is defined twice on stage "${t.from}"`,
        params: { event: t.event, from: t.from },
      });
    }
    seenMoves.add(key);
    if (finals.has(t.from)) {
      problems.push({
        ...at,
        code: 'FINAL_HAS_MOVES',
        message: `final stage "${t.from}" cannot have outgoing event "${t.event}"`,
        params: { final: t.from, event: t.event },
      });
    }
    if (t.from === t.to) {
      problems.push({
        ...at,
        code: 'SELF_TRANSITION',
        message: `event "${t.event}" leads from "${t.from}" back to itself`,
        params: { event: t.event, from: t.from },
      });
    }
    if (from && to) {
      if (isBackwardMove(from, to) && t.requiresReason === false) {
        problems.push({
          ...at,
          code: 'BACKWARD_WITHOUT_REASON',
          message: `event "${t.event}" moves "${t.from}" back to "${t.to}" and must require a reason`,
          params: { event: t.event, from: t.from, to: t.to },
        });
      }
      edges.push({ from, to });
    }
  });

  if (initial) problems.push(...reachabilityProblems(tree, initial, edges, finals, stagePath));
  return problems;
}

/** Leaves reachable from the initial stage, and for each the leaves it can get to. */
function reachabilityProblems(
  tree: StageTree<SkeletonStage>,
  initial: Node,
  edges: { from: Node; to: Node }[],
  finals: Set<string>,
  stagePath: (node: Node) => string,
): DefinitionProblem[] {
  // A leaf can take every move declared on itself or on one of its phases.
  const successors = (leaf: Node): Node[] => {
    const sources = selfAndAncestors(leaf);
    return edges.filter((e) => sources.includes(e.from)).map((e) => entryLeaf(e.to));
  };
  const closure = (start: Node): Set<Node> => {
    const seen = new Set<Node>([start]);
    const queue = [start];
    for (let leaf = queue.shift(); leaf; leaf = queue.shift()) {
      for (const next of successors(leaf)) {
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    return seen;
  };

  const problems: DefinitionProblem[] = [];
  const reached = closure(entryLeaf(initial));
  const reachedOrContains = (node: Node): boolean =>
    reached.has(node) || node.children.some(reachedOrContains);
  for (const node of tree.byId.values()) {
    if (!reachedOrContains(node)) {
      problems.push({
        code: 'UNREACHABLE_STAGE',
        message: `stage "${node.stage.id}" cannot be reached from the initial stage`,
        params: { stage: node.stage.id },
        path: stagePath(node),
        stage: node.stage.id,
      });
    }
  }
  // Unreachable dead ends are reported too, so fixing reachability does not reveal a second problem.
  const leaves = tree.nodes.filter(
    (n) => n.children.length === 0 && tree.byId.get(n.stage.id) === n,
  );
  for (const leaf of leaves) {
    if (finals.has(leaf.stage.id)) continue;
    const canFinish = [...closure(leaf)].some((n) => finals.has(n.stage.id));
    if (!canFinish) {
      problems.push({
        code: 'NO_WAY_OUT',
        message: `stage "${leaf.stage.id}" has no sequence of moves that leads to a final stage`,
        params: { stage: leaf.stage.id },
        path: stagePath(leaf),
        stage: leaf.stage.id,
      });
    }
  }
  return problems;
}

function pathOfNode(tree: StageTree<SkeletonStage>, node: Node): string {
  const indexes: number[] = [];
  for (let n: Node | undefined = node; n; n = n.parent) {
    const siblings = n.parent ? n.parent.children : tree.roots;
    indexes.unshift(siblings.indexOf(n));
  }
  return indexes.map((i) => `stages.${i}`).join('.');
}

const LABEL_KEYS: readonly string[] = ['label', 'name', 'description'];
type LabelKey = DefinitionProblemParams['MISSING_LABEL']['label'];
const isLabelKey = (key: string | undefined): key is LabelKey =>
  key !== undefined && LABEL_KEYS.includes(key);

/** Turns a schema issue into a problem that names the stage or event it sits in. */
function fromSchemaIssue(issue: z.core.$ZodIssue, input: unknown): DefinitionProblem {
  const keys = issue.path.map(String);
  const path = keys.join('.');
  let stage: string | undefined;
  let event: string | undefined;
  let cursor: unknown = input;
  for (let i = 0; i < keys.length && cursor && typeof cursor === 'object'; i++) {
    cursor = (cursor as Record<string, unknown>)[keys[i]];
    const record = cursor as Record<string, unknown> | undefined;
    if (keys[i - 1] === 'stages' && typeof record?.id === 'string') stage = record.id;
    if (keys[i - 1] === 'transitions' && typeof record?.event === 'string') event = record.event;
  }
  const last = keys[keys.length - 1];
  const parent = keys[keys.length - 2];
  const language = last === 'en' || last === 'id' ? last : undefined;
  const labelKey = isLabelKey(last) ? last : isLabelKey(parent) && language ? parent : undefined;
  const within = { ...(stage && { stage }), ...(event && { event }) };
  const where = stage ? ` of stage "${stage}"` : event ? ` of event "${event}"` : '';
  if (labelKey) {
    const languageName = language ? { en: ' English', id: ' Indonesian' }[language] : '';
    return {
      code: 'MISSING_LABEL',
      message: `${labelKey}${where} has no${languageName} text`,
      params: { label: labelKey, ...(language && { language }), ...within },
      path,
      ...within,
    };
  }
  // An unknown key is named by itself: the issue's path is the object that holds it.
  const field =
    issue.code === 'unrecognized_keys'
      ? [...keys, issue.keys.join(', ')].join('.')
      : path || 'definition';
  return {
    code: 'INVALID_FIELD',
    message: `${path || 'definition'}${where}: ${issue.message}`,
    params: { field, ...within },
    issue: codedIssue(issue),
    path,
    ...within,
  };
}

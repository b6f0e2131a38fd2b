import { setup, type StateNodeConfig } from 'xstate';
import {
  BUILT_IN_LABELS,
  DEFAULT_BUILT_IN_MOVES,
  ON_HOLD,
  PROCESS,
  RESUME_POINT,
  WITHDRAWN,
  type StageDefinition,
  type WorkflowDefinition,
} from './definition.schema';
import { blockersOf, type Move, type MoveFacts } from './move';
import {
  buildStageTree,
  exitedStages,
  isBackwardMove,
  type StageNode,
  type StageTree,
} from './stage-tree';
import { parseDefinition, type DefinitionProblem } from './validate-definition';

export interface WorkflowEvent {
  type: string;
  facts?: MoveFacts;
}

export interface MoveMeta {
  move: Move;
}

export class InvalidDefinitionError extends Error {
  constructor(readonly problems: DefinitionProblem[]) {
    super(`invalid workflow definition: ${problems.map((p) => p.message).join('; ')}`);
    this.name = 'InvalidDefinitionError';
  }
}

const workflowSetup = setup({
  types: { events: {} as WorkflowEvent },
  guards: {
    moveAllowed: ({ event }, move: Move) => blockersOf(move, event.facts).length === 0,
  },
});

export type WorkflowMachine = ReturnType<typeof buildMachine>;
type StateConfig = StateNodeConfig<
  Record<string, never>,
  WorkflowEvent,
  never,
  never,
  { type: 'moveAllowed'; params: Move },
  never,
  string,
  unknown,
  never,
  Record<string, never>,
  MoveMeta
>;

export interface CompiledWorkflow {
  definition: WorkflowDefinition;
  machine: WorkflowMachine;
  tree: StageTree<StageDefinition>;
}

const cache = new Map<string, { source: WorkflowDefinition; compiled: CompiledWorkflow }>();

export function definitionKey(def: { id: string; version: number }): string {
  return `${def.id}@${def.version}`;
}

/**
 * The XState machine for a definition, built once per `id@version`. A different object with the
 * same key is compared by content, so a draft edited in place is never served a stale machine.
 */
export function compile(def: WorkflowDefinition): CompiledWorkflow {
  const key = definitionKey(def);
  const hit = cache.get(key);
  if (hit && (hit.source === def || JSON.stringify(hit.source) === JSON.stringify(def))) {
    return hit.compiled;
  }
  const parsed = parseDefinition(def);
  if (!parsed.ok) throw new InvalidDefinitionError(parsed.problems);
  const compiled: CompiledWorkflow = {
    definition: parsed.definition,
    machine: buildMachine(parsed.definition),
    tree: buildStageTree(parsed.definition.stages),
  };
  cache.set(key, { source: def, compiled });
  return compiled;
}

function buildMachine(def: WorkflowDefinition) {
  const tree = buildStageTree(def.stages);
  const finals = new Set(def.final);
  const builtIn = { ...DEFAULT_BUILT_IN_MOVES, ...def.builtInMoves };

  const transitionFor = (move: Move) => ({
    target: `#${move.to}`,
    guard: { type: 'moveAllowed' as const, params: move },
    meta: { move },
  });
  const movesOn = (node: StageNode<StageDefinition>) =>
    Object.fromEntries(
      def.transitions
        .filter((t) => t.from === node.stage.id)
        .map((t) => {
          const to = tree.byId.get(t.to)!;
          const backward = isBackwardMove(node, to);
          const move: Move = {
            event: t.event,
            from: t.from,
            to: t.to,
            ...(t.label && { label: t.label }),
            requiresApproval: t.requiresApproval ?? !backward,
            requiresReason: t.requiresReason ?? backward,
            backward,
            checklist: backward
              ? []
              : exitedStages(node, to).flatMap((n) =>
                  (n.stage.checklist ?? []).filter((i) => i.required).map((i) => i.id),
                ),
          };
          return [t.event, transitionFor(move)];
        }),
    );
  const stateOf = (node: StageNode<StageDefinition>): StateConfig => {
    const on = movesOn(node);
    if (node.children.length === 0) return { id: node.stage.id, on };
    return {
      id: node.stage.id,
      initial: node.stage.initial ?? node.children[0].stage.id,
      states: Object.fromEntries(node.children.map((c) => [c.stage.id, stateOf(c)])),
      on,
    };
  };
  const builtInMove = (event: 'HOLD' | 'RESUME' | 'WITHDRAW', from: string, to: string): Move => ({
    event,
    from,
    to,
    label: BUILT_IN_LABELS[event],
    ...builtIn[event],
    backward: false,
    checklist: [],
  });
  const withdraw = (from: string) => transitionFor(builtInMove('WITHDRAW', from, WITHDRAWN));

  const working = tree.roots.filter((n) => !finals.has(n.stage.id));
  const ended = tree.roots.filter((n) => finals.has(n.stage.id));
  return workflowSetup.createMachine({
    id: def.id,
    initial: PROCESS,
    states: {
      [PROCESS]: {
        id: PROCESS,
        initial: def.initial,
        states: {
          ...Object.fromEntries(working.map((n) => [n.stage.id, stateOf(n)])),
          [RESUME_POINT]: { id: RESUME_POINT, type: 'history', history: 'deep' },
        },
        on: {
          HOLD: transitionFor(builtInMove('HOLD', PROCESS, ON_HOLD)),
          WITHDRAW: withdraw(PROCESS),
        },
      },
      [ON_HOLD]: {
        id: ON_HOLD,
        on: {
          RESUME: transitionFor(builtInMove('RESUME', ON_HOLD, RESUME_POINT)),
          WITHDRAW: withdraw(ON_HOLD),
        },
      },
      ...Object.fromEntries(
        ended.map((n) => [n.stage.id, { id: n.stage.id, type: 'final' as const }]),
      ),
      [WITHDRAWN]: { id: WITHDRAWN, type: 'final' },
    },
  });
}

import {
  getNextTransitions,
  initialTransition,
  transition as xstateTransition,
  type AnyStateNode,
  type SnapshotFrom,
  type StateValue,
} from 'xstate';
import { compile, type CompiledWorkflow, type MoveMeta, type WorkflowMachine } from './compile';
import {
  PROCESS,
  RESUME_POINT,
  type LocalizedText,
  type WorkflowDefinition,
} from './definition.schema';
import { blockersOf, type Blocker, type Move, type MoveFacts } from './move';
import { entryLeaf } from './stage-tree';

/** A case's place in its workflow, as stored: plain JSON, pinned to one definition version. */
export interface WorkflowSnapshot {
  definitionId: string;
  definitionVersion: number;
  /** XState's state value, e.g. `{ process: { dialogue: 'trustBuilding' } }`. */
  value: StateValue;
  /** What each history state remembers: history state id → ids of the states to return to. */
  history: Record<string, string[]>;
}

export interface AllowedEvent {
  event: string;
  /** Dotted path of the stage the move lands in. */
  to: string;
  label?: LocalizedText;
  requiresApproval: boolean;
  requiresReason: boolean;
  backward: boolean;
  /** Required exit checklist items the move checks. */
  checklist: string[];
  /** Why the move cannot be made with the facts given; empty when it can. */
  blockedBy: Blocker[];
}

export type TransitionErrorCode =
  | 'NOT_ALLOWED'
  | 'CHECKLIST_INCOMPLETE'
  | 'REASON_REQUIRED'
  | 'FINAL_STAGE'
  | 'DEFINITION_MISMATCH'
  | 'INVALID_SNAPSHOT';

export type TransitionResult =
  | { ok: true; snapshot: WorkflowSnapshot; from: string; to: string; move: AllowedEvent }
  | {
      ok: false;
      code: TransitionErrorCode;
      message: string;
      allowedEvents: AllowedEvent[];
      /** With CHECKLIST_INCOMPLETE: the unticked required items. */
      missing?: string[];
    };

type MachineState = SnapshotFrom<WorkflowMachine>;
type Restored =
  { ok: true; state: MachineState } | { ok: false; code: TransitionErrorCode; message: string };

export function start(def: WorkflowDefinition): WorkflowSnapshot {
  const compiled = compile(def);
  const [state] = initialTransition(compiled.machine);
  return persist(compiled, state);
}

/** The dotted path of the stage a snapshot is in, e.g. `dialogue.trustBuilding` or `onHold`. */
export function stagePathOf(snapshot: Pick<WorkflowSnapshot, 'value'>): string {
  const segments: string[] = [];
  let value: StateValue = snapshot.value;
  while (typeof value !== 'string') {
    const [key] = Object.keys(value);
    segments.push(key);
    value = value[key] as StateValue;
  }
  segments.push(value);
  return (segments[0] === PROCESS ? segments.slice(1) : segments).join('.');
}

export function isFinal(def: WorkflowDefinition, snapshot: WorkflowSnapshot): boolean {
  const restored = restore(compile(def), snapshot);
  return restored.ok && restored.state.status === 'done';
}

export function allowedEvents(
  def: WorkflowDefinition,
  snapshot: WorkflowSnapshot,
  facts: MoveFacts = {},
): AllowedEvent[] {
  const compiled = compile(def);
  const restored = restore(compiled, snapshot);
  if (!restored.ok) return [];
  return chooseMoves(compiled, restored.state, facts);
}

export function transition(
  def: WorkflowDefinition,
  snapshot: WorkflowSnapshot,
  event: string,
  facts: MoveFacts = {},
): TransitionResult {
  const compiled = compile(def);
  const restored = restore(compiled, snapshot);
  if (!restored.ok) return { ...restored, allowedEvents: [] };
  const state = restored.state;
  if (state.status === 'done') {
    return {
      ok: false,
      code: 'FINAL_STAGE',
      message: `the case is in final stage "${stagePathOf(state)}" and cannot move`,
      allowedEvents: [],
    };
  }
  // Only the requested event is described on the way to a move; the full list only on refusal.
  const [chosen] = chooseMoves(compiled, state, facts, event);
  const allowed = () => chooseMoves(compiled, state, facts);
  if (!chosen) {
    return {
      ok: false,
      code: 'NOT_ALLOWED',
      message: `event "${event}" is not allowed in stage "${stagePathOf(state)}"`,
      allowedEvents: allowed(),
    };
  }
  const [blocker] = chosen.blockedBy;
  if (blocker) {
    return blocker.code === 'CHECKLIST_INCOMPLETE'
      ? {
          ok: false,
          code: blocker.code,
          message: `exit checklist incomplete: ${blocker.items.join(', ')}`,
          allowedEvents: allowed(),
          missing: blocker.items,
        }
      : {
          ok: false,
          code: blocker.code,
          message: `event "${event}" needs a reason`,
          allowedEvents: allowed(),
        };
  }
  const [next] = xstateTransition(compiled.machine, state, { type: event, facts });
  return {
    ok: true,
    snapshot: persist(compiled, next),
    from: stagePathOf(state),
    to: stagePathOf(next),
    move: chosen,
  };
}

/**
 * The moves open from a state, one per event. XState tries a leaf's own transitions before its
 * phases'; where both declare an event, the first whose guard passes is the one taken.
 */
function chooseMoves(
  compiled: CompiledWorkflow,
  state: MachineState,
  facts: MoveFacts,
  onlyEvent?: string,
): AllowedEvent[] {
  if (state.status === 'done') return [];
  const byEvent = new Map<string, AllowedEvent[]>();
  for (const t of getNextTransitions(state)) {
    const move = (t.meta as MoveMeta | undefined)?.move;
    if (!move || (onlyEvent !== undefined && move.event !== onlyEvent)) continue;
    const options = byEvent.get(move.event) ?? [];
    options.push(describe(compiled, state, move, facts));
    byEvent.set(move.event, options);
  }
  return [...byEvent.values()].map(
    (options) => options.find((o) => o.blockedBy.length === 0) ?? options[0],
  );
}

function describe(
  compiled: CompiledWorkflow,
  state: MachineState,
  move: Move,
  facts: MoveFacts,
): AllowedEvent {
  return {
    event: move.event,
    to: landingPath(compiled, state, move),
    ...(move.label && { label: move.label }),
    requiresApproval: move.requiresApproval,
    requiresReason: move.requiresReason,
    backward: move.backward,
    checklist: move.checklist,
    blockedBy: blockersOf(move, facts),
  };
}

function landingPath(compiled: CompiledWorkflow, state: MachineState, move: Move): string {
  if (move.to === RESUME_POINT) {
    const remembered = state.historyValue[RESUME_POINT]?.find((n) => n.type === 'atomic');
    const node = remembered ?? compiled.machine.getStateNodeById(PROCESS);
    return stagePathOfNode(node);
  }
  const target = compiled.tree.byId.get(move.to);
  return target ? entryLeaf(target).path : move.to;
}

function stagePathOfNode(node: AnyStateNode): string {
  const path = node.path[0] === PROCESS ? node.path.slice(1) : node.path;
  return path.length > 0 ? path.join('.') : compiledInitialPath(node);
}

function compiledInitialPath(processNode: AnyStateNode): string {
  const keys: string[] = [];
  for (let n: AnyStateNode | undefined = processNode; n?.initial;) {
    const target: AnyStateNode = n.initial.target[0];
    keys.push(target.key);
    n = target;
  }
  return keys.join('.');
}

// XState snapshots are immutable, and a definition has few distinct (stage, resume point) pairs,
// so each is resolved once and shared. The bound only guards against unexpected variety.
const MAX_RESTORED_PER_DEFINITION = 5_000;
const restoredStates = new WeakMap<CompiledWorkflow, Map<string, MachineState>>();

function remember(compiled: CompiledWorkflow, key: string, state: MachineState): void {
  let states = restoredStates.get(compiled);
  if (!states) {
    states = new Map();
    restoredStates.set(compiled, states);
  }
  if (states.size >= MAX_RESTORED_PER_DEFINITION) states.clear();
  states.set(key, state);
}

function restore(compiled: CompiledWorkflow, snapshot: WorkflowSnapshot): Restored {
  const { definition, machine } = compiled;
  if (
    snapshot.definitionId !== definition.id ||
    snapshot.definitionVersion !== definition.version
  ) {
    return {
      ok: false,
      code: 'DEFINITION_MISMATCH',
      message: `snapshot belongs to ${snapshot.definitionId}@${snapshot.definitionVersion}, not ${definition.id}@${definition.version}`,
    };
  }
  const key = JSON.stringify([snapshot.value, snapshot.history ?? {}]);
  const known = restoredStates.get(compiled)?.get(key);
  if (known) return { ok: true, state: known };
  try {
    const historyValue = Object.fromEntries(
      Object.entries(snapshot.history ?? {}).map(([id, ids]) => [
        id,
        ids.map((n) => machine.getStateNodeById(n)),
      ]),
    );
    const state = machine.resolveState({ value: snapshot.value, historyValue });
    remember(compiled, key, state);
    return { ok: true, state };
  } catch (error) {
    return {
      ok: false,
      code: 'INVALID_SNAPSHOT',
      message: `snapshot does not fit ${definition.id}@${definition.version}: ${(error as Error).message}`,
    };
  }
}

function persist(compiled: CompiledWorkflow, state: MachineState): WorkflowSnapshot {
  return {
    definitionId: compiled.definition.id,
    definitionVersion: compiled.definition.version,
    value: state.value,
    history: Object.fromEntries(
      Object.entries(state.historyValue).map(([id, nodes]) => [id, nodes.map((n) => n.id)]),
    ),
  };
}

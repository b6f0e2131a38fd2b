import { getShortestPaths } from 'xstate/graph';
import { compile, type WorkflowEvent } from './compile';
import { BUILT_IN_EVENTS, type WorkflowDefinition } from './definition.schema';
import { stagePathOf } from './engine';
import type { MoveFacts } from './move';

export interface StagePath {
  /** Dotted path of the stage reached. */
  stage: string;
  /** The shortest sequence of events from the start that reaches it. */
  events: string[];
}

/**
 * The shortest event sequence to every stage a case can reach, found by XState's graph
 * traversal with every guard satisfied. Facts that satisfy all guards are part of the answer,
 * since the sequence only replays with them.
 */
export function pathsToEveryStage(def: WorkflowDefinition): {
  facts: MoveFacts;
  paths: StagePath[];
} {
  const { machine, definition } = compile(def);
  const facts: MoveFacts = {
    reason: 'path exploration',
    checklist: allChecklistItems(definition.stages),
  };
  const eventTypes = [
    ...new Set([...definition.transitions.map((t) => t.event), ...BUILT_IN_EVENTS]),
  ];
  const events: WorkflowEvent[] = eventTypes.map((type) => ({ type, facts }));
  const shortest = getShortestPaths(machine, {
    events,
    // History is part of where a case is: the same stage reached by another route may resume elsewhere.
    serializeState: (state) => JSON.stringify([state.value, historyIds(state.historyValue)]),
  });
  const byStage = new Map<string, string[]>();
  for (const path of shortest) {
    const stage = stagePathOf(path.state);
    const eventsTaken = path.steps.map((s) => s.event.type).filter((t) => !t.startsWith('xstate.'));
    const known = byStage.get(stage);
    if (!known || eventsTaken.length < known.length) byStage.set(stage, eventsTaken);
  }
  return { facts, paths: [...byStage].map(([stage, evs]) => ({ stage, events: evs })) };
}

function historyIds(history: Record<string, { id: string }[]>): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(history).map(([k, nodes]) => [k, nodes.map((n) => n.id)]),
  );
}

function allChecklistItems(stages: WorkflowDefinition['stages']): string[] {
  return stages.flatMap((s) => [
    ...(s.checklist ?? []).map((i) => i.id),
    ...allChecklistItems(s.stages ?? []),
  ]);
}

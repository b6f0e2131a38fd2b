import {
  PROCESS,
  findStage,
  type WorkflowDefinition,
  type WorkflowSnapshot,
} from '@berdaya/workflow';

/** A case sitting in `stageId`, as the engine would have persisted it. */
export function snapshotAt(def: WorkflowDefinition, stageId: string): WorkflowSnapshot {
  const info = findStage(def, stageId);
  if (!info) throw new Error(`no stage "${stageId}" in ${def.id}`);
  const [leaf, ...outer] = [PROCESS, ...info.path.split('.')].reverse();
  return {
    definitionId: def.id,
    definitionVersion: def.version,
    value: outer.reduce<WorkflowSnapshot['value']>((inner, key) => ({ [key]: inner }), leaf),
    history: {},
  };
}

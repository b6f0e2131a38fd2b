import { findStage, type StageDefinition, type WorkflowDefinition } from '@berdaya/workflow';
import type { Approach } from './approach.types';

export interface TimingFactors {
  duration: number;
  cadence: number;
}

/**
 * Self-help is slow by design (seed 000): the community maps and mobilises its own assets, so its
 * stages are expected to last half as long again. The visit cadence stays the same for both: a
 * slower stage is no reason to visit less, since accompaniment is what keeps a self-help
 * community's energy up (seed 004, facilitating sustainability), and supervisors then judge
 * overdue visits by one yardstick.
 */
export const APPROACH_TIMING_FACTORS: Record<Approach, TimingFactors> = {
  technicalAssistance: { duration: 1, cadence: 1 },
  selfHelp: { duration: 1.5, cadence: 1 },
};

/** Days a case is expected to spend in a stage; undefined where the definition sets none (phases, final stages). */
export function expectedDurationDays(
  def: WorkflowDefinition,
  stageId: string,
  approach: Approach,
): number | undefined {
  return scaled(
    stageOf(def, stageId).expectedDurationDays,
    APPROACH_TIMING_FACTORS[approach].duration,
  );
}

/** Days between monitoring visits in a stage; undefined where the definition sets none (phases, final stages). */
export function visitCadenceDays(
  def: WorkflowDefinition,
  stageId: string,
  approach: Approach,
): number | undefined {
  return scaled(stageOf(def, stageId).visitCadenceDays, APPROACH_TIMING_FACTORS[approach].cadence);
}

function stageOf(def: WorkflowDefinition, stageId: string): StageDefinition {
  const info = findStage(def, stageId);
  if (!info) throw new Error(`unknown stage "${stageId}" in workflow ${def.id}@${def.version}`);
  return info.stage;
}

// Rounded up: a fraction of a day is still a day the case needs.
function scaled(days: number | undefined, factor: number): number | undefined {
  return days === undefined ? undefined : Math.ceil(days * factor);
}

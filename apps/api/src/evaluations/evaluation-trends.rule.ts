import type { EvaluationEntity } from '@berdaya/db';
import { trend, type Trend } from '@berdaya/empowerment';

/**
 * Each evaluation's trend against the one done before it on the same case; null for a case's
 * first. `history` holds evaluations done, oldest first, of one case or several.
 */
export function evaluationTrends(
  history: readonly Pick<EvaluationEntity, 'id' | 'caseId' | 'empowermentIndex'>[],
): Map<string, Trend | null> {
  const trends = new Map<string, Trend | null>();
  const latestIndex = new Map<string, number>();
  for (const { id, caseId, empowermentIndex } of history) {
    const previous = latestIndex.get(caseId);
    trends.set(
      id,
      previous === undefined || empowermentIndex === null
        ? null
        : trend(previous, empowermentIndex),
    );
    if (empowermentIndex !== null) latestIndex.set(caseId, empowermentIndex);
  }
  return trends;
}

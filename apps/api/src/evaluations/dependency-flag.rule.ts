import type { CaseEntity, EvaluationEntity } from '@berdaya/db';
import { dependencyRisk } from '@berdaya/empowerment';

/** The risk flag a case carries while its scores show dependency (see dependencyRisk). */
export const DEPENDENCY_RISK_FLAG = 'dependencyRisk';

/** The case's risk flags with the dependency flag set or cleared by its evaluations done, oldest first. */
export function riskFlagsAfterEvaluation(
  subject: Pick<CaseEntity, 'approach' | 'riskFlags'>,
  history: readonly Pick<EvaluationEntity, 'scores'>[],
): string[] {
  const scored = history.flatMap(({ scores }) => (scores ? [scores] : []));
  const others = subject.riskFlags.filter((flag) => flag !== DEPENDENCY_RISK_FLAG);
  return dependencyRisk(subject.approach, scored) ? [...others, DEPENDENCY_RISK_FLAG] : others;
}

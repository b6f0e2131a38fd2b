import type { VisitCase } from './visit-case.repository';

/**
 * Why a visit alert about the visit due on `dueOn` no longer applies, or undefined when it does.
 * next_visit_due is the truth: a logged visit or a new schedule moves it on without bumping the
 * case's version, so the alert compares the day itself.
 */
export function staleVisitAlert(subject: VisitCase, dueOn: string): string | undefined {
  if (subject.status !== 'active') return `case is ${subject.status}`;
  if (subject.nextVisitDue !== dueOn) {
    return subject.nextVisitDue === null
      ? 'case has no visit due any more'
      : `the visit is now due on ${subject.nextVisitDue}`;
  }
  return undefined;
}

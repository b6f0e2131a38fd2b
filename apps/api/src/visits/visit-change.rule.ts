import type { CaseEventType, VisitEntity } from '@berdaya/db';
import { daysBetween } from '@berdaya/empowerment';
import type { FieldProblem } from '../common/validation/field-problem';

type VisitFields = Pick<
  VisitEntity,
  'status' | 'doneOn' | 'participants' | 'womenParticipants' | 'plannedOn'
>;

/** What a change to a visit does: refused (400 with its fields, or 409), or applied with an event. */
export type VisitChangeOutcome =
  | { kind: 'invalid'; problems: FieldProblem[] }
  | { kind: 'conflict'; status: VisitEntity['status']; message: string }
  | { kind: 'apply'; event?: Extract<CaseEventType, 'visitLogged' | 'visitMissed'> };

/**
 * Checks a visit as it would be after a change. A visit leaves `scheduled` once: what happened
 * (done, missed, cancelled) is history, so it is not turned into something else afterwards.
 * `today` is the day it is in the program's timezone: a visit is not logged done in the future.
 */
export function planVisitChange(
  before: VisitFields,
  after: VisitFields,
  today: string,
): VisitChangeOutcome {
  if (before.status !== 'scheduled' && after.status !== before.status) {
    return {
      kind: 'conflict',
      status: before.status,
      message: `the visit is ${before.status} already`,
    };
  }
  const problems: FieldProblem[] = [];
  if (after.status === 'done' && after.doneOn === null) {
    problems.push({
      field: 'doneOn',
      code: 'done_on_required',
      message: 'is required to log the visit done',
    });
  }
  if (after.status !== 'done' && after.doneOn !== null) {
    problems.push({
      field: 'doneOn',
      code: 'done_on_only_when_done',
      message: 'is only set on a visit logged done',
    });
  }
  if (after.doneOn !== null && daysBetween(today, after.doneOn) > 0) {
    problems.push({
      field: 'doneOn',
      code: 'done_on_after_today',
      params: { today },
      message: `must not be after today (${today})`,
    });
  }
  if (
    after.womenParticipants !== null &&
    (after.participants === null || after.womenParticipants > after.participants)
  ) {
    problems.push({
      field: 'womenParticipants',
      code: 'women_exceed_participants',
      message: 'must not exceed participants: the women are counted among them',
    });
  }
  if (problems.length > 0) return { kind: 'invalid', problems };
  if (after.status === before.status) return { kind: 'apply' };
  if (after.status === 'done') return { kind: 'apply', event: 'visitLogged' };
  if (after.status === 'missed') return { kind: 'apply', event: 'visitMissed' };
  return { kind: 'apply' };
}

import type { FieldProblem } from '../common/validation/field-problem';
import type { NewProgram } from './program-body.schema';

type Settings = Pick<
  NewProgram,
  | 'approvalReminderDays'
  | 'approvalEscalationDays'
  | 'approvalExpiryDays'
  | 'budgetStart'
  | 'budgetEnd'
>;

/**
 * What is wrong with a program's settings taken together (each alone is checked by its schema):
 * a pending approval is reminded of, then escalated, then expires, in that order, and a budget
 * period does not end before it starts.
 */
export function programSettingsProblems(settings: Settings): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (settings.approvalEscalationDays < settings.approvalReminderDays) {
    problems.push({
      field: 'approvalEscalationDays',
      code: 'at_least_field',
      params: { other: 'approvalReminderDays', value: settings.approvalReminderDays },
      message: `must be at least approvalReminderDays (${settings.approvalReminderDays})`,
    });
  }
  if (settings.approvalExpiryDays < settings.approvalEscalationDays) {
    problems.push({
      field: 'approvalExpiryDays',
      code: 'at_least_field',
      params: { other: 'approvalEscalationDays', value: settings.approvalEscalationDays },
      message: `must be at least approvalEscalationDays (${settings.approvalEscalationDays})`,
    });
  }
  if (settings.budgetStart && settings.budgetEnd && settings.budgetEnd < settings.budgetStart) {
    problems.push({
      field: 'budgetEnd',
      code: 'not_before_field',
      params: { other: 'budgetStart', value: settings.budgetStart },
      message: `must not be before budgetStart (${settings.budgetStart})`,
    });
  }
  return problems;
}

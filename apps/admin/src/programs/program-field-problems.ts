import { useCallback } from 'react';
import { useTranslate } from 'react-admin';
import type { ApiFieldProblem } from '../common/api-field-problems';

// The API checks these settings together (an approval is reminded of, escalated, then expires;
// a budget period ends after it starts) and names the other field in its English message; those
// a user meets here are said in the panel's language.
const ORDER_RULES: Record<string, { key: string; other: string }> = {
  approvalEscalationDays: {
    key: 'berdaya.programs.errors.escalation_before_reminder',
    other: 'approvalReminderDays',
  },
  approvalExpiryDays: {
    key: 'berdaya.programs.errors.expiry_before_escalation',
    other: 'approvalEscalationDays',
  },
  budgetEnd: { key: 'berdaya.programs.errors.budget_end_before_start', other: 'budgetStart' },
};

/** Says a program field the API refused in the user's language where the panel knows the rule. */
export function useDescribeProgramProblem() {
  const translate = useTranslate();
  return useCallback(
    (problem: ApiFieldProblem, values: Record<string, unknown>) => {
      const rule = ORDER_RULES[problem.field];
      if (!rule || !problem.message.includes(rule.other)) return problem.message;
      return translate(rule.key, { days: String(values[rule.other]) });
    },
    [translate],
  );
}

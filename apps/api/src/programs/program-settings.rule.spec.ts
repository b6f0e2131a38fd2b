import { programSettingsProblems } from './program-settings.rule';

const ordered = {
  approvalReminderDays: 3,
  approvalEscalationDays: 7,
  approvalExpiryDays: 14,
  budgetStart: null,
  budgetEnd: null,
};

describe('programSettingsProblems', () => {
  it.each<[string, Partial<typeof ordered> | object, string[]]>([
    ['reminder, escalation and expiry in order', {}, []],
    ['all three on the same day', { approvalEscalationDays: 3, approvalExpiryDays: 3 }, []],
    ['escalation before the reminder', { approvalEscalationDays: 2 }, ['approvalEscalationDays']],
    ['expiry before the escalation', { approvalExpiryDays: 6 }, ['approvalExpiryDays']],
    ['a budget of one day', { budgetStart: '2026-01-01', budgetEnd: '2026-01-01' }, []],
    [
      'a budget ending before it starts',
      { budgetStart: '2026-07-01', budgetEnd: '2026-06-30' },
      ['budgetEnd'],
    ],
    ['a budget with no end yet', { budgetStart: '2026-07-01' }, []],
  ])('%s: %p', (_name, overrides, fields) => {
    expect(programSettingsProblems({ ...ordered, ...overrides }).map((p) => p.field)).toEqual(
      fields,
    );
  });

  it('says each problem with a code naming the other field and its value', () => {
    expect(
      programSettingsProblems({
        approvalReminderDays: 5,
        approvalEscalationDays: 4,
        approvalExpiryDays: 3,
        budgetStart: '2026-07-01',
        budgetEnd: '2026-06-30',
      }),
    ).toEqual([
      {
        field: 'approvalEscalationDays',
        code: 'at_least_field',
        params: { other: 'approvalReminderDays', value: 5 },
        message: 'must be at least approvalReminderDays (5)',
      },
      {
        field: 'approvalExpiryDays',
        code: 'at_least_field',
        params: { other: 'approvalEscalationDays', value: 4 },
        message: 'must be at least approvalEscalationDays (4)',
      },
      {
        field: 'budgetEnd',
        code: 'not_before_field',
        params: { other: 'budgetStart', value: '2026-07-01' },
        message: 'must not be before budgetStart (2026-07-01)',
      },
    ]);
  });
});

import { DEFAULT_PROCESS_DEFINITION as def } from '@berdaya/empowerment';
import { allowedEvents, start, transition, type WorkflowSnapshot } from '@berdaya/workflow';
import { caseStatusOf, planMove, type MoveInput } from './move-plan';

function at(events: string[], snapshot = start(def)): WorkflowSnapshot {
  for (const event of events) {
    const checklist = allowedEvents(def, snapshot).find((e) => e.event === event)?.checklist ?? [];
    const result = transition(def, snapshot, event, { checklist, reason: 'field notes' });
    if (!result.ok) throw new Error(result.message);
    snapshot = result.snapshot;
  }
  return snapshot;
}
const intakeChecklist = allowedEvents(def, start(def)).find(
  (e) => e.event === 'ADVANCE',
)!.checklist;
const atIntake = { snapshot: start(def), version: 3 };
const inDialogue = { snapshot: at(['ADVANCE', 'ADVANCE']), version: 5 };
const input = (over: Partial<MoveInput>): MoveInput => ({
  event: 'ADVANCE',
  expectedVersion: 3,
  ...over,
});

describe('planMove', () => {
  it.each<[string, Parameters<typeof planMove>, Record<string, unknown>]>([
    [
      'a stale version',
      [def, atIntake, input({ expectedVersion: 2 })],
      { kind: 'refuse', refusal: { code: 'STALE_VERSION', currentVersion: 3 } },
    ],
    [
      'an event the stage lacks',
      [def, atIntake, input({ event: 'REPEAT_DISCOVERY' })],
      { kind: 'refuse', refusal: { code: 'NOT_ALLOWED' } },
    ],
    [
      'an unticked exit checklist',
      [def, atIntake, input({})],
      { kind: 'refuse', refusal: { code: 'CHECKLIST_INCOMPLETE', missing: intakeChecklist } },
    ],
    [
      'a backward move without a reason',
      [def, inDialogue, input({ event: 'BACK', expectedVersion: 5 })],
      { kind: 'refuse', refusal: { code: 'REASON_REQUIRED' } },
    ],
    [
      'a forward move: asks for approval',
      [def, atIntake, input({ checklist: intakeChecklist })],
      { kind: 'request', from: 'intake', to: 'dialogue.preparingToWorkTogether' },
    ],
    [
      'the same move being approved: applies',
      [def, atIntake, input({ checklist: intakeChecklist }), true],
      { kind: 'apply', to: 'dialogue.preparingToWorkTogether', status: 'active' },
    ],
    [
      'a backward move with a reason: applies',
      [def, inDialogue, input({ event: 'BACK', reason: 'leaders changed', expectedVersion: 5 })],
      { kind: 'apply', status: 'active' },
    ],
    [
      'a hold: applies, on hold',
      [def, atIntake, input({ event: 'HOLD', reason: 'flooding' })],
      { kind: 'apply', to: 'onHold', status: 'onHold' },
    ],
    [
      'a withdrawal: asks for approval',
      [def, atIntake, input({ event: 'WITHDRAW', reason: 'group dissolved' })],
      { kind: 'request', to: 'withdrawn' },
    ],
    [
      'a snapshot of another definition',
      [def, { ...atIntake, snapshot: { ...atIntake.snapshot, definitionVersion: 9 } }, input({})],
      { kind: 'refuse', refusal: { code: 'CORRUPT_CASE' } },
    ],
  ])('%s', (_name, args, expected) => {
    expect(planMove(...args)).toMatchObject(expected);
  });
});

describe('caseStatusOf', () => {
  it.each<[string, WorkflowSnapshot, string]>([
    ['a working stage', inDialogue.snapshot, 'active'],
    ['on hold', at(['HOLD']), 'onHold'],
    ['withdrawn', at(['WITHDRAW']), 'withdrawn'],
  ])('%s', (_name, snapshot, status) => {
    expect(caseStatusOf(def, snapshot)).toBe(status);
  });
});

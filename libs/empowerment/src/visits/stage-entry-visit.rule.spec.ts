import { DEFAULT_PROCESS_DEFINITION as definition } from '../definitions';
import { firstVisitDueOnEntering } from './stage-entry-visit.rule';

// 16:30 UTC on 7 March: still the 7th in Jakarta (23:30), already the 8th in Makassar and Jayapura.
const enteredAt = new Date('2031-03-07T16:30:00Z');

describe('firstVisitDueOnEntering', () => {
  it.each([
    ['intake', 'Asia/Jakarta', '2031-03-14'],
    ['dialogue.preparingToWorkTogether', 'Asia/Jakarta', '2031-03-14'],
    ['dialogue.preparingToWorkTogether', 'Asia/Makassar', '2031-03-15'],
    ['dialogue.preparingToWorkTogether', 'Asia/Jayapura', '2031-03-15'],
    ['onHold', 'Asia/Jakarta', null],
    ['withdrawn', 'Asia/Jakarta', null],
    ['closed', 'Asia/Jakarta', null],
  ])('entering %s in %s: %s', (stage, timeZone, expected) => {
    expect(
      firstVisitDueOnEntering({ definition, stage, approach: 'selfHelp', timeZone, enteredAt }),
    ).toBe(expected);
  });
});

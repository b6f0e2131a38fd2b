import { allowedEvents, stagePathOf, transition, type WorkflowSnapshot } from '@berdaya/workflow';
import onHold from './fixtures/default-process-v1-on-hold.snapshot.json';
import atDevelopment from './fixtures/default-process-v1-at-development.snapshot.json';
import { DEFAULT_PROCESS_DEFINITION as def } from './default-process.definition';

// These snapshots were persisted by empowerment-default@1 and are kept as they were stored:
// a case saved today must still load and move after the engine changes.
describe('snapshots stored by empowerment-default@1', () => {
  it('resumes a held case in the sub-stage it paused in, then moves on', () => {
    const stored = onHold as WorkflowSnapshot;
    expect(stagePathOf(stored)).toBe('onHold');
    expect(allowedEvents(def, stored).map((e) => [e.event, e.to])).toEqual([
      ['RESUME', 'discovery.framingSolutions'],
      ['WITHDRAW', 'withdrawn'],
    ]);
    const resumed = transition(def, stored, 'RESUME');
    if (!resumed.ok) throw new Error(resumed.message);
    expect(resumed.to).toBe('discovery.framingSolutions');
    const advance = allowedEvents(def, resumed.snapshot).find((e) => e.event === 'ADVANCE')!;
    const moved = transition(def, resumed.snapshot, 'ADVANCE', { checklist: advance.checklist });
    expect(moved).toMatchObject({ ok: true, to: 'discovery.strengtheningEnergy' });
  });

  it('continues a case in the middle of development', () => {
    const stored = atDevelopment as WorkflowSnapshot;
    const back = transition(def, stored, 'BACK', { reason: 'the savings group stopped meeting' });
    expect(back).toMatchObject({
      ok: true,
      from: 'development.recognisingSuccess',
      to: 'development.expandingOpportunities',
    });
  });
});

import {
  allowedEvents,
  isFinal,
  leafStages,
  pathsToEveryStage,
  stagePathOf,
  start,
  transition,
  type MoveFacts,
  type WorkflowDefinition,
  type WorkflowSnapshot,
} from '@berdaya/workflow';
import { BUILT_IN_DEFINITIONS } from './index';

/** Model-based checks: XState's graph traversal finds a route to every stage; each is replayed through our `transition`, checking the process rules at every step. */
describe.each(BUILT_IN_DEFINITIONS.map((def) => [def.id, def] as const))('%s', (_id, def) => {
  const { facts, paths } = pathsToEveryStage(def);

  it('has a route to every stage, on hold and withdrawn included', () => {
    const expected = [...leafStages(def).map((s) => s.path), 'onHold', 'withdrawn'];
    expect(paths.map((p) => p.stage).sort()).toEqual(expected.sort());
  });

  it.each(paths.map((p) => [p.stage, p.events] as const))(
    'reaches %s and keeps the rules at every step',
    (stage, events) => {
      let snapshot = start(def);
      checkStep(def, snapshot, facts);
      for (const event of events) {
        const stored = JSON.parse(JSON.stringify(snapshot)) as WorkflowSnapshot;
        const result = transition(def, stored, event, facts);
        if (!result.ok) throw new Error(`${event} from ${stagePathOf(stored)}: ${result.message}`);
        snapshot = result.snapshot;
        checkStep(def, snapshot, facts);
      }
      expect(stagePathOf(snapshot)).toBe(stage);
    },
  );
});

function checkStep(def: WorkflowDefinition, snapshot: WorkflowSnapshot, facts: MoveFacts): void {
  const here = stagePathOf(snapshot);
  if (isFinal(def, snapshot)) {
    expect(allowedEvents(def, snapshot, facts)).toEqual([]);
    for (const event of ['ADVANCE', 'BACK', 'HOLD', 'RESUME', 'WITHDRAW']) {
      expect(transition(def, snapshot, event, facts)).toMatchObject({
        ok: false,
        code: 'FINAL_STAGE',
      });
    }
    return;
  }
  if (here === 'onHold') {
    const resume = allowedEvents(def, snapshot).find((e) => e.event === 'RESUME');
    expect(transition(def, snapshot, 'RESUME')).toMatchObject({ ok: true, to: resume?.to });
    return;
  }
  const held = transition(def, snapshot, 'HOLD', { reason: 'rainy season' });
  if (!held.ok) throw new Error(`HOLD from ${here}: ${held.message}`);
  const resumed = transition(
    def,
    JSON.parse(JSON.stringify(held.snapshot)) as WorkflowSnapshot,
    'RESUME',
  );
  expect(resumed).toMatchObject({ ok: true, to: here });

  for (const back of allowedEvents(def, snapshot, facts).filter((e) => e.backward)) {
    expect(transition(def, snapshot, back.event, { ...facts, reason: undefined })).toMatchObject({
      ok: false,
      code: 'REASON_REQUIRED',
    });
    expect(transition(def, snapshot, back.event, facts)).toMatchObject({ ok: true, to: back.to });
  }
}

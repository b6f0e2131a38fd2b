import { compile, InvalidDefinitionError } from './compile';
import {
  allowedEvents,
  isFinal,
  stagePathOf,
  start,
  transition,
  type WorkflowSnapshot,
} from './engine';
import { sampleDefinition } from './fixtures/sample.definition';
import type { MoveFacts } from './move';
import { pathsToEveryStage } from './stage-paths';

const def = sampleDefinition();
const ticked: MoveFacts = { checklist: ['assessed', 'goalsAgreed', 'metLeaders'] };

/** Replays events from the start, failing loudly on the first refused one. */
function after(events: [string, MoveFacts?][]): WorkflowSnapshot {
  let snapshot = start(def);
  for (const [event, facts] of events) {
    const result = transition(def, snapshot, event, facts ?? ticked);
    if (!result.ok) throw new Error(`${event}: ${result.code} ${result.message}`);
    snapshot = result.snapshot;
  }
  return snapshot;
}
const atTrustBuilding = () => after([['ADVANCE'], ['ADVANCE']]);

describe('start', () => {
  it('enters the initial stage and pins the definition version', () => {
    const snapshot = start(def);
    expect(snapshot).toMatchObject({ definitionId: 'sample', definitionVersion: 1 });
    expect(stagePathOf(snapshot)).toBe('intake');
  });
});

describe('allowedEvents', () => {
  it('lists each move with its approval rule and what blocks it', () => {
    const events = allowedEvents(def, start(def));
    expect(events.map((e) => e.event)).toEqual(['ADVANCE', 'HOLD', 'WITHDRAW']);
    expect(events[0]).toMatchObject({
      to: 'dialogue.preparation',
      requiresApproval: true,
      requiresReason: false,
      checklist: ['assessed'],
      blockedBy: [{ code: 'CHECKLIST_INCOMPLETE', items: ['assessed'] }],
    });
    expect(events[1]).toMatchObject({
      to: 'onHold',
      requiresApproval: false,
      blockedBy: [{ code: 'REASON_REQUIRED' }],
    });
    expect(events[2]).toMatchObject({
      to: 'withdrawn',
      requiresApproval: true,
      requiresReason: true,
    });
  });

  it('clears the blockers once the facts satisfy them', () => {
    const events = allowedEvents(def, start(def), { checklist: ['assessed'], reason: 'flooding' });
    expect(events.every((e) => e.blockedBy.length === 0)).toBe(true);
  });

  it('asks for the exit checklist of every stage a move leaves, the phase included', () => {
    const advance = allowedEvents(def, atTrustBuilding()).find((e) => e.event === 'ADVANCE');
    expect(advance).toMatchObject({ to: 'evaluation', checklist: ['metLeaders', 'goalsAgreed'] });
  });

  it('marks backward moves as needing a reason and, by default, no approval', () => {
    const back = allowedEvents(def, atTrustBuilding()).find((e) => e.event === 'BACK');
    expect(back).toMatchObject({
      backward: true,
      requiresReason: true,
      requiresApproval: false,
      checklist: [],
    });
  });

  it('offers resume to the exact sub-stage a held case paused in', () => {
    const held = transition(def, atTrustBuilding(), 'HOLD', { reason: 'rainy season' });
    expect(held.ok && allowedEvents(def, held.snapshot).map((e) => [e.event, e.to])).toEqual([
      ['RESUME', 'dialogue.trustBuilding'],
      ['WITHDRAW', 'withdrawn'],
    ]);
  });

  it('offers nothing in a final stage', () => {
    const closed = after([['ADVANCE'], ['ADVANCE'], ['ADVANCE'], ['ADVANCE']]);
    expect(stagePathOf(closed)).toBe('closed');
    expect(isFinal(def, closed)).toBe(true);
    expect(allowedEvents(def, closed)).toEqual([]);
  });
});

describe('transition', () => {
  it('moves and reports where from and where to', () => {
    const result = transition(def, start(def), 'ADVANCE', ticked);
    expect(result).toMatchObject({ ok: true, from: 'intake', to: 'dialogue.preparation' });
  });

  it.each<[string, () => WorkflowSnapshot, string, MoveFacts, Record<string, unknown>]>([
    [
      'an event the stage does not have',
      () => start(def),
      'REPEAT',
      ticked,
      { code: 'NOT_ALLOWED' },
    ],
    ['an unknown event', () => start(def), 'FLY', ticked, { code: 'NOT_ALLOWED' }],
    [
      'an unticked required item',
      () => start(def),
      'ADVANCE',
      { checklist: ['photographed'] },
      { code: 'CHECKLIST_INCOMPLETE', missing: ['assessed'] },
    ],
    [
      'a backward move without a reason',
      atTrustBuilding,
      'BACK',
      ticked,
      { code: 'REASON_REQUIRED' },
    ],
    [
      'a backward move with a blank reason',
      atTrustBuilding,
      'BACK',
      { reason: '   ' },
      { code: 'REASON_REQUIRED' },
    ],
    ['a hold without a reason', atTrustBuilding, 'HOLD', {}, { code: 'REASON_REQUIRED' }],
    ['a resume of a case that is not held', atTrustBuilding, 'RESUME', {}, { code: 'NOT_ALLOWED' }],
  ])('refuses %s', (_name, from, event, facts, expected) => {
    const result = transition(def, from(), event, facts);
    expect(result).toMatchObject({ ok: false, ...expected });
    expect(!result.ok && result.allowedEvents.length).toBeGreaterThan(0);
  });

  it('refuses every move from a final stage', () => {
    const withdrawn = transition(def, atTrustBuilding(), 'WITHDRAW', {
      reason: 'the group dissolved',
    });
    expect(withdrawn).toMatchObject({ ok: true, to: 'withdrawn' });
    for (const event of ['ADVANCE', 'RESUME', 'HOLD', 'WITHDRAW']) {
      expect(
        withdrawn.ok && transition(def, withdrawn.snapshot, event, { reason: 'x' }),
      ).toMatchObject({
        ok: false,
        code: 'FINAL_STAGE',
        allowedEvents: [],
      });
    }
  });

  it('refuses a snapshot of another definition version', () => {
    const foreign = { ...start(def), definitionVersion: 2 };
    expect(transition(def, foreign, 'ADVANCE', ticked)).toMatchObject({
      ok: false,
      code: 'DEFINITION_MISMATCH',
    });
  });

  it.each([
    ['an unknown state', { value: { process: 'atlantis' } }],
    ['an unknown history target', { history: { resumePoint: ['atlantis'] } }],
  ])('refuses a snapshot with %s instead of throwing', (_name, damage) => {
    const damaged = { ...start(def), ...damage } as WorkflowSnapshot;
    expect(transition(def, damaged, 'ADVANCE', ticked)).toMatchObject({
      ok: false,
      code: 'INVALID_SNAPSHOT',
    });
    expect(allowedEvents(def, damaged)).toEqual([]);
  });

  it('resumes a held case in the exact sub-stage, after a JSON round trip', () => {
    const held = transition(def, atTrustBuilding(), 'HOLD', { reason: 'flooding' });
    if (!held.ok) throw new Error(held.message);
    expect(stagePathOf(held.snapshot)).toBe('onHold');
    const stored = JSON.parse(JSON.stringify(held.snapshot)) as WorkflowSnapshot;
    expect(transition(def, stored, 'RESUME')).toMatchObject({
      ok: true,
      from: 'onHold',
      to: 'dialogue.trustBuilding',
    });
  });

  it('enters a phase at its initial sub-stage when cycling back', () => {
    const evaluation = after([['ADVANCE'], ['ADVANCE'], ['ADVANCE']]);
    const result = transition(def, evaluation, 'REPEAT', { reason: 'another learning cycle' });
    expect(result).toMatchObject({
      ok: true,
      to: 'dialogue.preparation',
      move: { backward: true, requiresApproval: true },
    });
  });

  it('leaves the given snapshot untouched', () => {
    const snapshot = start(def);
    const copy = JSON.parse(JSON.stringify(snapshot)) as WorkflowSnapshot;
    transition(def, snapshot, 'ADVANCE', ticked);
    expect(snapshot).toEqual(copy);
  });
});

describe('compile', () => {
  it('builds one machine per id@version and reuses it', () => {
    expect(compile(sampleDefinition()).machine).toBe(compile(sampleDefinition()).machine);
  });

  it('rebuilds when a definition with the same id@version changed', () => {
    const changed = sampleDefinition();
    changed.transitions.push({ event: 'SKIP', from: 'intake', to: 'evaluation' });
    expect(allowedEvents(changed, start(changed)).map((e) => e.event)).toContain('SKIP');
    expect(allowedEvents(def, start(def)).map((e) => e.event)).not.toContain('SKIP');
  });

  it('throws the validation problems for an invalid definition', () => {
    const invalid = { ...sampleDefinition(), initial: 'nowhere' };
    expect(() => compile(invalid)).toThrow(InvalidDefinitionError);
  });
});

describe('pathsToEveryStage', () => {
  it('finds the shortest route to every stage, built-in ones included', () => {
    const { paths } = pathsToEveryStage(def);
    expect(Object.fromEntries(paths.map((p) => [p.stage, p.events]))).toEqual({
      intake: [],
      'dialogue.preparation': ['ADVANCE'],
      'dialogue.trustBuilding': ['ADVANCE', 'ADVANCE'],
      evaluation: ['ADVANCE', 'ADVANCE', 'ADVANCE'],
      closed: ['ADVANCE', 'ADVANCE', 'ADVANCE', 'ADVANCE'],
      onHold: ['HOLD'],
      withdrawn: ['WITHDRAW'],
    });
  });
});

import { sampleDefinition } from './fixtures/sample.definition';
import type { WorkflowDefinition } from './definition.schema';
import { validateDefinition, type DefinitionProblem } from './validate-definition';

type Breakage = (def: WorkflowDefinition) => unknown;

const stage = (def: WorkflowDefinition, id: string) => {
  const visit = (
    stages: WorkflowDefinition['stages'],
  ): WorkflowDefinition['stages'][number] | undefined => {
    for (const s of stages) {
      if (s.id === id) return s;
      const found = visit(s.stages ?? []);
      if (found) return found;
    }
    return undefined;
  };
  return visit(def.stages)!;
};

const broken =
  (change: (def: WorkflowDefinition) => void): Breakage =>
  (def) => {
    change(def);
    return def;
  };

describe('validateDefinition', () => {
  it('accepts the sample definition', () => {
    expect(validateDefinition(sampleDefinition())).toEqual([]);
  });

  it.each<[string, Breakage, Partial<DefinitionProblem>]>([
    [
      'an unknown target',
      broken((d) => d.transitions.push({ event: 'JUMP', from: 'intake', to: 'nowhere' })),
      {
        code: 'UNKNOWN_STAGE',
        event: 'JUMP',
        path: 'transitions.6.to',
        params: { event: 'JUMP', from: 'intake', to: 'nowhere' },
      },
    ],
    [
      'an unknown source',
      broken((d) => d.transitions.push({ event: 'JUMP', from: 'nowhere', to: 'intake' })),
      {
        code: 'UNKNOWN_STAGE',
        event: 'JUMP',
        path: 'transitions.6.from',
        params: { event: 'JUMP', from: 'nowhere' },
      },
    ],
    [
      'an unknown initial stage',
      broken((d) => (d.initial = 'start')),
      { code: 'UNKNOWN_STAGE', stage: 'start', path: 'initial', params: { initial: 'start' } },
    ],
    [
      'a nested initial stage',
      broken((d) => (d.initial = 'preparation')),
      { code: 'INVALID_INITIAL', stage: 'preparation', params: { initial: 'preparation' } },
    ],
    [
      "a phase's initial that is not its sub-stage",
      broken((d) => (stage(d, 'dialogue').initial = 'evaluation')),
      {
        code: 'INVALID_INITIAL',
        stage: 'dialogue',
        path: 'stages.1.initial',
        params: { initial: 'evaluation', stage: 'dialogue' },
      },
    ],
    [
      'an unknown final stage',
      broken((d) => d.final.push('archived')),
      { code: 'UNKNOWN_STAGE', stage: 'archived', path: 'final.1', params: { final: 'archived' } },
    ],
    [
      'an unreachable stage',
      broken((d) => {
        d.stages.splice(3, 0, { id: 'orphan', label: { en: 'Orphan', id: 'Yatim' } });
        d.transitions.push({ event: 'ADVANCE', from: 'orphan', to: 'closed' });
      }),
      {
        code: 'UNREACHABLE_STAGE',
        stage: 'orphan',
        path: 'stages.3',
        params: { stage: 'orphan' },
      },
    ],
    [
      'a dead end',
      broken((d) => {
        d.stages.splice(3, 0, { id: 'limbo', label: { en: 'Limbo', id: 'Limbo' } });
        d.transitions.push({ event: 'PARK', from: 'evaluation', to: 'limbo' });
      }),
      { code: 'NO_WAY_OUT', stage: 'limbo', params: { stage: 'limbo' } },
    ],
    [
      'a loop with no exit',
      broken((d) => {
        d.stages.splice(
          3,
          0,
          { id: 'spinA', label: { en: 'A', id: 'A' } },
          { id: 'spinB', label: { en: 'B', id: 'B' } },
        );
        d.transitions.push(
          { event: 'SPIN', from: 'evaluation', to: 'spinA' },
          { event: 'ADVANCE', from: 'spinA', to: 'spinB' },
          { event: 'BACK', from: 'spinB', to: 'spinA' },
        );
      }),
      { code: 'NO_WAY_OUT', stage: 'spinA', params: { stage: 'spinA' } },
    ],
    [
      'a duplicate stage id',
      broken((d) =>
        stage(d, 'dialogue').stages!.push({ id: 'evaluation', label: { en: 'E', id: 'E' } }),
      ),
      {
        code: 'DUPLICATE_ID',
        stage: 'evaluation',
        path: 'stages.2',
        params: { stage: 'evaluation' },
      },
    ],
    [
      'a duplicate checklist item id',
      broken(
        (d) =>
          (stage(d, 'preparation').checklist = [
            { id: 'assessed', label: { en: 'A', id: 'A' }, required: true },
          ]),
      ),
      {
        code: 'DUPLICATE_ID',
        stage: 'preparation',
        path: 'stages.1.stages.0.checklist.0.id',
        params: { item: 'assessed', stage: 'preparation', owner: 'intake' },
      },
    ],
    [
      'a reserved stage id',
      broken((d) => {
        d.stages.splice(3, 0, { id: 'onHold', label: { en: 'H', id: 'H' } });
        d.transitions.push(
          { event: 'PAUSE', from: 'evaluation', to: 'onHold' },
          { event: 'GO', from: 'onHold', to: 'closed' },
        );
      }),
      { code: 'RESERVED_ID', stage: 'onHold', params: { stage: 'onHold' } },
    ],
    [
      'a redefined built-in event',
      broken((d) => d.transitions.push({ event: 'HOLD', from: 'intake', to: 'evaluation' })),
      { code: 'RESERVED_ID', event: 'HOLD', params: { event: 'HOLD' } },
    ],
    [
      'a final stage with an outgoing move',
      broken((d) => d.transitions.push({ event: 'REOPEN', from: 'closed', to: 'evaluation' })),
      {
        code: 'FINAL_HAS_MOVES',
        stage: 'closed',
        event: 'REOPEN',
        params: { final: 'closed', event: 'REOPEN' },
      },
    ],
    [
      'a final stage inside a phase',
      broken((d) => d.final.push('preparation')),
      { code: 'FINAL_NOT_TOP_LEVEL', stage: 'preparation', params: { final: 'preparation' } },
    ],
    [
      'a final initial stage',
      broken((d) => d.final.push('intake')),
      { code: 'INITIAL_IS_FINAL', stage: 'intake', params: { initial: 'intake' } },
    ],
    [
      'the same event twice on one stage',
      broken((d) => d.transitions.push({ event: 'ADVANCE', from: 'intake', to: 'evaluation' })),
      {
        code: 'DUPLICATE_TRANSITION',
        stage: 'intake',
        event: 'ADVANCE',
        params: { event: 'ADVANCE', from: 'intake' },
      },
    ],
    [
      'a move to the same stage',
      broken((d) => d.transitions.push({ event: 'STAY', from: 'intake', to: 'intake' })),
      {
        code: 'SELF_TRANSITION',
        stage: 'intake',
        event: 'STAY',
        params: { event: 'STAY', from: 'intake' },
      },
    ],
    [
      'a backward move that waives its reason',
      broken((d) => (d.transitions[2].requiresReason = false)),
      {
        code: 'BACKWARD_WITHOUT_REASON',
        event: 'BACK',
        stage: 'trustBuilding',
        params: { event: 'BACK', from: 'trustBuilding', to: 'preparation' },
      },
    ],
    [
      'a stage without an Indonesian label',
      broken((d) => (stage(d, 'trustBuilding').label = { en: 'Building trust', id: ' ' })),
      {
        code: 'MISSING_LABEL',
        stage: 'trustBuilding',
        path: 'stages.1.stages.1.label.id',
        params: { label: 'label', language: 'id', stage: 'trustBuilding' },
      },
    ],
    [
      'a stage without an English label',
      broken(
        (d) => delete (stage(d, 'evaluation').label as Partial<Record<'en' | 'id', string>>).en,
      ),
      {
        code: 'MISSING_LABEL',
        stage: 'evaluation',
        path: 'stages.2.label.en',
        params: { label: 'label', language: 'en', stage: 'evaluation' },
      },
    ],
    [
      'a stage with no label at all',
      broken((d) => delete (stage(d, 'intake') as { label?: unknown }).label),
      {
        code: 'MISSING_LABEL',
        stage: 'intake',
        path: 'stages.0.label',
        params: { label: 'label', stage: 'intake' },
      },
    ],
    [
      'a checklist item without an Indonesian label',
      broken((d) => (stage(d, 'intake').checklist![0].label = { en: 'Assessed' } as never)),
      {
        code: 'MISSING_LABEL',
        stage: 'intake',
        path: 'stages.0.checklist.0.label.id',
        params: { label: 'label', language: 'id', stage: 'intake' },
      },
    ],
    [
      'a badly named event',
      broken((d) => (d.transitions[0].event = 'advance')),
      {
        code: 'INVALID_FIELD',
        event: 'advance',
        path: 'transitions.0.event',
        params: { field: 'transitions.0.event', event: 'advance' },
        issue: { code: 'upper_snake_case' },
      },
    ],
    [
      'a negative visit cadence',
      broken((d) => (stage(d, 'preparation').visitCadenceDays = -7)),
      {
        code: 'INVALID_FIELD',
        stage: 'preparation',
        path: 'stages.1.stages.0.visitCadenceDays',
        params: { field: 'stages.1.stages.0.visitCadenceDays', stage: 'preparation' },
        issue: { code: 'too_small_exclusive', params: { minimum: 0 } },
      },
    ],
    [
      'an unknown field',
      broken((d) => ((stage(d, 'intake') as unknown as Record<string, unknown>).colour = 'red')),
      {
        code: 'INVALID_FIELD',
        stage: 'intake',
        path: 'stages.0',
        params: { field: 'stages.0.colour', stage: 'intake' },
        issue: { code: 'unknown_field' },
      },
    ],
  ])('reports %s, naming where it is', (_name, breakIt, expected) => {
    const problems = validateDefinition(breakIt(sampleDefinition()));
    expect(problems).toContainEqual(expect.objectContaining(expected));
    for (const p of problems) expect(p.message).toEqual(expect.any(String));
  });

  it('reports every problem at once, not only the first', () => {
    const def = sampleDefinition();
    stage(def, 'evaluation').label = { en: 'Evaluation', id: '' };
    def.transitions.push({ event: 'JUMP', from: 'intake', to: 'nowhere' });
    def.transitions.push({ event: 'REOPEN', from: 'closed', to: 'intake' });
    const codes = validateDefinition(def).map((p) => p.code);
    expect(codes).toEqual(
      expect.arrayContaining(['MISSING_LABEL', 'UNKNOWN_STAGE', 'FINAL_HAS_MOVES']),
    );
  });

  it.each([null, 42, 'definition', [], {}])('rejects %p without throwing', (input) => {
    expect(validateDefinition(input).length).toBeGreaterThan(0);
  });
});

import { allowedEvents, leafStages } from '@berdaya/workflow';
import { snapshotAt } from '../testing/snapshot.factory';
import { FIVE_ACTIVITIES_DEFINITION } from './five-activities.definition';
import { SIX_STEPS_DEFINITION } from './six-steps.definition';

describe.each([
  [
    SIX_STEPS_DEFINITION.id,
    SIX_STEPS_DEFINITION,
    [
      'intake',
      'identifyProblems',
      'participatoryAnalysis',
      'prioritise',
      'designSolutions',
      'implementTogether',
      'evaluate',
      'closed',
    ],
    'evaluate',
    'identifyProblems',
  ],
  [
    FIVE_ACTIVITIES_DEFINITION.id,
    FIVE_ACTIVITIES_DEFINITION,
    [
      'intake',
      'socialisationDialogue',
      'needsResourcesAssessment',
      'activityPlanning',
      'implementation',
      'monitoringEvaluation',
      'closed',
    ],
    'monitoringEvaluation',
    'needsResourcesAssessment',
  ],
])('%s', (_id, def, stages, last, cycleStart) => {
  it('has its stages in order, none of them a phase', () => {
    expect(def.stages.map((s) => s.id)).toEqual(stages);
    expect(leafStages(def).map((l) => l.path)).toEqual(stages);
  });

  it(`REPEAT_CYCLE from ${last} goes back to ${cycleStart}, with approval and a reason`, () => {
    const move = allowedEvents(def, snapshotAt(def, last)).find((m) => m.event === 'REPEAT_CYCLE');

    expect(move).toMatchObject({
      to: cycleStart,
      backward: true,
      requiresApproval: true,
      requiresReason: true,
    });
  });
});

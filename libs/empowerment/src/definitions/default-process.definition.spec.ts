import { allowedEvents, findStage } from '@berdaya/workflow';
import { snapshotAt } from '../testing/snapshot.factory';
import { DEFAULT_PROCESS_DEFINITION as DEF } from './default-process.definition';

describe('the default empowerment process', () => {
  it('has the top-level stages of DOMAIN.md, in order', () => {
    expect(DEF.stages.map((s) => s.id)).toEqual([
      'intake',
      'dialogue',
      'discovery',
      'development',
      'evaluation',
      'termination',
      'closed',
    ]);
  });

  it.each([
    [
      'dialogue',
      5,
      [
        'preparingToWorkTogether',
        'buildingTrust',
        'developingPartnership',
        'articulatingChallenges',
        'definingDirections',
      ],
    ],
    [
      'discovery',
      5,
      [
        'exploringResources',
        'analysingResourceCapabilities',
        'teamBuilding',
        'framingSolutions',
        'strengtheningEnergy',
      ],
    ],
    [
      'development',
      6,
      [
        'activatingSocialInteraction',
        'activatingResources',
        'expandingOpportunities',
        'recognisingSuccess',
        'facilitatingSustainability',
        'developingInformationSystems',
      ],
    ],
  ])('phase %s has its %i stages', (phase, count, ids) => {
    const stages = findStage(DEF, phase)?.stage.stages ?? [];

    expect(stages).toHaveLength(count);
    expect(stages.map((s) => s.id)).toEqual(ids);
    expect(stages.every((s) => s.stages === undefined)).toBe(true);
  });

  it.each([
    ['intake', 'Move on to Dialogue', 'Lanjut ke Dialog'],
    ['preparingToWorkTogether', 'Move on to Building trust', 'Lanjut ke Membangun kepercayaan'],
    ['definingDirections', 'Move on to Discovery', 'Lanjut ke Penemukenalan'],
    ['termination', 'Close the case', 'Tutup kasus'],
  ])('ADVANCE from %s is labelled "%s" / "%s"', (from, en, id) => {
    expect(DEF.transitions.find((t) => t.from === from && t.event === 'ADVANCE')?.label).toEqual({
      en,
      id,
    });
  });

  it.each([
    ['REPEAT_DISCOVERY', 'discovery.exploringResources', true],
    ['REPEAT_DEVELOPMENT', 'development.activatingSocialInteraction', true],
    ['BACK', 'development.developingInformationSystems', false],
  ])(
    'from evaluation, %s goes back to %s with a reason (approval: %s)',
    (event, to, requiresApproval) => {
      const move = allowedEvents(DEF, snapshotAt(DEF, 'evaluation')).find((m) => m.event === event);

      expect(move).toMatchObject({ to, backward: true, requiresReason: true, requiresApproval });
    },
  );

  it('offers exactly these moves at evaluation', () => {
    const events = allowedEvents(DEF, snapshotAt(DEF, 'evaluation')).map((m) => m.event);

    expect(events.sort()).toEqual(
      ['ADVANCE', 'BACK', 'HOLD', 'REPEAT_DEVELOPMENT', 'REPEAT_DISCOVERY', 'WITHDRAW'].sort(),
    );
  });
});

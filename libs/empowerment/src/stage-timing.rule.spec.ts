import { leafStages } from '@berdaya/workflow';
import { BUILT_IN_DEFINITIONS, DEFAULT_PROCESS_DEFINITION } from './definitions';
import { expectedDurationDays, visitCadenceDays } from './stage-timing.rule';

describe('stage timing', () => {
  it.each([
    ['intake', 'technicalAssistance', 14, 7],
    ['intake', 'selfHelp', 21, 7],
    ['preparingToWorkTogether', 'technicalAssistance', 21, 7],
    ['preparingToWorkTogether', 'selfHelp', 32, 7],
    ['facilitatingSustainability', 'technicalAssistance', 90, 30],
    ['facilitatingSustainability', 'selfHelp', 135, 30],
    ['evaluation', 'selfHelp', 45, 14],
    ['dialogue', 'selfHelp', undefined, undefined],
    ['closed', 'technicalAssistance', undefined, undefined],
  ] as const)('%s with %s: %s days, a visit every %s days', (stage, approach, days, cadence) => {
    expect(expectedDurationDays(DEFAULT_PROCESS_DEFINITION, stage, approach)).toBe(days);
    expect(visitCadenceDays(DEFAULT_PROCESS_DEFINITION, stage, approach)).toBe(cadence);
  });

  it.each([
    ['expectedDurationDays', expectedDurationDays],
    ['visitCadenceDays', visitCadenceDays],
  ])('%s rejects an unknown stage by name', (_name, timing) => {
    expect(() => timing(DEFAULT_PROCESS_DEFINITION, 'nowhere', 'selfHelp')).toThrow(
      'unknown stage "nowhere" in workflow empowerment-default@1',
    );
  });

  it.each(
    BUILT_IN_DEFINITIONS.flatMap((def) =>
      leafStages(def)
        .filter((leaf) => !def.final.includes(leaf.stage.id))
        .map((leaf) => [def.id, leaf.stage.id, def] as const),
    ),
  )('%s %s: self-help takes longer, with the same cadence', (_id, stage, def) => {
    expect(expectedDurationDays(def, stage, 'selfHelp')).toBeGreaterThan(
      expectedDurationDays(def, stage, 'technicalAssistance')!,
    );
    expect(visitCadenceDays(def, stage, 'selfHelp')).toBe(
      visitCadenceDays(def, stage, 'technicalAssistance'),
    );
  });
});

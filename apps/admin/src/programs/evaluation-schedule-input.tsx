import { MenuItem, TextField } from '@mui/material';
import { useFormContext, useWatch } from 'react-hook-form';
import { TextInput, useTranslate } from 'react-admin';

// Evaluations run at 08:00 in the program's time zone.
const PRESETS = [
  { key: 'monthly', cron: '0 8 1 * *' },
  { key: 'quarterly', cron: '0 8 1 */3 *' },
  { key: 'half_yearly', cron: '0 8 1 */6 *' },
  { key: 'weekly', cron: '0 8 * * 1' },
] as const;

const NONE = 'none';
const CUSTOM = 'custom';

/** The evaluation schedule: a few common patterns to pick, or any cron pattern typed in. */
export const EvaluationScheduleInput = () => {
  const translate = useTranslate();
  const { setValue } = useFormContext();
  const cron = useWatch<Record<string, unknown>>({ name: 'evaluationCron' });
  const pattern = typeof cron === 'string' ? cron.trim() : '';
  const selected =
    pattern === '' ? NONE : (PRESETS.find((preset) => preset.cron === pattern)?.key ?? CUSTOM);

  const choose = (key: string) => {
    if (key === CUSTOM) return;
    const preset = PRESETS.find((candidate) => candidate.key === key);
    setValue('evaluationCron', preset ? preset.cron : null, { shouldDirty: true });
  };

  return (
    <>
      <TextField
        select
        id="evaluation-schedule-preset"
        label={translate('berdaya.programs.schedule.preset')}
        value={selected}
        onChange={(event) => choose(event.target.value)}
        size="small"
        sx={{ minWidth: 280, mb: 2 }}
      >
        {[NONE, ...PRESETS.map((preset) => preset.key), CUSTOM].map((key) => (
          <MenuItem key={key} value={key}>
            {translate(`berdaya.programs.schedule.${key}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextInput
        source="evaluationCron"
        helperText="berdaya.programs.schedule.cron_help"
        parse={(value: string) => (value.trim() === '' ? null : value)}
        sx={{ fontFamily: 'monospace' }}
      />
    </>
  );
};

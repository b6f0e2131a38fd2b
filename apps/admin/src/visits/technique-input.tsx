import type { LocalizedText } from '@berdaya/workflow';
import { Chip, Stack, TextField, Typography } from '@mui/material';
import { useInput, useTranslate } from 'react-admin';
import { useLocalizedText } from '../common/localized-text';

/** The technique used, typed or picked from the techniques the case's stage names. */
export const TechniqueInput = ({ suggestions }: { suggestions: readonly LocalizedText[] }) => {
  const translate = useTranslate();
  const localized = useLocalizedText();
  const {
    field,
    fieldState: { error, invalid },
  } = useInput({ source: 'technique' });
  const value = typeof field.value === 'string' ? field.value : '';
  return (
    <>
      {suggestions.length > 0 ? (
        <>
          <Typography variant="caption" color="text.secondary" component="p">
            {translate('berdaya.visits.suggested_techniques')}
          </Typography>
          <Stack direction="row" useFlexGap spacing={1} sx={{ flexWrap: 'wrap', mb: 1 }}>
            {suggestions.map((technique) => {
              const label = localized(technique);
              return (
                <Chip
                  key={technique.en}
                  size="small"
                  label={label}
                  color={value === label ? 'primary' : 'default'}
                  variant={value === label ? 'filled' : 'outlined'}
                  aria-pressed={value === label}
                  onClick={() => field.onChange(label)}
                />
              );
            })}
          </Stack>
        </>
      ) : null}
      <TextField
        {...field}
        value={value}
        fullWidth
        size="small"
        label={translate('resources.visits.fields.technique')}
        error={invalid}
        helperText={error?.message ?? ' '}
      />
    </>
  );
};

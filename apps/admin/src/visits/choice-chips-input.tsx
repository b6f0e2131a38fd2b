import { Chip, FormControl, FormHelperText, FormLabel, Stack } from '@mui/material';
import { useId } from 'react';
import { useInput, useTranslate } from 'react-admin';

interface ChoiceChipsInputProps {
  source: string;
  /** The values, each shown as the translation of `${labelPrefix}.${value}`. */
  choices: readonly string[];
  labelPrefix: string;
  /** Whether a second tap on the chosen chip clears the choice. */
  clearable?: boolean;
}

/** One choice among a few, as chips: a single tap each, comfortable on a phone. */
export const ChoiceChipsInput = ({
  source,
  choices,
  labelPrefix,
  clearable = true,
}: ChoiceChipsInputProps) => {
  const translate = useTranslate();
  const labelId = useId();
  const {
    field,
    fieldState: { error, invalid },
  } = useInput({ source });
  const value: unknown = field.value;
  return (
    <FormControl component="fieldset" error={invalid} sx={{ mb: 2 }} fullWidth>
      <FormLabel component="legend" id={labelId} sx={{ mb: 1 }}>
        {translate(`resources.visits.fields.${source}`)}
      </FormLabel>
      <Stack direction="row" useFlexGap spacing={1} sx={{ flexWrap: 'wrap' }}>
        {choices.map((choice) => {
          const selected = value === choice;
          return (
            <Chip
              key={choice}
              label={translate(`${labelPrefix}.${choice}`)}
              color={selected ? 'primary' : 'default'}
              variant={selected ? 'filled' : 'outlined'}
              aria-pressed={selected}
              onClick={() => field.onChange(selected && clearable ? null : choice)}
            />
          );
        })}
      </Stack>
      {error?.message ? <FormHelperText>{error.message}</FormHelperText> : null}
    </FormControl>
  );
};

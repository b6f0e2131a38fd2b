import { PROGRAM_DEFAULTS, PROGRAM_TIMEZONES } from '@berdaya/empowerment';
import { Typography } from '@mui/material';
import {
  BooleanInput,
  DateInput,
  minValue,
  NumberInput,
  required,
  SaveButton,
  SelectInput,
  SimpleForm,
  TextInput,
  Toolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { EvaluationScheduleInput } from './evaluation-schedule-input';
import { useSaveWithFieldErrors } from './save-with-field-errors';
import { WorkflowVersionInput } from './workflow-version-input';

const Section = ({ title }: { title: string }) => {
  const translate = useTranslate();
  return (
    <Typography component="h2" variant="h6" sx={{ mt: 2, mb: 1 }}>
      {translate(title)}
    </Typography>
  );
};

const wholeDays = (min: number) => [required(), minValue(min)];

// Empty date inputs give '' where the API wants null.
const withNullDates = (values: Record<string, unknown>) => ({
  ...values,
  budgetStart: values.budgetStart || null,
  budgetEnd: values.budgetEnd || null,
  description: values.description || null,
});

// No delete here: a program is retired by making it inactive, and its cases stay on record.
const ProgramToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

/** The settings of a program, for creating and editing alike. */
export const ProgramForm = () => {
  const record = useRecordContext();
  const save = useSaveWithFieldErrors({ record, transform: withNullDates });
  const translate = useTranslate();

  return (
    <SimpleForm
      onSubmit={save}
      defaultValues={record ? undefined : PROGRAM_DEFAULTS}
      toolbar={<ProgramToolbar />}
      sx={{ maxWidth: 720 }}
    >
      <Section title="berdaya.programs.sections.general" />
      <TextInput source="name" validate={required()} fullWidth />
      <TextInput source="description" multiline minRows={2} fullWidth />
      <BooleanInput source="active" />

      <Section title="berdaya.programs.sections.workflow" />
      <WorkflowVersionInput />
      <SelectInput
        source="timezone"
        validate={required()}
        choices={PROGRAM_TIMEZONES.map((zone) => ({
          id: zone,
          name: translate(`berdaya.programs.timezones.${zone}`),
        }))}
      />

      <Section title="berdaya.programs.sections.reminders" />
      <NumberInput
        source="visitReminderLeadDays"
        step={1}
        validate={wholeDays(0)}
        helperText="berdaya.programs.help.visitReminderLeadDays"
      />
      <NumberInput
        source="overdueGraceDays"
        step={1}
        validate={wholeDays(0)}
        helperText="berdaya.programs.help.overdueGraceDays"
      />
      <Typography variant="body2" color="text.secondary">
        {translate('berdaya.programs.help.approvalOrder')}
      </Typography>
      <NumberInput source="approvalReminderDays" step={1} validate={wholeDays(1)} />
      <NumberInput source="approvalEscalationDays" step={1} validate={wholeDays(1)} />
      <NumberInput source="approvalExpiryDays" step={1} validate={wholeDays(1)} />

      <Section title="berdaya.programs.sections.evaluation" />
      <EvaluationScheduleInput />
      <DateInput source="budgetStart" />
      <DateInput source="budgetEnd" />
    </SimpleForm>
  );
};

import { recommendApproach } from '@berdaya/empowerment';
import { Typography } from '@mui/material';
import { useWatch } from 'react-hook-form';
import {
  AutocompleteInput,
  BooleanInput,
  Create,
  NumberInput,
  RadioButtonGroupInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextInput,
  minValue,
  required,
  useDataProvider,
  useNotify,
  useRedirect,
  useTranslate,
} from 'react-admin';
import { apiFieldErrors } from '../common/api-field-problems';
import { RegionTreeInput } from '../common/region-tree-input';
import {
  APPROACH_CHOICES,
  GROUP_TYPE_CHOICES,
  INTERVENTION_MODEL_CHOICES,
  LEVEL_CHOICES,
  STRATEGY_LEVEL_CHOICES,
} from './case-choices';
import type { CaseRecord } from './case-record';
import { completeIntake, IntakeRecommendation } from './intake-recommendation';

type IntakeValues = Record<string, unknown> & { intake?: unknown; approach?: string };

/** The approach recommended for the values, or undefined while the intake is incomplete. */
const recommendedFor = (values: IntakeValues) => {
  const intake = completeIntake(values.intake);
  return intake ? recommendApproach(intake).approach : undefined;
};

/** Another approach than recommended needs a reason: said here before the api says it too. */
const validateIntake = (values: IntakeValues) => {
  const recommended = recommendedFor(values);
  const reason = values.approachOverrideReason;
  const overridden = !!values.approach && !!recommended && values.approach !== recommended;
  return overridden && !(typeof reason === 'string' && reason.trim())
    ? { approachOverrideReason: 'berdaya.cases.create.override_required' }
    : {};
};

/** Sends the approach only when it is chosen, and its reason only when it overrides. */
const toIntakeBody = (values: IntakeValues) => {
  const recommended = recommendedFor(values);
  const { approach, approachOverrideReason, householdsReached, ...rest } = values;
  const overridden = !!approach && approach !== recommended;
  return {
    ...rest,
    ...(approach ? { approach } : {}),
    ...(overridden ? { approachOverrideReason } : {}),
    ...(householdsReached === null || householdsReached === '' ? {} : { householdsReached }),
  };
};

function ApproachOverrideReason() {
  const translate = useTranslate();
  const values = useWatch<IntakeValues>();
  const recommended = recommendedFor(values);
  if (!values.approach || !recommended || values.approach === recommended) return null;
  return (
    <TextInput
      source="approachOverrideReason"
      multiline
      minRows={2}
      fullWidth
      helperText={translate('berdaya.cases.create.override_hint')}
    />
  );
}

function SectionTitle({ label }: { label: string }) {
  const translate = useTranslate();
  return (
    <Typography component="h2" variant="h6" sx={{ mt: 2 }}>
      {translate(label)}
    </Typography>
  );
}

export default function CaseCreate() {
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const redirect = useRedirect();

  // react-admin's own save reads only `body.errors`; the api names bad fields in `body.fields`.
  const save = async (values: Record<string, unknown>) => {
    try {
      const { data: created } = await dataProvider.create<CaseRecord>('cases', {
        data: toIntakeBody(values),
      });
      redirect('show', 'cases', created.id);
      return undefined;
    } catch (error) {
      const errors = apiFieldErrors(error);
      if (Object.keys(errors).length > 0) return errors;
      notify('berdaya.cases.create.save_failed', {
        type: 'error',
        messageArgs: { message: error instanceof Error ? error.message : String(error) },
      });
      return undefined;
    }
  };

  return (
    <Create>
      <SimpleForm onSubmit={save} validate={validateIntake} sx={{ maxWidth: 720 }}>
        <SectionTitle label="berdaya.cases.create.community" />
        <ReferenceInput
          source="programId"
          reference="programs"
          sort={{ field: 'name', order: 'ASC' }}
          filter={{ active: true }}
        >
          <SelectInput optionText="name" validate={required()} fullWidth />
        </ReferenceInput>
        <RegionTreeInput
          source="regionId"
          selectable={['village']}
          validate={required()}
          helperText="berdaya.cases.create.village_only"
        />
        <TextInput source="groupName" validate={required()} fullWidth />
        <SelectInput source="groupType" choices={GROUP_TYPE_CHOICES} validate={required()} />
        <NumberInput source="householdsReached" min={0} step={1} validate={minValue(0)} />
        <ReferenceInput
          source="facilitatorId"
          reference="facilitators"
          sort={{ field: 'fullName', order: 'ASC' }}
        >
          <AutocompleteInput optionText="fullName" fullWidth />
        </ReferenceInput>

        <SectionTitle label="berdaya.cases.create.intake" />
        <RadioButtonGroupInput
          source="intake.solidarity"
          choices={LEVEL_CHOICES}
          validate={required()}
        />
        <RadioButtonGroupInput
          source="intake.trust"
          choices={LEVEL_CHOICES}
          validate={required()}
        />
        <RadioButtonGroupInput
          source="intake.norms"
          choices={LEVEL_CHOICES}
          validate={required()}
        />
        <BooleanInput source="intake.leaderPresentAndEnthusiastic" defaultValue={false} />
        <IntakeRecommendation />

        <SectionTitle label="berdaya.cases.create.approach" />
        <RadioButtonGroupInput source="approach" choices={APPROACH_CHOICES} />
        <ApproachOverrideReason />
        <SelectInput source="interventionModel" choices={INTERVENTION_MODEL_CHOICES} />
        <SelectInput source="strategyLevel" choices={STRATEGY_LEVEL_CHOICES} />
      </SimpleForm>
    </Create>
  );
}

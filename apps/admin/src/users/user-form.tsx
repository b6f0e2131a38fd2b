import { Typography } from '@mui/material';
import {
  AutocompleteArrayInput,
  BooleanInput,
  email,
  minLength,
  PasswordInput,
  ReferenceArrayInput,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { useSaveWithFieldErrors } from '../programs/save-with-field-errors';
import { regionOptionText } from './region-choice';
import { LOCALE_CHOICES, ROLE_CHOICES } from './user-roles';

const PASSWORD_MIN_LENGTH = 12;

const Section = ({ title }: { title: string }) => {
  const translate = useTranslate();
  return (
    <Typography component="h2" variant="h6" sx={{ mt: 2, mb: 1 }}>
      {translate(title)}
    </Typography>
  );
};

const NEW_USER = { role: 'facilitator', locale: 'id', active: true, programIds: [], regionIds: [] };

// An empty password on edit means "keep it": the API would refuse an empty one.
const withoutEmptyPassword = (values: Record<string, unknown>) => {
  const { password, ...rest } = values;
  return typeof password === 'string' && password !== '' ? { ...rest, password } : rest;
};

/** A user's account and what they are assigned to, for creating and editing alike. */
export const UserForm = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const save = useSaveWithFieldErrors({ record, transform: withoutEmptyPassword });
  const passwordLength = minLength(PASSWORD_MIN_LENGTH, 'berdaya.users.errors.password_length');

  return (
    <SimpleForm
      onSubmit={save}
      defaultValues={record ? undefined : NEW_USER}
      sx={{ maxWidth: 720 }}
    >
      <Section title="berdaya.users.sections.account" />
      <TextInput source="email" type="email" validate={[required(), email()]} fullWidth />
      <TextInput source="fullName" validate={required()} fullWidth />
      <SelectInput source="role" choices={ROLE_CHOICES} validate={required()} />
      <SelectInput source="locale" choices={LOCALE_CHOICES} validate={required()} />
      <PasswordInput
        source="password"
        autoComplete="new-password"
        validate={record ? passwordLength : [required(), passwordLength]}
        helperText={record ? 'berdaya.users.help.password_edit' : 'berdaya.users.help.password_new'}
      />
      <BooleanInput source="active" />

      <Section title="berdaya.users.sections.assignments" />
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('berdaya.users.help.scope')}
      </Typography>
      <ReferenceArrayInput
        source="programIds"
        reference="programs"
        sort={{ field: 'name', order: 'ASC' }}
        perPage={100}
      >
        <AutocompleteArrayInput
          optionText="name"
          filterToQuery={(q: string) => ({ q })}
          fullWidth
        />
      </ReferenceArrayInput>
      <ReferenceArrayInput
        source="regionIds"
        reference="regions"
        sort={{ field: 'code', order: 'ASC' }}
        perPage={25}
      >
        <AutocompleteArrayInput
          optionText={regionOptionText}
          filterToQuery={(q: string) => ({ q })}
          helperText="berdaya.users.help.regions"
          fullWidth
        />
      </ReferenceArrayInput>
    </SimpleForm>
  );
};

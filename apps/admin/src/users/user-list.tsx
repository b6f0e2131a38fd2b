import { Chip, useMediaQuery, type Theme } from '@mui/material';
import {
  BooleanField,
  ChipField,
  Datagrid,
  EmailField,
  FunctionField,
  List,
  ReferenceArrayField,
  SearchInput,
  SelectInput,
  SimpleList,
  SingleFieldList,
  TextField,
  useTranslate,
} from 'react-admin';
import { regionOptionText, type RegionChoice } from './region-choice';
import { ROLE_CHOICES } from './user-roles';

interface UserRow {
  id: string;
  email: string;
  fullName: string;
  role: string;
  active: boolean;
}

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="role" source="role" choices={ROLE_CHOICES} />,
];

const UserList = () => {
  const translate = useTranslate();
  const small = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const roleOf = (record: UserRow) => translate(`berdaya.users.roles.${record.role}`);

  return (
    <List filters={filters} sort={{ field: 'fullName', order: 'ASC' }}>
      {small ? (
        <SimpleList<UserRow>
          primaryText={(record) => record.fullName}
          secondaryText={(record) => record.email}
          tertiaryText={roleOf}
          linkType="edit"
        />
      ) : (
        <Datagrid rowClick="edit" bulkActionButtons={false}>
          <TextField source="fullName" />
          <EmailField source="email" />
          <FunctionField<UserRow>
            source="role"
            render={(record) => <Chip size="small" label={roleOf(record)} />}
          />
          <ReferenceArrayField source="programIds" reference="programs" sortable={false}>
            <SingleFieldList linkType={false}>
              <ChipField source="name" size="small" />
            </SingleFieldList>
          </ReferenceArrayField>
          <ReferenceArrayField source="regionIds" reference="regions" sortable={false}>
            <SingleFieldList linkType={false}>
              <FunctionField<RegionChoice>
                render={(region) => <Chip size="small" label={regionOptionText(region)} />}
              />
            </SingleFieldList>
          </ReferenceArrayField>
          <BooleanField source="active" />
        </Datagrid>
      )}
    </List>
  );
};

export default UserList;

import type { Role } from '@berdaya/empowerment';
import { useMediaQuery, type Theme } from '@mui/material';
import {
  BooleanField,
  CreateButton,
  Datagrid,
  DateField,
  FunctionField,
  List,
  SearchInput,
  SimpleList,
  TextField,
  TopToolbar,
  usePermissions,
  useTranslate,
} from 'react-admin';

interface ProgramRow {
  id: string;
  name: string;
  workflowDefinitionId: string;
  workflowDefinitionVersion: number;
  timezone: string;
  active: boolean;
}

const canEdit = (role: Role | undefined) => role === 'admin' || role === 'programManager';

const ListActions = () => {
  const { permissions } = usePermissions<Role>();
  // Only an admin may create a program; a program manager changes the ones they run.
  return <TopToolbar>{permissions === 'admin' && <CreateButton />}</TopToolbar>;
};

const ProgramList = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions<Role>();
  const small = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const rowClick = canEdit(permissions) ? 'edit' : false;
  const workflowOf = (record: ProgramRow) =>
    `${record.workflowDefinitionId} · ${translate('berdaya.programs.version_label', { version: record.workflowDefinitionVersion })}`;

  return (
    <List
      actions={<ListActions />}
      filters={[<SearchInput key="q" source="q" alwaysOn />]}
      sort={{ field: 'name', order: 'ASC' }}
    >
      {small ? (
        <SimpleList<ProgramRow>
          primaryText={(record) => record.name}
          secondaryText={workflowOf}
          tertiaryText={(record) => translate(`berdaya.programs.timezone_short.${record.timezone}`)}
          linkType={rowClick}
        />
      ) : (
        <Datagrid rowClick={rowClick} bulkActionButtons={false}>
          <TextField source="name" />
          <FunctionField<ProgramRow>
            source="workflowDefinitionId"
            render={workflowOf}
            sortable={false}
          />
          <FunctionField<ProgramRow>
            source="timezone"
            render={(record) => translate(`berdaya.programs.timezone_short.${record.timezone}`)}
          />
          <DateField source="budgetStart" />
          <DateField source="budgetEnd" />
          <BooleanField source="active" />
        </Datagrid>
      )}
    </List>
  );
};

export default ProgramList;

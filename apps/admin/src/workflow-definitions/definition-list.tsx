import { type Role, WORKFLOW_DEFINITION_STATUSES } from '@berdaya/empowerment';
import { useMediaQuery, type Theme } from '@mui/material';
import {
  CreateButton,
  Datagrid,
  DateField,
  FunctionField,
  List,
  NumberField,
  SearchInput,
  SelectInput,
  SimpleList,
  TextField,
  TopToolbar,
  usePermissions,
  useTranslate,
} from 'react-admin';
import { useLocalizedText } from '../common/localized-text';
import { DefinitionStatusChip } from './definition-status-chip';
import type { DefinitionVersionSummary } from './definition-version';

const ListActions = () => {
  const { permissions } = usePermissions<Role>();
  return <TopToolbar>{permissions === 'admin' && <CreateButton />}</TopToolbar>;
};

const DefinitionList = () => {
  const translate = useTranslate();
  const localized = useLocalizedText();
  const small = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const nameOf = (record: DefinitionVersionSummary) => localized(record.name);
  const filters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput
      key="status"
      source="status"
      choices={WORKFLOW_DEFINITION_STATUSES.map((status) => ({
        id: status,
        name: `berdaya.workflow_definitions.statuses.${status}`,
      }))}
    />,
  ];

  return (
    <List actions={<ListActions />} filters={filters} sort={{ field: 'id', order: 'ASC' }}>
      {small ? (
        <SimpleList<DefinitionVersionSummary>
          primaryText={nameOf}
          secondaryText={(record) => record.id}
          tertiaryText={(record) =>
            translate(`berdaya.workflow_definitions.statuses.${record.status}`)
          }
          linkType="show"
        />
      ) : (
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <TextField source="definitionId" />
          <NumberField source="version" />
          <FunctionField<DefinitionVersionSummary> source="name" sortable={false} render={nameOf} />
          <FunctionField<DefinitionVersionSummary>
            source="status"
            render={(record) => <DefinitionStatusChip status={record.status} />}
          />
          <DateField source="createdAt" showTime />
        </Datagrid>
      )}
    </List>
  );
};

export default DefinitionList;

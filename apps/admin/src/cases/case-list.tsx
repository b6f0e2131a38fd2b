import type { Role } from '@berdaya/empowerment';
import { type Theme, useMediaQuery } from '@mui/material';
import {
  CreateButton,
  DataTable,
  FilterButton,
  FunctionField,
  List,
  ReferenceField,
  SelectField,
  SimpleList,
  TextField,
  TopToolbar,
  usePermissions,
  useTranslate,
} from 'react-admin';
import { useFormatDate } from '../common/locale-date';
import { useLocalizedText } from '../common/localized-text';
import { CaseBulkReassignButton } from './case-bulk-reassign-button';
import { APPROACH_CHOICES, STATUS_CHOICES } from './case-choices';
import { CaseExportButton } from './case-export-button';
import { caseFilters } from './case-filters';
import { CaseNextVisit } from './case-next-visit';
import { CaseUpdated } from './case-updated';
import type { CaseRecord } from './case-record';
import { mayCreateCase, mayReassign } from './case-roles';

function CaseListActions({ role }: { role: Role | undefined }) {
  return (
    <TopToolbar>
      <FilterButton />
      {mayCreateCase(role) && <CreateButton />}
      <CaseExportButton />
    </TopToolbar>
  );
}

/** Phones get one line per case, with what a facilitator in the field looks for. */
function CaseSimpleList() {
  const localized = useLocalizedText();
  const translate = useTranslate();
  const formatDate = useFormatDate();
  return (
    <SimpleList<CaseRecord>
      linkType="show"
      primaryText={(record) => record.groupName}
      secondaryText={(record) => localized(record.stageLabel)}
      tertiaryText={(record) =>
        record.overdue
          ? translate('berdaya.cases.list.overdue')
          : record.nextVisitDue
            ? formatDate(record.nextVisitDue)
            : ''
      }
    />
  );
}

function CaseTable({ bulk }: { bulk: boolean }) {
  const localized = useLocalizedText();
  const Column = DataTable.Col<CaseRecord>;
  return (
    <DataTable<CaseRecord>
      rowClick="show"
      bulkActionButtons={bulk ? <CaseBulkReassignButton /> : false}
    >
      <Column source="groupName" />
      <Column source="regionId" disableSort>
        <ReferenceField source="regionId" reference="regions" link={false}>
          <TextField source="name" />
        </ReferenceField>
      </Column>
      <Column source="programId" disableSort>
        <ReferenceField source="programId" reference="programs" link={false}>
          <TextField source="name" />
        </ReferenceField>
      </Column>
      <Column source="stage">
        <FunctionField<CaseRecord> render={(record) => localized(record.stageLabel)} />
      </Column>
      <Column source="status">
        <SelectField source="status" choices={STATUS_CHOICES} />
      </Column>
      <Column source="approach">
        <SelectField source="approach" choices={APPROACH_CHOICES} />
      </Column>
      <Column source="facilitatorId" disableSort>
        <ReferenceField source="facilitatorId" reference="facilitators" link={false}>
          <TextField source="fullName" />
        </ReferenceField>
      </Column>
      <Column source="nextVisitDue">
        <CaseNextVisit />
      </Column>
      <Column source="updatedAt">
        <CaseUpdated />
      </Column>
    </DataTable>
  );
}

export default function CaseList() {
  const { permissions: role } = usePermissions<Role>();
  const isSmall = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  return (
    <List
      filters={caseFilters}
      actions={<CaseListActions role={role} />}
      sort={{ field: 'updatedAt', order: 'DESC' }}
    >
      {isSmall ? <CaseSimpleList /> : <CaseTable bulk={mayReassign(role)} />}
    </List>
  );
}

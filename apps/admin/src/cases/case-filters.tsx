import {
  AutocompleteInput,
  BooleanInput,
  ReferenceInput,
  SearchInput,
  SelectInput,
} from 'react-admin';
import { useLocalizedText } from '../common/localized-text';
import { RegionTreeInput } from '../common/region-tree-input';
import { APPROACH_CHOICES, PHASE_CHOICES, STATUS_CHOICES } from './case-choices';

function PhaseInput({ source, alwaysOn }: { source: string; alwaysOn?: boolean }) {
  const localized = useLocalizedText();
  const choices = PHASE_CHOICES.map((phase) => ({ id: phase.id, name: localized(phase.label) }));
  return (
    <SelectInput source={source} choices={choices} alwaysOn={alwaysOn} translateChoice={false} />
  );
}

/** The case list's filters, each a filter the api's cases resource accepts. */
export const caseFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <PhaseInput key="phase" source="phase" alwaysOn />,
  <ReferenceInput
    key="programId"
    source="programId"
    reference="programs"
    sort={{ field: 'name', order: 'ASC' }}
  >
    <SelectInput optionText="name" />
  </ReferenceInput>,
  <RegionTreeInput key="regionId" source="regionId" />,
  <SelectInput key="status" source="status" choices={STATUS_CHOICES} />,
  <SelectInput key="approach" source="approach" choices={APPROACH_CHOICES} />,
  <ReferenceInput
    key="facilitatorId"
    source="facilitatorId"
    reference="facilitators"
    sort={{ field: 'fullName', order: 'ASC' }}
  >
    <AutocompleteInput optionText="fullName" />
  </ReferenceInput>,
  <BooleanInput key="overdue" source="overdue" defaultValue />,
  <BooleanInput key="stalled" source="stalled" defaultValue />,
];

import { Paper, Stack } from '@mui/material';
import { useMemo } from 'react';
import { Show, useGetList, useGetMany, useGetOne, useRecordContext, useRefresh } from 'react-admin';
import type { TransitionRequest } from '../common/transition-request';
import { definitionKeyOf } from '../common/workflow-labels';
import { WorkflowDiagram } from '../workflow-diagram/workflow-diagram';
import { CaseHeader } from './case-header';
import { CaseMoves } from './case-moves';
import type {
  CaseEventRecord,
  CaseRecord,
  DefinitionRecord,
  FacilitatorRecord,
  ProgramRecord,
  RegionRecord,
} from './case-records';
import { CaseTabs } from './case-tabs';
import { pathTaken } from './path-taken';
import { useCaseView } from './use-case-view';

// A case's history stays in the hundreds of entries over its life; one page takes it whole.
const WHOLE_HISTORY = { page: 1, perPage: 1000 };

const CaseTitle = () => {
  const record = useRecordContext<CaseRecord>();
  return <>{record?.groupName ?? ''}</>;
};

const CaseShowBody = ({ record }: { record: CaseRecord }) => {
  const refresh = useRefresh();
  const { data: program } = useGetOne<ProgramRecord>('programs', { id: record.programId });
  const { data: village } = useGetOne<RegionRecord>('regions', { id: record.regionId });
  const { data: definitionRecord } = useGetOne<DefinitionRecord>('workflow-definitions', {
    id: definitionKeyOf(record.workflowDefinitionId, record.workflowDefinitionVersion),
  });
  const { data: events = [] } = useGetList<CaseEventRecord>('case-events', {
    filter: { caseId: record.id },
    sort: { field: 'id', order: 'ASC' },
    pagination: WHOLE_HISTORY,
  });
  const { data: pending } = useGetList<TransitionRequest>('transition-requests', {
    filter: { caseId: record.id, status: 'pending' },
    sort: { field: 'createdAt', order: 'DESC' },
    pagination: { page: 1, perPage: 1 },
  });
  const definition = definitionRecord?.definition;
  const pendingRequest = pending?.[0];
  // The facilitators in the caller's scope, readable by all who may see the case.
  const { data: facilitators } = useGetMany<FacilitatorRecord>(
    'facilitators',
    { ids: record.facilitatorId ? [record.facilitatorId] : [] },
    { enabled: Boolean(record.facilitatorId) },
  );
  const names = useMemo(() => {
    const known = new Map<string, string>();
    for (const event of events) {
      if (event.actorId && event.actorName) known.set(event.actorId, event.actorName);
    }
    if (pendingRequest?.requesterName) {
      known.set(pendingRequest.requestedBy, pendingRequest.requesterName);
    }
    for (const facilitator of facilitators ?? []) known.set(facilitator.id, facilitator.fullName);
    return known;
  }, [events, facilitators, pendingRequest]);
  const view = useCaseView(record, definition, program?.timezone, names);
  const path = useMemo(() => pathTaken(events), [events]);

  return (
    <Stack spacing={2} sx={{ mt: 1, minWidth: 0 }}>
      <CaseHeader view={view} program={program} village={village} />
      <CaseMoves view={view} definition={definition} pending={pendingRequest} onChanged={refresh} />
      {definition && (
        <Paper component="section" sx={{ p: 2 }}>
          <WorkflowDiagram definition={definition} currentStage={record.stage} pathTaken={path} />
        </Paper>
      )}
      <CaseTabs view={view} events={events} />
    </Stack>
  );
};

const CaseShowContent = () => {
  const record = useRecordContext<CaseRecord>();
  return record ? <CaseShowBody record={record} /> : null;
};

/** One case: where it stands, the moves open now, its workflow, and its records in tabs. */
export const CaseShowPage = () => (
  <Show title={<CaseTitle />} actions={false} component="div">
    <CaseShowContent />
  </Show>
);

import { List, ListItem, ListItemButton, ListItemText } from '@mui/material';
import { useGetMany, useTranslate } from 'react-admin';
import type { DashboardCase, DashboardRequest } from './dashboard-records';
import { useLocaleFormat } from './locale-format';
import { useProgramTimeZone } from '../common/program-time-zone';
import { definitionKeyOf } from '../common/workflow-labels';
import { useStageLabels } from './stage-labels';

const RequestRow = ({
  request,
  caseRecord,
}: {
  request: DashboardRequest;
  caseRecord: DashboardCase | undefined;
}) => {
  const translate = useTranslate();
  const format = useLocaleFormat();
  const timeZone = useProgramTimeZone(caseRecord?.programId);
  const stageLabel = useStageLabels(
    caseRecord
      ? definitionKeyOf(caseRecord.workflowDefinitionId, caseRecord.workflowDefinitionVersion)
      : undefined,
  );
  const move = translate('berdaya.dashboard.requests.move', {
    from: stageLabel(request.fromStage),
    to: stageLabel(request.toStage),
  });
  const requested = translate('berdaya.dashboard.requests.requested_on', {
    date: format.instant(request.createdAt, timeZone),
  });
  return (
    <ListItem disablePadding>
      <ListItemButton component="a" href={`#/cases/${request.caseId}/show`}>
        <ListItemText
          primary={
            caseRecord?.groupName ??
            translate('berdaya.dashboard.requests.case_unknown', { id: request.caseId })
          }
          secondary={`${move} · ${requested}`}
        />
      </ListItemButton>
    </ListItem>
  );
};

/** Requests to move a case, each a link to its case, named by the case's group. */
export const RequestRows = ({ requests }: { requests: readonly DashboardRequest[] }) => {
  const { data: cases } = useGetMany<DashboardCase>('cases', {
    ids: [...new Set(requests.map((request) => request.caseId))],
  });
  return (
    <List dense disablePadding>
      {requests.map((request) => (
        <RequestRow
          key={request.id}
          request={request}
          caseRecord={cases?.find((record) => record.id === request.caseId)}
        />
      ))}
    </List>
  );
};

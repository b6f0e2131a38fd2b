import { Card, CardActions, CardContent } from '@mui/material';
import { ShowBase, Title, useRecordContext, useRedirect, useTranslate } from 'react-admin';
import { useCaseContext } from './case-workflow';
import { DecisionButtons } from './decision-buttons';
import { RequestSummary } from './request-summary';
import type { TransitionRequest } from '../common/transition-request';

const RequestPage = () => {
  const translate = useTranslate();
  const redirect = useRedirect();
  const request = useRecordContext<TransitionRequest>();
  const { subject } = useCaseContext(request?.caseId);
  if (!request) return null;
  return (
    <Card sx={{ mt: 2 }}>
      <Title
        title={`${translate('resources.transition-requests.name', { smart_count: 1 })}: ${subject?.groupName ?? ''}`}
      />
      <CardContent>
        <RequestSummary request={request} />
      </CardContent>
      <CardActions sx={{ px: 2, pb: 2 }}>
        <DecisionButtons
          request={request}
          caseName={subject?.groupName ?? ''}
          onDecided={() => redirect('list', 'transition-requests')}
        />
      </CardActions>
    </Card>
  );
};

/** One request, with its decision. */
export const ApprovalShow = () => (
  <ShowBase>
    <RequestPage />
  </ShowBase>
);

import { TRANSITION_REQUEST_STATUSES } from '@berdaya/empowerment';
import { Button, Card, CardActions, CardContent, Stack, Typography } from '@mui/material';
import {
  List,
  Link,
  ReferenceInput,
  SelectInput,
  useCreatePath,
  useListContext,
  useTranslate,
} from 'react-admin';
import { useCaseContext } from './case-workflow';
import { DecisionButtons } from './decision-buttons';
import { RequestSummary } from './request-summary';
import type { TransitionRequest } from '../common/transition-request';

const filters = [
  <SelectInput
    key="status"
    source="status"
    alwaysOn
    choices={TRANSITION_REQUEST_STATUSES.map((status) => ({
      id: status,
      name: `berdaya.approvals.status.${status}`,
    }))}
  />,
  <ReferenceInput key="programId" source="programId" reference="programs" alwaysOn>
    <SelectInput optionText="name" />
  </ReferenceInput>,
];

const RequestCard = ({ request }: { request: TransitionRequest }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { subject } = useCaseContext(request.caseId);
  return (
    <Card component="article" variant="outlined">
      <CardContent>
        <RequestSummary request={request} />
      </CardContent>
      <CardActions sx={{ px: 2, pb: 2, flexWrap: 'wrap', gap: 1 }}>
        <DecisionButtons request={request} caseName={subject?.groupName ?? ''} />
        <Button
          component={Link}
          to={createPath({ resource: 'transition-requests', id: request.id, type: 'show' })}
          size="small"
          sx={{ ml: 'auto' }}
        >
          {translate('berdaya.approvals.details')}
        </Button>
      </CardActions>
    </Card>
  );
};

// Also react-admin's empty page, whose greyed text lacks contrast.
const NoRequest = () => {
  const translate = useTranslate();
  return (
    <Typography sx={{ p: 2 }} color="text.secondary">
      {translate('berdaya.approvals.empty')}
    </Typography>
  );
};

const RequestCards = () => {
  const { data } = useListContext<TransitionRequest>();
  if (!data) return null;
  if (data.length === 0) return <NoRequest />;
  return (
    <Stack spacing={2} sx={{ p: { xs: 1, sm: 2 } }}>
      {data.map((request) => (
        <RequestCard key={request.id} request={request} />
      ))}
    </Stack>
  );
};

/** The approvals inbox: requests in scope, pending ones by default, the oldest first. */
export const ApprovalList = () => (
  <List
    filters={filters}
    filterDefaultValues={{ status: 'pending' }}
    sort={{ field: 'createdAt', order: 'ASC' }}
    exporter={false}
    perPage={10}
    empty={<NoRequest />}
  >
    <RequestCards />
  </List>
);

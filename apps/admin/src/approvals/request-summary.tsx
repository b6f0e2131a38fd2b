import CheckBoxIcon from '@mui/icons-material/CheckBox';
import {
  Box,
  Chip,
  List,
  ListItem,
  ListItemIcon,
  ListItemText,
  Stack,
  Typography,
} from '@mui/material';
import type { ReactNode } from 'react';
import { Link, useTranslate } from 'react-admin';
import { checklistLabel, stageLabel, stageOf } from '../common/workflow-labels';
import { useCaseContext } from './case-workflow';
import { useDateText } from '../common/locale-date';
import { useLocalizedText } from '../common/localized-text';
import { EvidenceLinks } from './evidence-links';
import type { TransitionRequest } from '../common/transition-request';

const Section = ({ title, children }: { title: string; children: ReactNode }) => (
  <Box>
    <Typography component="h3" variant="subtitle2">
      {title}
    </Typography>
    {children}
  </Box>
);

/** The case context of a request, with what the requester said, ticked and attached. */
export const RequestSummary = ({ request }: { request: TransitionRequest }) => {
  const translate = useTranslate();
  const localized = useLocalizedText();
  const dates = useDateText();
  const { subject, village, program, definition } = useCaseContext(request.caseId);
  const field = (name: string) => translate(`resources.transition-requests.fields.${name}`);
  const exitStage = stageOf(definition, request.fromStage);

  return (
    <Stack spacing={1.5}>
      <Box>
        <Stack
          direction="row"
          spacing={1}
          useFlexGap
          sx={{ alignItems: 'center', flexWrap: 'wrap' }}
        >
          <Typography component="h2" variant="h6">
            <Link to={`/cases/${request.caseId}/show`}>{subject?.groupName ?? '…'}</Link>
          </Typography>
          {request.status !== 'pending' ? (
            <Chip size="small" label={translate(`berdaya.approvals.status.${request.status}`)} />
          ) : null}
        </Stack>
        <Typography variant="body2" color="text.secondary">
          {[
            village ? translate('berdaya.approvals.village', { name: village }) : null,
            program?.name,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Typography>
      </Box>
      <Typography sx={{ fontWeight: 'medium' }}>
        {translate('berdaya.approvals.move', {
          from: localized(stageLabel(definition, request.fromStage)),
          to: localized(stageLabel(definition, request.toStage)),
        })}
      </Typography>
      <Typography variant="body2">
        {translate('berdaya.approvals.requested', {
          name: request.requesterName ?? translate('berdaya.approvals.someone'),
          at: dates.moment(request.createdAt, program?.timezone),
        })}
      </Typography>
      <Section title={field('reason')}>
        <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
          {request.reason ?? translate('berdaya.approvals.no_reason')}
        </Typography>
      </Section>
      <Section title={field('checklist')}>
        {request.checklist.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {translate('berdaya.approvals.no_checklist')}
          </Typography>
        ) : (
          <List dense disablePadding>
            {request.checklist.map((item) => (
              <ListItem key={item} disableGutters>
                <ListItemIcon sx={{ minWidth: 32 }}>
                  <CheckBoxIcon fontSize="small" color="success" aria-hidden />
                </ListItemIcon>
                <ListItemText primary={localized(checklistLabel(exitStage, item))} />
              </ListItem>
            ))}
          </List>
        )}
      </Section>
      <Section title={field('evidence')}>
        <EvidenceLinks ids={request.evidence} />
      </Section>
      {request.decidedAt ? (
        <Typography variant="body2">
          {translate('berdaya.approvals.decided', {
            status: translate(`berdaya.approvals.status.${request.status}`),
            at: dates.moment(request.decidedAt, program?.timezone),
          })}
        </Typography>
      ) : null}
      {request.decisionComment ? (
        <Section title={field('decisionComment')}>
          <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
            {request.decisionComment}
          </Typography>
        </Section>
      ) : null}
    </Stack>
  );
};

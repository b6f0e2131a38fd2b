import { calendarDayIn, FACILITATOR_ROLES, VISIT_PURPOSES } from '@berdaya/empowerment';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import { Box, Button, Card, CardContent, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import {
  DateInput,
  EditBase,
  Form,
  HttpError,
  Link,
  NumberInput,
  SaveButton,
  TextInput,
  Title,
  minValue,
  required,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRedirect,
  useTranslate,
  useUpdate,
} from 'react-admin';
import { type CaseSummary, useCaseContext } from '../approvals/case-workflow';
import { stageOf } from '../common/workflow-labels';
import { useDateText } from '../common/locale-date';
import { ChoiceChipsInput } from './choice-chips-input';
import { MarkMissedButton } from './mark-missed-button';
import { TechniqueInput } from './technique-input';
import type { Visit } from './visit';
import { apiFieldErrors } from '../common/api-field-problems';

type LogValues = Partial<Visit>;

const blankToNull = (value: string | null | undefined) =>
  value === undefined || value === null || value.trim() === '' ? null : value.trim();
const countOrNull = (value: unknown) => (typeof value === 'number' ? value : null);

/** What PUT /visits/:id takes to log a visit done. */
const doneBody = (values: LogValues) => ({
  status: 'done' as const,
  doneOn: values.doneOn,
  purpose: values.purpose,
  technique: blankToNull(values.technique),
  participants: countOrNull(values.participants),
  womenParticipants: countOrNull(values.womenParticipants),
  rolePlayed: values.rolePlayed ?? null,
  notes: blankToNull(values.notes),
  followUpActions: blankToNull(values.followUpActions),
});

const Logged = ({ nextDue }: { nextDue: string | null }) => {
  const translate = useTranslate();
  const dates = useDateText();
  return (
    <Box role="status" sx={{ textAlign: 'center', py: 2 }}>
      <CheckCircleIcon color="success" sx={{ fontSize: 48 }} aria-hidden />
      <Typography component="h2" variant="h6">
        {translate('berdaya.visits.logged')}
      </Typography>
      <Typography sx={{ my: 1 }}>
        {nextDue
          ? translate('berdaya.visits.next_due', { day: dates.day(nextDue, 'full') })
          : translate('berdaya.visits.no_next_due')}
      </Typography>
      <Button component={Link} to="/visits" variant="contained">
        {translate('berdaya.visits.back_to_agenda')}
      </Button>
    </Box>
  );
};

const VisitLogForm = ({
  visit,
  onLogged,
}: {
  visit: Visit;
  onLogged: (s: CaseSummary) => void;
}) => {
  const notify = useNotify();
  const redirect = useRedirect();
  const dataProvider = useDataProvider();
  const [update] = useUpdate<Visit>();
  const { subject, program, definition } = useCaseContext(visit.caseId);
  const today = calendarDayIn(
    program?.timezone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    new Date(),
  );
  const techniques = subject ? (stageOf(definition, subject.stage)?.techniques ?? []) : [];

  const save = async (values: LogValues) => {
    try {
      await update(
        'visits',
        { id: visit.id, data: doneBody(values), previousData: visit },
        { mutationMode: 'pessimistic', returnPromise: true },
      );
      // Logging it done moved the case's next due visit on: read it back to show it.
      const { data } = await dataProvider.getOne<CaseSummary>('cases', { id: visit.caseId });
      onLogged(data);
      return undefined;
    } catch (error) {
      const fieldErrors = apiFieldErrors(error);
      if (Object.keys(fieldErrors).length > 0) return fieldErrors;
      if (error instanceof HttpError && error.status === 409) {
        notify('berdaya.visits.conflict', { type: 'error' });
        redirect('list', 'visits');
        return undefined;
      }
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', {
        type: 'error',
      });
      return undefined;
    }
  };

  return (
    // The errors show on the fields; a snackbar on top would hide the save button on a phone.
    <Form<LogValues>
      record={{ ...visit, doneOn: visit.doneOn ?? today }}
      onSubmit={save}
      disableInvalidFormNotification
    >
      <DateInput
        source="doneOn"
        validate={required()}
        slotProps={{ htmlInput: { max: today } }}
        fullWidth
        helperText={false}
      />
      <ChoiceChipsInput
        source="purpose"
        choices={VISIT_PURPOSES}
        labelPrefix="berdaya.visits.purpose"
        clearable={false}
      />
      <TechniqueInput suggestions={techniques} />
      <Stack direction="row" spacing={1}>
        <NumberInput source="participants" validate={minValue(0)} min={0} helperText={false} />
        <NumberInput source="womenParticipants" validate={minValue(0)} min={0} helperText={false} />
      </Stack>
      <ChoiceChipsInput
        source="rolePlayed"
        choices={FACILITATOR_ROLES}
        labelPrefix="berdaya.visits.role"
      />
      <TextInput source="notes" multiline minRows={2} fullWidth helperText={false} />
      <TextInput source="followUpActions" multiline minRows={2} fullWidth helperText={false} />
      <Stack direction="row" spacing={1} sx={{ mt: 1, alignItems: 'center' }}>
        <SaveButton label="berdaya.visits.save" alwaysEnable />
        <MarkMissedButton visit={visit} onDone={() => redirect('list', 'visits')} />
      </Stack>
    </Form>
  );
};

const VisitLogPage = () => {
  const translate = useTranslate();
  const dates = useDateText();
  const visit = useRecordContext<Visit>();
  const { subject } = useCaseContext(visit?.caseId);
  const [logged, setLogged] = useState<CaseSummary>();
  if (!visit) return null;
  const open = visit.status === 'scheduled';
  return (
    <Card sx={{ mt: 1, maxWidth: 640 }}>
      <Title title={translate('berdaya.visits.log_title', { name: subject?.groupName ?? '' })} />
      <CardContent sx={{ p: { xs: 1.5, sm: 2 } }}>
        <Typography component="h2" variant="h6" sx={{ mb: 0.5 }}>
          {subject?.groupName ?? '…'}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate('berdaya.visits.planned', { day: dates.day(visit.plannedOn) })}
        </Typography>
        {logged ? (
          <Logged nextDue={logged.nextVisitDue} />
        ) : open ? (
          <VisitLogForm visit={visit} onLogged={setLogged} />
        ) : (
          <Typography>
            {translate('berdaya.visits.already_closed', {
              status: translate(`berdaya.visits.status.${visit.status}`),
            })}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
};

/** Logging a visit: a short form of chips and counts, then the case's next due visit. */
export const VisitLog = () => (
  <EditBase mutationMode="pessimistic" redirect={false}>
    <VisitLogPage />
  </EditBase>
);

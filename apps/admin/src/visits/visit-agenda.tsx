import { addDays, calendarDayIn, visitStatus, VISIT_STATUSES } from '@berdaya/empowerment';
import { Box, Typography } from '@mui/material';
import {
  DateInput,
  List,
  ReferenceInput,
  SelectInput,
  useGetIdentity,
  useGetMany,
  useListContext,
  usePermissions,
  useTranslate,
} from 'react-admin';
import type { CaseSummary, ProgramSummary } from '../approvals/case-workflow';
import { useDateText } from '../common/locale-date';
import { type AgendaEntry, AgendaItem } from './agenda-item';
import type { Visit } from './visit';

// The agenda looks this far ahead by default; the date filters widen it.
const HORIZON_DAYS = 14;

const filters = [
  <SelectInput
    key="status"
    source="status"
    alwaysOn
    choices={VISIT_STATUSES.map((status) => ({
      id: status,
      name: `berdaya.visits.status.${status}`,
    }))}
  />,
  <ReferenceInput key="programId" source="programId" reference="programs">
    <SelectInput optionText="name" />
  </ReferenceInput>,
  <DateInput key="plannedOn_gte" source="plannedOn_gte" />,
  <DateInput key="plannedOn_lte" source="plannedOn_lte" />,
];

const unique = (values: readonly string[]) => [...new Set(values)];

interface Region {
  id: string;
  name: string;
}

/** Today where the case's program works, the device's day when the program is not known yet. */
const todayIn = (program: ProgramSummary | undefined, now: Date) =>
  program
    ? calendarDayIn(program.timezone, now)
    : calendarDayIn(Intl.DateTimeFormat().resolvedOptions().timeZone, now);

const DayGroup = ({
  title,
  entries,
  id,
}: {
  title: string;
  entries: AgendaEntry[];
  id: string;
}) => (
  <Box component="section" aria-labelledby={id}>
    <Typography
      id={id}
      component="h2"
      variant="overline"
      sx={{ display: 'block', px: { xs: 1.5, sm: 2 }, pt: 2, color: 'text.secondary' }}
    >
      {title}
    </Typography>
    <Box component="ul" sx={{ m: 0, p: 0 }}>
      {entries.map((entry) => (
        <AgendaItem key={entry.visit.id} entry={entry} />
      ))}
    </Box>
  </Box>
);

const byDay = (entries: AgendaEntry[]) => {
  const days = new Map<string, AgendaEntry[]>();
  for (const entry of entries) {
    days.set(entry.visit.plannedOn, [...(days.get(entry.visit.plannedOn) ?? []), entry]);
  }
  return [...days.entries()];
};

// Also react-admin's empty page, whose greyed text lacks contrast.
const NoVisit = () => {
  const translate = useTranslate();
  return (
    <Typography sx={{ p: 2 }} color="text.secondary">
      {translate('berdaya.visits.empty')}
    </Typography>
  );
};

const AgendaDays = () => {
  const translate = useTranslate();
  const dates = useDateText();
  const { data } = useListContext<Visit>();
  const visits = data ?? [];
  const { data: cases } = useGetMany<CaseSummary>('cases', {
    ids: unique(visits.map((visit) => visit.caseId)),
  });
  const { data: programs } = useGetMany<ProgramSummary>('programs', {
    ids: unique((cases ?? []).map((subject) => subject.programId)),
  });
  const { data: regions } = useGetMany<Region>('regions', {
    ids: unique((cases ?? []).map((subject) => subject.regionId)),
  });
  if (!data) return null;
  if (visits.length === 0) return <NoVisit />;

  const now = new Date();
  const caseById = new Map((cases ?? []).map((subject) => [subject.id, subject]));
  const programById = new Map((programs ?? []).map((program) => [program.id, program]));
  const regionById = new Map((regions ?? []).map((region) => [region.id, region]));
  const entries: AgendaEntry[] = visits.map((visit) => {
    const subject = caseById.get(visit.caseId);
    const program = subject ? programById.get(subject.programId) : undefined;
    const overdue =
      visit.status === 'scheduled' &&
      visitStatus(visit.plannedOn, todayIn(program, now), program?.overdueGraceDays ?? 0) ===
        'overdue';
    return {
      visit,
      caseName: subject?.groupName,
      village: subject ? regionById.get(subject.regionId)?.name : undefined,
      overdue,
    };
  });
  const today = todayIn(programs?.[0], now);
  const dayTitle = (day: string) => {
    if (day === today) return `${translate('berdaya.visits.today')} · ${dates.day(day, 'full')}`;
    if (day === addDays(today, 1)) {
      return `${translate('berdaya.visits.tomorrow')} · ${dates.day(day, 'full')}`;
    }
    return dates.day(day, 'full');
  };
  const overdue = entries.filter((entry) => entry.overdue);
  const rest = entries.filter((entry) => !entry.overdue);

  return (
    <Box>
      {overdue.length > 0 ? (
        <Box
          component="section"
          aria-labelledby="agenda-overdue"
          sx={{ bgcolor: 'action.hover', pb: 1 }}
        >
          <Typography
            id="agenda-overdue"
            component="h2"
            variant="subtitle1"
            sx={{ px: { xs: 1.5, sm: 2 }, pt: 1.5, color: 'error.dark', fontWeight: 'bold' }}
          >
            {translate('berdaya.visits.overdue_section')}
          </Typography>
          {byDay(overdue).map(([day, dayEntries]) => (
            <DayGroup
              key={day}
              id={`agenda-overdue-${day}`}
              title={dates.day(day, 'full')}
              entries={dayEntries}
            />
          ))}
        </Box>
      ) : null}
      {byDay(rest).map(([day, dayEntries]) => (
        <DayGroup key={day} id={`agenda-${day}`} title={dayTitle(day)} entries={dayEntries} />
      ))}
    </Box>
  );
};

/**
 * The visit agenda: planned visits by day, the overdue ones first and marked. A facilitator sees
 * the visits of their own cases; others every visit in their scope.
 */
export const VisitAgenda = () => {
  const { permissions: role } = usePermissions<string | undefined>();
  const { identity, isPending } = useGetIdentity();
  if (isPending) return null;
  const horizon = addDays(
    calendarDayIn(Intl.DateTimeFormat().resolvedOptions().timeZone, new Date()),
    HORIZON_DAYS,
  );
  return (
    <List
      title="berdaya.visits.agenda"
      filters={filters}
      filter={role === 'facilitator' && identity ? { facilitatorId: identity.id } : undefined}
      filterDefaultValues={{ status: 'scheduled', plannedOn_lte: horizon }}
      sort={{ field: 'plannedOn', order: 'ASC' }}
      perPage={50}
      exporter={false}
      empty={<NoVisit />}
    >
      <AgendaDays />
    </List>
  );
};

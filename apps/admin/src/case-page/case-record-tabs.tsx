import { Chip, Stack } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import { GoalCreateButton } from './goal-create-dialog';
import type { GoalRecord, ResourceRecord, VisitRecord } from './case-records';
import { RecordTable, type RecordColumn } from './record-table';
import type { CaseView } from './use-case-view';

// A case has tens of visits over its life, not thousands: one page holds them all.
const ALL = { page: 1, perPage: 500 };

const useCaseRecords = <T extends { id: string }>(
  resource: string,
  caseId: string,
  field: string,
) =>
  useGetList<T>(resource, {
    filter: { caseId },
    sort: { field, order: 'DESC' },
    pagination: ALL,
  }).data ?? [];

export const VisitsTab = ({ view }: { view: CaseView }) => {
  const translate = useTranslate();
  const visits = useCaseRecords<VisitRecord>('visits', view.record.id, 'plannedOn');
  const t = (key: string) => translate(`berdaya.case_page.visits.${key}`);
  const columns: RecordColumn<VisitRecord>[] = [
    { key: 'plannedOn', label: t('planned_on'), render: (v) => view.dates.day(v.plannedOn) },
    {
      key: 'purpose',
      label: t('purpose'),
      render: (v) => translate(`berdaya.visits.purpose.${v.purpose}`, { _: v.purpose }),
    },
    {
      key: 'status',
      label: t('status'),
      render: (v) => translate(`berdaya.visits.status.${v.status}`, { _: v.status }),
    },
    {
      key: 'doneOn',
      label: t('done_on'),
      render: (v) => (v.doneOn ? view.dates.day(v.doneOn) : ''),
    },
    {
      key: 'participants',
      label: t('participants'),
      render: (v) =>
        v.participants === null
          ? ''
          : `${v.participants}${v.womenParticipants === null ? '' : ` (${translate('berdaya.case_page.visits.women', { count: v.womenParticipants })})`}`,
    },
    { key: 'technique', label: t('technique'), render: (v) => v.technique ?? '' },
  ];
  return (
    <RecordTable
      rows={visits}
      columns={columns}
      empty={t('empty')}
      caption={translate('berdaya.case_page.tabs.visits')}
    />
  );
};

export const GoalsTab = ({ view }: { view: CaseView }) => {
  const translate = useTranslate();
  const goals = useCaseRecords<GoalRecord>('goals', view.record.id, 'dueOn');
  const t = (key: string) => translate(`berdaya.case_page.goals.${key}`);
  const columns: RecordColumn<GoalRecord>[] = [
    { key: 'title', label: t('title'), render: (g) => g.title },
    { key: 'indicator', label: t('indicator'), render: (g) => g.indicator },
    { key: 'target', label: t('target'), render: (g) => g.target },
    { key: 'dueOn', label: t('due_on'), render: (g) => view.dates.day(g.dueOn) },
    { key: 'scope', label: t('scope'), render: (g) => g.scope ?? '' },
    {
      key: 'status',
      label: t('status'),
      render: (g) => translate(`berdaya.case_page.goal_status.${g.status}`, { _: g.status }),
    },
  ];
  return (
    <>
      {view.mayWrite && <GoalCreateButton caseId={view.record.id} />}
      <RecordTable
        rows={goals}
        columns={columns}
        empty={t('empty')}
        caption={translate('berdaya.case_page.tabs.goals')}
      />
    </>
  );
};

export const ResourcesTab = ({ view }: { view: CaseView }) => {
  const translate = useTranslate();
  const resources = useCaseRecords<ResourceRecord>('resources', view.record.id, 'createdAt');
  const t = (key: string) => translate(`berdaya.case_page.resources.${key}`);
  const columns: RecordColumn<ResourceRecord>[] = [
    { key: 'name', label: t('name'), render: (r) => r.name },
    {
      key: 'kind',
      label: t('kind'),
      render: (r) => translate(`berdaya.case_page.resource_kind.${r.kind}`, { _: r.kind }),
    },
    { key: 'description', label: t('description'), render: (r) => r.description ?? '' },
    {
      key: 'blockers',
      label: t('blockers'),
      render: (r) =>
        r.blockers.length === 0 ? (
          t('no_blockers')
        ) : (
          <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5 }}>
            {r.blockers.map((blocker) => (
              <Chip
                key={blocker}
                size="small"
                label={translate(`berdaya.case_page.resource_blocker.${blocker}`, { _: blocker })}
              />
            ))}
          </Stack>
        ),
    },
  ];
  return (
    <RecordTable
      rows={resources}
      columns={columns}
      empty={t('empty')}
      caption={translate('berdaya.case_page.tabs.resources')}
    />
  );
};

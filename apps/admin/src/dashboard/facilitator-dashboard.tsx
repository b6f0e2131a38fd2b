import type { Identifier } from 'react-admin';
import { useGetList, useTranslate } from 'react-admin';
import { CaseRows } from './case-rows';
import { DashboardCard } from './dashboard-card';
import type { DashboardCase, DashboardRequest } from './dashboard-records';
import { RequestRows } from './request-rows';

/** How far ahead a visit counts as due on the facilitator's dashboard. */
const DUE_WITHIN_DAYS = 7;
const ROWS = 10;

// The browser's calendar day is close enough for a window of a week; the API marks overdue in the
// program's own time zone.
const dayInDays = (days: number): string => {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
};

/** A facilitator's day: the visits due on their cases and their requests awaiting a decision. */
export const FacilitatorDashboard = ({ userId }: { userId: Identifier }) => {
  const translate = useTranslate();
  const dueCases = useGetList<DashboardCase>('cases', {
    filter: {
      facilitatorId: userId,
      status: 'active',
      nextVisitDue_lte: dayInDays(DUE_WITHIN_DAYS),
    },
    sort: { field: 'nextVisitDue', order: 'ASC' },
    pagination: { page: 1, perPage: ROWS },
  });
  const requests = useGetList<DashboardRequest>('transition-requests', {
    filter: { requestedBy: userId, status: 'pending' },
    sort: { field: 'createdAt', order: 'ASC' },
    pagination: { page: 1, perPage: ROWS },
  });
  return (
    <>
      <DashboardCard
        title={translate('berdaya.dashboard.facilitator.visits_title')}
        help={translate('berdaya.dashboard.facilitator.visits_help', { days: DUE_WITHIN_DAYS })}
        isPending={dueCases.isPending}
        error={dueCases.error}
        empty={
          dueCases.data?.length === 0
            ? translate('berdaya.dashboard.facilitator.visits_empty', { days: DUE_WITHIN_DAYS })
            : undefined
        }
        shown={dueCases.data?.length}
        total={dueCases.total}
      >
        <CaseRows cases={dueCases.data ?? []} />
      </DashboardCard>
      <DashboardCard
        title={translate('berdaya.dashboard.facilitator.requests_title')}
        isPending={requests.isPending}
        error={requests.error}
        empty={
          requests.data?.length === 0
            ? translate('berdaya.dashboard.facilitator.requests_empty')
            : undefined
        }
        shown={requests.data?.length}
        total={requests.total}
      >
        <RequestRows requests={requests.data ?? []} />
      </DashboardCard>
    </>
  );
};

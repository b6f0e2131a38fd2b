import { Button } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import { CaseRows } from './case-rows';
import { DashboardCard } from './dashboard-card';
import type { DashboardCase, DashboardRequest } from './dashboard-records';
import { RequestRows } from './request-rows';

const ROWS = 10;

/** Cases of the supervisor's regions matching one of the case list's flags (the API scopes them). */
const useFlaggedCases = (flag: 'overdue' | 'stalled') =>
  useGetList<DashboardCase>('cases', {
    filter: { [flag]: true, status: 'active' },
    sort: { field: flag === 'overdue' ? 'nextVisitDue' : 'stageEnteredAt', order: 'ASC' },
    pagination: { page: 1, perPage: ROWS },
  });

/** A supervisor's day: requests waiting for them, then the cases in their regions falling behind. */
export const SupervisorDashboard = () => {
  const translate = useTranslate();
  const approvals = useGetList<DashboardRequest>('transition-requests', {
    filter: { status: 'pending' },
    sort: { field: 'createdAt', order: 'ASC' },
    pagination: { page: 1, perPage: ROWS },
  });
  const overdue = useFlaggedCases('overdue');
  const stalled = useFlaggedCases('stalled');
  return (
    <>
      <DashboardCard
        title={translate('berdaya.dashboard.supervisor.approvals_title')}
        help={translate('berdaya.dashboard.supervisor.approvals_help')}
        action={
          <Button size="small" href="#/transition-requests">
            {translate('berdaya.dashboard.supervisor.open_inbox')}
          </Button>
        }
        isPending={approvals.isPending}
        error={approvals.error}
        empty={
          approvals.data?.length === 0
            ? translate('berdaya.dashboard.supervisor.approvals_empty')
            : undefined
        }
        shown={approvals.data?.length}
        total={approvals.total}
      >
        <RequestRows requests={approvals.data ?? []} />
      </DashboardCard>
      <DashboardCard
        title={translate('berdaya.dashboard.supervisor.overdue_title')}
        isPending={overdue.isPending}
        error={overdue.error}
        empty={
          overdue.data?.length === 0
            ? translate('berdaya.dashboard.supervisor.overdue_empty')
            : undefined
        }
        shown={overdue.data?.length}
        total={overdue.total}
      >
        <CaseRows cases={overdue.data ?? []} />
      </DashboardCard>
      <DashboardCard
        title={translate('berdaya.dashboard.supervisor.stalled_title')}
        isPending={stalled.isPending}
        error={stalled.error}
        empty={
          stalled.data?.length === 0
            ? translate('berdaya.dashboard.supervisor.stalled_empty')
            : undefined
        }
        shown={stalled.data?.length}
        total={stalled.total}
      >
        <CaseRows cases={stalled.data ?? []} />
      </DashboardCard>
    </>
  );
};

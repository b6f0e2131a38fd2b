import { MenuItem, TextField } from '@mui/material';
import { useState } from 'react';
import { type Identifier, useGetList, useTranslate } from 'react-admin';
import { DashboardCard } from './dashboard-card';
import type { DashboardProgram } from './dashboard-records';
import { ProgramIndicatorsPanel } from './program-indicators-panel';

/**
 * A program manager's (or viewer's) dashboard: the indicators of one of their programs. Loaded
 * lazily with its charts (see dashboard.tsx): facilitators and supervisors never load them.
 */
export const ProgramDashboard = () => {
  const translate = useTranslate();
  const programs = useGetList<DashboardProgram>('programs', {
    sort: { field: 'name', order: 'ASC' },
    pagination: { page: 1, perPage: 100 },
  });
  const [chosen, setChosen] = useState<Identifier>();
  const list = programs.data ?? [];
  const program = list.find((candidate) => candidate.id === chosen) ?? list[0];

  return (
    <DashboardCard
      title={
        program
          ? `${translate('berdaya.dashboard.indicators.title')}: ${program.name}`
          : translate('berdaya.dashboard.indicators.title')
      }
      action={
        list.length > 1 && program ? (
          <TextField
            select
            size="small"
            label={translate('berdaya.dashboard.programs.label')}
            value={program.id}
            onChange={(event) => setChosen(event.target.value)}
            sx={{ minWidth: 220, my: 1 }}
          >
            {list.map((candidate) => (
              <MenuItem key={candidate.id} value={candidate.id}>
                {candidate.name}
              </MenuItem>
            ))}
          </TextField>
        ) : null
      }
      isPending={programs.isPending}
      error={programs.error}
      empty={program ? undefined : translate('berdaya.dashboard.programs.none')}
    >
      {program ? <ProgramIndicatorsPanel program={program} /> : null}
    </DashboardCard>
  );
};

import { Box, Paper, Tab, Tabs } from '@mui/material';
import { useId, useState } from 'react';
import { useTranslate } from 'react-admin';
import { GoalsTab, ResourcesTab, VisitsTab } from './case-record-tabs';
import type { CaseEventRecord } from './case-records';
import { EvaluationsTab } from './evaluations-tab';
import { HistoryTab } from './history-tab';
import type { CaseView } from './use-case-view';

const TABS = ['history', 'visits', 'goals', 'resources', 'evaluations'] as const;
type TabName = (typeof TABS)[number];

export const CaseTabs = ({
  view,
  events,
}: {
  view: CaseView;
  events: readonly CaseEventRecord[];
}) => {
  const translate = useTranslate();
  const [tab, setTab] = useState<TabName>('history');
  const baseId = useId();
  const panel = (name: TabName) => {
    switch (name) {
      case 'history':
        return <HistoryTab events={events} view={view} />;
      case 'visits':
        return <VisitsTab view={view} />;
      case 'goals':
        return <GoalsTab view={view} />;
      case 'resources':
        return <ResourcesTab view={view} />;
      case 'evaluations':
        return <EvaluationsTab view={view} />;
    }
  };

  return (
    <Paper component="section" aria-label={translate('berdaya.case_page.tabs.label')}>
      <Tabs
        value={tab}
        onChange={(_event, next: TabName) => setTab(next)}
        variant="scrollable"
        scrollButtons="auto"
        allowScrollButtonsMobile
        aria-label={translate('berdaya.case_page.tabs.label')}
        // Scrolls its tabs on a phone rather than widening the page to fit them all.
        sx={{ borderBottom: 1, borderColor: 'divider', contain: 'inline-size' }}
      >
        {TABS.map((name) => (
          <Tab
            key={name}
            value={name}
            label={translate(`berdaya.case_page.tabs.${name}`)}
            id={`${baseId}-tab-${name}`}
            aria-controls={`${baseId}-panel-${name}`}
          />
        ))}
      </Tabs>
      <Box
        role="tabpanel"
        id={`${baseId}-panel-${tab}`}
        aria-labelledby={`${baseId}-tab-${tab}`}
        sx={{ p: 2 }}
      >
        {panel(tab)}
      </Box>
    </Paper>
  );
};

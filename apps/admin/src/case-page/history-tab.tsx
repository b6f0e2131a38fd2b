import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { CaseEventRecord } from './case-records';
import type { CaseView } from './use-case-view';

/** The case's history, newest first: what happened, who did it, between which stages, and why. */
export const HistoryTab = ({
  events,
  view,
}: {
  events: readonly CaseEventRecord[];
  view: CaseView;
}) => {
  const translate = useTranslate();
  if (events.length === 0) {
    return <Typography variant="body2">{translate('berdaya.case_page.history.empty')}</Typography>;
  }
  const newestFirst = [...events].reverse();
  return (
    <Box component="ol" sx={{ m: 0, p: 0 }} data-testid="case-history">
      {newestFirst.map((event) => (
        <Box
          key={event.id}
          component="li"
          sx={{
            listStyle: 'none',
            borderLeft: 3,
            borderColor: event.toStage ? 'primary.main' : 'divider',
            pl: 1.5,
            py: 0.75,
            mb: 0.5,
          }}
        >
          <Typography variant="body2" sx={{ fontWeight: 'bold' }}>
            {translate(`berdaya.case_page.event_types.${event.type}`, { _: event.type })}
          </Typography>
          {event.toStage && (
            <Typography variant="body2">
              {event.fromStage
                ? translate('berdaya.case_page.history.transition', {
                    from: view.stageLabel(event.fromStage),
                    to: view.stageLabel(event.toStage),
                  })
                : translate('berdaya.case_page.history.entered', {
                    to: view.stageLabel(event.toStage),
                  })}
            </Typography>
          )}
          {event.reason && (
            <Typography variant="body2">
              {translate('berdaya.case_page.history.reason', { reason: event.reason })}
            </Typography>
          )}
          <Typography variant="caption" color="text.secondary" component="p" sx={{ m: 0 }}>
            <time dateTime={event.occurredAt}>{view.dates.dateTime(event.occurredAt)}</time>
            {/* Without an actor the entry was the system's (an expired request): nobody to name. */}
            {event.actorId &&
              ` · ${translate('berdaya.case_page.history.by', { who: view.nameOf(event.actorId) })}`}
          </Typography>
        </Box>
      ))}
    </Box>
  );
};

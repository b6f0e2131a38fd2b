import type { AllowedEvent, WorkflowDefinition } from '@berdaya/workflow';
import { Alert, AlertTitle, Box, Button, Paper, Stack, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { useLocalizedText } from '../common/localized-text';
import { withdrawRequest } from './case-api';
import type { TransitionRequest } from '../common/transition-request';
import { checklistLabels } from './checklist-labels';
import { MoveDialog } from './move-dialog';
import type { CaseView } from './use-case-view';

const PendingRequest = ({
  request,
  view,
  onChanged,
}: {
  request: TransitionRequest;
  view: CaseView;
  onChanged: () => void;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [withdrawing, setWithdrawing] = useState(false);

  const withdraw = async () => {
    setWithdrawing(true);
    try {
      await withdrawRequest(request.id);
      notify('berdaya.case_page.pending.withdrawn', { type: 'success' });
      onChanged();
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
    } finally {
      setWithdrawing(false);
    }
  };

  return (
    <Alert
      severity="info"
      data-testid="pending-request"
      action={
        request.requestedBy === view.myId && view.mayWrite ? (
          <Button
            color="inherit"
            size="small"
            disabled={withdrawing}
            onClick={() => void withdraw()}
          >
            {translate('berdaya.case_page.pending.withdraw')}
          </Button>
        ) : undefined
      }
    >
      <AlertTitle component="h3">{translate('berdaya.case_page.pending.title')}</AlertTitle>
      {translate('berdaya.case_page.pending.summary', {
        who: view.nameOf(request.requestedBy),
        when: view.dates.dateTime(request.createdAt),
        stage: view.stageLabel(request.toStage),
      })}
      {request.reason && (
        <Box>{translate('berdaya.case_page.pending.reason', { reason: request.reason })}</Box>
      )}
      {request.evidence.length > 0 && (
        <Box>
          {translate('berdaya.case_page.pending.evidence', {
            smart_count: request.evidence.length,
          })}
        </Box>
      )}
    </Alert>
  );
};

/** The moves open to the user now, as buttons opening the move dialog, and any pending request. */
export const CaseMoves = ({
  view,
  definition,
  pending,
  onChanged,
}: {
  view: CaseView;
  definition: WorkflowDefinition | undefined;
  pending: TransitionRequest | undefined;
  onChanged: () => void;
}) => {
  const translate = useTranslate();
  const localized = useLocalizedText();
  const [open, setOpen] = useState<AllowedEvent | undefined>();
  const labels = useMemo(
    () => (definition ? checklistLabels(definition) : new Map()),
    [definition],
  );
  const { record } = view;
  const moves = view.mayWrite ? record.allowedEvents : [];
  const blockedId = `case-${record.id}-moves-blocked`;

  const hints = (move: AllowedEvent) =>
    [
      move.requiresApproval && translate('berdaya.case_page.moves.needs_approval'),
      move.requiresReason && translate('berdaya.case_page.moves.needs_reason'),
      move.checklist.length > 0 &&
        translate('berdaya.case_page.moves.checklist_items', {
          smart_count: move.checklist.length,
        }),
    ].filter(Boolean);

  return (
    <Paper component="section" aria-labelledby="case-moves-title" sx={{ p: 2 }}>
      <Typography id="case-moves-title" component="h2" variant="h6" gutterBottom>
        {translate('berdaya.case_page.moves.title')}
      </Typography>
      <Stack spacing={1.5}>
        {pending && <PendingRequest request={pending} view={view} onChanged={onChanged} />}
        {moves.length === 0 && !pending && (
          <Typography variant="body2">{translate('berdaya.case_page.moves.none')}</Typography>
        )}
        {pending && moves.length > 0 && (
          <Typography id={blockedId} variant="body2" color="text.secondary">
            {translate('berdaya.case_page.moves.blocked_by_pending')}
          </Typography>
        )}
        {moves.length > 0 && (
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5 }}>
            {moves.map((move) => (
              <Box key={move.event} sx={{ display: 'flex', flexDirection: 'column' }}>
                <Button
                  variant={move.backward || !move.requiresApproval ? 'outlined' : 'contained'}
                  disabled={Boolean(pending)}
                  aria-describedby={pending ? blockedId : undefined}
                  onClick={() => setOpen(move)}
                >
                  {move.label ? localized(move.label) : move.event}
                </Button>
                <Typography variant="caption" color="text.secondary">
                  {hints(move).join(' · ')}
                </Typography>
              </Box>
            ))}
          </Box>
        )}
      </Stack>
      {open && (
        <MoveDialog
          record={record}
          move={open}
          checklistLabels={labels}
          stageLabel={view.stageLabel}
          onClose={() => setOpen(undefined)}
          onDone={() => {
            setOpen(undefined);
            onChanged();
          }}
          onReload={() => {
            setOpen(undefined);
            onChanged();
          }}
        />
      )}
    </Paper>
  );
};

import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  TextField,
} from '@mui/material';
import { useState } from 'react';
import { HttpError, useNotify, useRefresh, useTranslate } from 'react-admin';
import { decideRequest } from './decide-request';

export type DecisionKind = 'approve' | 'reject';

interface DecisionDialogProps {
  kind: DecisionKind;
  requestId: string;
  caseName: string;
  onClose: () => void;
  onDecided?: () => void;
}

/** Confirms a decision: an optional comment to approve, a required reason to reject. */
export const DecisionDialog = ({
  kind,
  requestId,
  caseName,
  onClose,
  onDecided,
}: DecisionDialogProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [text, setText] = useState('');
  const [touched, setTouched] = useState(false);
  const [sending, setSending] = useState(false);
  const reasonMissing = kind === 'reject' && text.trim() === '';
  const titleId = `decision-title-${requestId}`;

  const submit = async () => {
    setTouched(true);
    if (reasonMissing) return;
    setSending(true);
    try {
      await decideRequest(
        requestId,
        kind === 'approve'
          ? { kind, comment: text.trim() || undefined }
          : { kind, reason: text.trim() },
      );
      notify(kind === 'approve' ? 'berdaya.approvals.approved' : 'berdaya.approvals.rejected', {
        type: 'success',
      });
      onClose();
      onDecided?.();
    } catch (error) {
      // A stale request (decided meanwhile, or its case moved) is the one failure worth a sentence.
      if (error instanceof HttpError && error.status === 409) {
        notify('berdaya.approvals.conflict', { type: 'error', autoHideDuration: 10_000 });
        onClose();
      } else {
        notify(error instanceof Error ? error.message : 'ra.notification.http_error', {
          type: 'error',
        });
      }
    } finally {
      setSending(false);
      refresh();
    }
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>
        {translate(
          kind === 'approve' ? 'berdaya.approvals.approve_title' : 'berdaya.approvals.reject_title',
          { name: caseName },
        )}
      </DialogTitle>
      <DialogContent>
        <TextField
          autoFocus
          fullWidth
          multiline
          minRows={2}
          margin="dense"
          label={translate(
            kind === 'approve' ? 'berdaya.approvals.comment' : 'berdaya.approvals.reject_reason',
          )}
          required={kind === 'reject'}
          value={text}
          onChange={(event) => setText(event.target.value)}
          error={touched && reasonMissing}
          helperText={touched && reasonMissing ? translate('ra.validation.required') : ' '}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button
          variant="contained"
          color={kind === 'approve' ? 'primary' : 'error'}
          disabled={sending}
          onClick={() => void submit()}
        >
          {translate(kind === 'approve' ? 'berdaya.approvals.approve' : 'berdaya.approvals.reject')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

import type { AllowedEvent, LocalizedText } from '@berdaya/workflow';
import {
  Alert,
  Box,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControl,
  FormControlLabel,
  FormGroup,
  FormHelperText,
  FormLabel,
  IconButton,
  List,
  ListItem,
  ListItemText,
  TextField,
  Typography,
  useMediaQuery,
  type Theme,
} from '@mui/material';
import { useId, useState, type ChangeEvent } from 'react';
import { HttpError, useNotify, useTranslate } from 'react-admin';
import { useLocalizedText } from '../common/localized-text';
import { requestMove, uploadAttachment } from './case-api';
import type { AttachmentRecord, CaseRecord } from './case-records';
import { refusalOf, type Refusal } from './move-refusal';

export interface MoveDialogProps {
  record: CaseRecord;
  move: AllowedEvent;
  checklistLabels: ReadonlyMap<string, LocalizedText>;
  stageLabel: (path: string) => string;
  onClose: () => void;
  /** After the api accepted the move: a pending request, or the case moved. */
  onDone: () => void;
  /** The case changed under the user: reread it. */
  onReload: () => void;
}

const uploadError = (error: unknown): { key: string; message: string } => {
  if (error instanceof HttpError && error.status === 413) {
    return { key: 'berdaya.case_page.outcome.upload_too_large', message: '' };
  }
  if (error instanceof HttpError && error.status === 415) {
    return { key: 'berdaya.case_page.outcome.upload_type', message: '' };
  }
  return {
    key: 'berdaya.case_page.outcome.upload_failed',
    message: error instanceof Error ? error.message : '',
  };
};

/** A move the user asks for: its exit checklist, a reason, evidence, then the api's answer. */
export const MoveDialog = ({
  record,
  move,
  checklistLabels,
  stageLabel,
  onClose,
  onDone,
  onReload,
}: MoveDialogProps) => {
  const translate = useTranslate();
  const localized = useLocalizedText();
  const notify = useNotify();
  const fullScreen = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const titleId = useId();
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [reason, setReason] = useState('');
  const [evidence, setEvidence] = useState<AttachmentRecord[]>([]);
  const [uploading, setUploading] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | undefined>();

  const moveLabel = move.label ? localized(move.label) : move.event;
  // An item the api named stays marked until the user ticks it.
  const missing = new Set(
    refusal?.kind === 'invalid' ? refusal.missingItems.filter((item) => !ticked.has(item)) : [],
  );
  const reasonMissing = refusal?.kind === 'invalid' && refusal.reasonMissing;

  const toggle = (item: string) => {
    const next = new Set(ticked);
    if (next.has(item)) next.delete(item);
    else next.add(item);
    setTicked(next);
  };

  const attach = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    // Cleared so that choosing the same file again after removing it fires a change.
    event.target.value = '';
    setUploading(true);
    for (const file of files) {
      try {
        const attachment = await uploadAttachment(record.id, file);
        setEvidence((current) => [...current, attachment]);
      } catch (error) {
        const { key, message } = uploadError(error);
        notify(key, { type: 'error', messageArgs: { name: file.name, message } });
      }
    }
    setUploading(false);
  };

  const submit = async () => {
    setSubmitting(true);
    setRefusal(undefined);
    try {
      const outcome = await requestMove(record.id, {
        event: move.event,
        ...(reason.trim() && { reason: reason.trim() }),
        checklist: [...ticked],
        evidence: evidence.map((attachment) => attachment.id),
        expectedVersion: record.version,
      });
      notify(
        outcome === 'requested'
          ? 'berdaya.case_page.outcome.requested'
          : 'berdaya.case_page.outcome.moved',
        { type: 'success', messageArgs: { stage: stageLabel(move.to) } },
      );
      onDone();
    } catch (error) {
      setRefusal(refusalOf(error));
      setSubmitting(false);
    }
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullScreen={fullScreen} fullWidth>
      <DialogTitle id={titleId}>{moveLabel}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" gutterBottom>
          {translate('berdaya.case_page.dialog.to_stage', { stage: stageLabel(move.to) })}
        </Typography>
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate(
            move.requiresApproval
              ? 'berdaya.case_page.dialog.approval_note'
              : 'berdaya.case_page.dialog.direct_note',
          )}
        </Alert>
        {refusal?.kind === 'stale' && (
          <Alert
            severity="warning"
            sx={{ mb: 2 }}
            action={
              <Button color="inherit" size="small" onClick={onReload}>
                {translate('berdaya.case_page.outcome.reload')}
              </Button>
            }
          >
            {translate('berdaya.case_page.outcome.stale')}
          </Alert>
        )}
        {refusal && refusal.kind !== 'stale' && (
          <Alert severity="error" sx={{ mb: 2 }} role="alert">
            {translate(refusal.messageKey, { message: refusal.message })}
          </Alert>
        )}
        {move.checklist.length > 0 && (
          <FormControl component="fieldset" error={missing.size > 0} sx={{ mb: 2 }}>
            <FormLabel component="legend">
              {translate('berdaya.case_page.dialog.checklist')}
            </FormLabel>
            <FormHelperText sx={{ mx: 0 }}>
              {translate('berdaya.case_page.dialog.checklist_help')}
            </FormHelperText>
            <FormGroup>
              {move.checklist.map((item) => {
                const label = checklistLabels.get(item);
                const helpId = `${titleId}-${item}-missing`;
                return (
                  <Box key={item}>
                    <FormControlLabel
                      control={
                        <Checkbox
                          checked={ticked.has(item)}
                          onChange={() => toggle(item)}
                          slotProps={{
                            input: {
                              'aria-invalid': missing.has(item) || undefined,
                              'aria-describedby': missing.has(item) ? helpId : undefined,
                            },
                          }}
                        />
                      }
                      label={label ? localized(label) : item}
                    />
                    {missing.has(item) && (
                      <FormHelperText id={helpId} error sx={{ mt: -0.5, ml: 4 }}>
                        {translate('berdaya.case_page.dialog.must_tick')}
                      </FormHelperText>
                    )}
                  </Box>
                );
              })}
            </FormGroup>
          </FormControl>
        )}
        <TextField
          label={translate('berdaya.case_page.dialog.reason')}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          required={move.requiresReason}
          error={reasonMissing}
          helperText={
            move.requiresReason || reasonMissing
              ? translate('berdaya.case_page.dialog.reason_required')
              : undefined
          }
          multiline
          minRows={2}
          fullWidth
          sx={{ mb: 2 }}
        />
        <FormControl component="fieldset" fullWidth>
          <FormLabel component="legend">{translate('berdaya.case_page.dialog.evidence')}</FormLabel>
          <FormHelperText sx={{ mx: 0 }}>
            {translate('berdaya.case_page.dialog.evidence_help')}
          </FormHelperText>
          {evidence.length > 0 && (
            <List dense>
              {evidence.map((attachment) => (
                <ListItem
                  key={attachment.id}
                  secondaryAction={
                    <IconButton
                      edge="end"
                      aria-label={translate('berdaya.case_page.dialog.remove_evidence', {
                        name: attachment.fileName,
                      })}
                      onClick={() =>
                        setEvidence((current) => current.filter((a) => a.id !== attachment.id))
                      }
                    >
                      <span aria-hidden="true">×</span>
                    </IconButton>
                  }
                >
                  <ListItemText primary={attachment.fileName} />
                </ListItem>
              ))}
            </List>
          )}
          <Box>
            <Button component="label" variant="outlined" size="small" disabled={uploading}>
              {translate(
                uploading
                  ? 'berdaya.case_page.dialog.uploading'
                  : 'berdaya.case_page.dialog.attach',
              )}
              <input type="file" hidden multiple onChange={(event) => void attach(event)} />
            </Button>
          </Box>
        </FormControl>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('berdaya.case_page.dialog.cancel')}</Button>
        <Button
          variant="contained"
          onClick={() => void submit()}
          disabled={submitting || uploading}
        >
          {translate(
            move.requiresApproval
              ? 'berdaya.case_page.dialog.submit_request'
              : 'berdaya.case_page.dialog.submit_move',
          )}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  TextField,
} from '@mui/material';
import { useId, useState } from 'react';
import { HttpError, useCreate, useNotify, useRefresh, useTranslate } from 'react-admin';

const FIELDS = ['title', 'indicator', 'target', 'dueOn', 'scope'] as const;
type GoalField = (typeof FIELDS)[number];
const REQUIRED: ReadonlySet<GoalField> = new Set(['title', 'indicator', 'target', 'dueOn']);

const fieldErrors = (error: unknown): Partial<Record<string, string>> => {
  const fields = error instanceof HttpError ? (error.body as { fields?: unknown })?.fields : null;
  if (!Array.isArray(fields)) return {};
  return Object.fromEntries(
    fields.flatMap((f: unknown) =>
      typeof f === 'object' && f !== null && 'field' in f && 'message' in f
        ? [[String(f.field), String(f.message)]]
        : [],
    ),
  );
};

/** Sets a goal of the case: realistic, measurable (indicator and target), time-bound, scoped. */
export const GoalCreateButton = ({ caseId }: { caseId: string }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const titleId = useId();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<Record<GoalField, string>>({
    title: '',
    indicator: '',
    target: '',
    dueOn: '',
    scope: '',
  });
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const [create, { isPending }] = useCreate();

  const submit = () => {
    const data = Object.fromEntries(
      FIELDS.filter((field) => values[field].trim()).map((field) => [field, values[field].trim()]),
    );
    void create(
      'goals',
      { data: { caseId, ...data } },
      {
        onSuccess: () => {
          notify('berdaya.case_page.goals.created', { type: 'success' });
          setOpen(false);
          // The goal list and the history (goalSet) both change.
          refresh();
        },
        onError: (error) => {
          setErrors(fieldErrors(error));
          notify(error instanceof Error ? error.message : String(error), { type: 'error' });
        },
      },
    );
  };

  return (
    <>
      <Button variant="outlined" size="small" onClick={() => setOpen(true)} sx={{ mb: 1 }}>
        {translate('berdaya.case_page.goals.create')}
      </Button>
      {open && (
        <Dialog open onClose={() => setOpen(false)} aria-labelledby={titleId} fullWidth>
          <DialogTitle id={titleId}>{translate('berdaya.case_page.goals.create')}</DialogTitle>
          <DialogContent>
            <Stack spacing={2} sx={{ pt: 1 }}>
              {FIELDS.map((field) => (
                <TextField
                  key={field}
                  label={translate(
                    `berdaya.case_page.goals.${field === 'dueOn' ? 'due_on' : field}`,
                  )}
                  type={field === 'dueOn' ? 'date' : 'text'}
                  required={REQUIRED.has(field)}
                  value={values[field]}
                  onChange={(event) => setValues({ ...values, [field]: event.target.value })}
                  error={Boolean(errors[field])}
                  helperText={errors[field]}
                  slotProps={field === 'dueOn' ? { inputLabel: { shrink: true } } : undefined}
                  fullWidth
                />
              ))}
            </Stack>
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setOpen(false)}>
              {translate('berdaya.case_page.dialog.cancel')}
            </Button>
            <Button variant="contained" onClick={submit} disabled={isPending}>
              {translate('berdaya.case_page.goals.save')}
            </Button>
          </DialogActions>
        </Dialog>
      )}
    </>
  );
};

import PersonSearchIcon from '@mui/icons-material/PersonSearch';
import { Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useState } from 'react';
import {
  AutocompleteInput,
  Button,
  Form,
  ReferenceInput,
  required,
  SaveButton,
  useDataProvider,
  useListContext,
  useNotify,
  useRefresh,
  useTranslate,
  useUnselectAll,
} from 'react-admin';
import type { CaseRecord } from './case-record';

const messageOf = (reason: unknown) => (reason instanceof Error ? reason.message : String(reason));

/**
 * Gives the selected cases to another facilitator: one PUT per case, as react-admin's
 * `updateMany` sends them, and says how many went through and why the others did not.
 */
export function CaseBulkReassignButton() {
  const { selectedIds } = useListContext<CaseRecord>();
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const unselectAll = useUnselectAll('cases');
  const translate = useTranslate();
  const [open, setOpen] = useState(false);

  const reassign = async ({ facilitatorId }: Record<string, unknown>) => {
    // One request per case, settled apart: one refused case must not hide the others' success.
    const results = await Promise.allSettled(
      selectedIds.map((id) =>
        dataProvider.update<CaseRecord>('cases', {
          id,
          data: { facilitatorId: facilitatorId as string },
          previousData: { id } as CaseRecord,
        }),
      ),
    );
    const failures = results.filter((result) => result.status === 'rejected');
    const succeeded = results.length - failures.length;
    if (failures.length === 0) {
      notify('berdaya.cases.reassign.done', { messageArgs: { smart_count: succeeded } });
    } else {
      notify('berdaya.cases.reassign.partial', {
        type: 'warning',
        messageArgs: {
          succeeded,
          failed: failures.length,
          message: messageOf(failures[0].reason),
        },
      });
    }
    setOpen(false);
    unselectAll();
    refresh();
  };

  const titleId = 'case-reassign-title';
  return (
    <>
      <Button label="berdaya.cases.reassign.label" onClick={() => setOpen(true)}>
        <PersonSearchIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby={titleId} fullWidth>
        <Form onSubmit={reassign}>
          <DialogTitle id={titleId}>
            {translate('berdaya.cases.reassign.title', { smart_count: selectedIds.length })}
          </DialogTitle>
          <DialogContent>
            <ReferenceInput
              source="facilitatorId"
              reference="facilitators"
              sort={{ field: 'fullName', order: 'ASC' }}
            >
              <AutocompleteInput
                optionText="fullName"
                label="berdaya.cases.reassign.facilitator"
                validate={required()}
                fullWidth
              />
            </ReferenceInput>
          </DialogContent>
          <DialogActions>
            <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
            <SaveButton label="berdaya.cases.reassign.confirm" icon={<PersonSearchIcon />} />
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
}

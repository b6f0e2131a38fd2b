import PublishIcon from '@mui/icons-material/Publish';
import ArchiveIcon from '@mui/icons-material/Archive';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Confirm, useNotify } from 'react-admin';
import { signedInFetch } from '../common/signed-in-fetch';
import type { DefinitionVersionSummary } from './definition-version';

const messageOf = (error: unknown) =>
  error instanceof Error && error.message ? error.message : String(error);

/** Publishes a draft or retires a published version, once confirmed: neither can be undone. */
export const DefinitionLifecycleButton = ({
  record,
  action,
}: {
  record: DefinitionVersionSummary;
  action: 'publish' | 'retire';
}) => {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const queryClient = useQueryClient();
  const notify = useNotify();
  const prefix = 'berdaya.workflow_definitions.actions';

  const run = async () => {
    setBusy(true);
    try {
      await signedInFetch(`/workflow-definitions/${encodeURIComponent(record.id)}/${action}`, {
        method: 'POST',
      });
      await queryClient.invalidateQueries({ queryKey: ['workflow-definitions'] });
      notify(`${prefix}.${action === 'publish' ? 'published' : 'retired'}`, { type: 'success' });
    } catch (error) {
      notify(`${prefix}.failed`, { type: 'error', messageArgs: { message: messageOf(error) } });
    } finally {
      setBusy(false);
      setOpen(false);
    }
  };

  return (
    <>
      <Button
        label={`${prefix}.${action}`}
        variant={action === 'publish' ? 'contained' : 'outlined'}
        onClick={() => setOpen(true)}
        disabled={busy}
      >
        {action === 'publish' ? <PublishIcon /> : <ArchiveIcon />}
      </Button>
      <Confirm
        isOpen={open}
        loading={busy}
        title={`${prefix}.${action}_title`}
        content={`${prefix}.${action}_content`}
        confirm={`${prefix}.${action}`}
        translateOptions={{ id: record.id }}
        onConfirm={() => void run()}
        onClose={() => setOpen(false)}
      />
    </>
  );
};

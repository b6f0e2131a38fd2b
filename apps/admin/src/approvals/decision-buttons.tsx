import { decisionRight, type Role } from '@berdaya/empowerment';
import { Button, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useGetIdentity, usePermissions, useTranslate } from 'react-admin';
import { type DecisionKind, DecisionDialog } from './decision-dialog';
import type { TransitionRequest } from '../common/transition-request';

interface DecisionButtonsProps {
  request: TransitionRequest;
  caseName: string;
  onDecided?: () => void;
}

/**
 * Approve and reject, for those who decide. On one's own request (the four-eyes rule) both stay
 * visible but disabled, with the reason beside them; other roles see no decision at all.
 */
export const DecisionButtons = ({ request, caseName, onDecided }: DecisionButtonsProps) => {
  const translate = useTranslate();
  const { permissions: role } = usePermissions<Role | undefined>();
  const { identity } = useGetIdentity();
  const [open, setOpen] = useState<DecisionKind>();
  if (request.status !== 'pending' || !role || !identity) return null;
  // Scope is the api's to judge: a request listed here is one whose case the user sees.
  const right = decisionRight({ id: String(identity.id), role }, request, true);
  if (!right.allowed && right.refusal !== 'FOUR_EYES') return null;
  const ownRequest = !right.allowed;
  const reasonId = `own-request-${request.id}`;
  const describedBy = ownRequest ? reasonId : undefined;

  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
      <Button
        variant="contained"
        size="small"
        disabled={ownRequest}
        aria-describedby={describedBy}
        onClick={() => setOpen('approve')}
      >
        {translate('berdaya.approvals.approve')}
      </Button>
      <Button
        variant="outlined"
        size="small"
        color="error"
        disabled={ownRequest}
        aria-describedby={describedBy}
        onClick={() => setOpen('reject')}
      >
        {translate('berdaya.approvals.reject')}
      </Button>
      {ownRequest ? (
        <Typography id={reasonId} variant="body2" color="text.secondary">
          {translate('berdaya.approvals.own_request')}
        </Typography>
      ) : null}
      {open ? (
        <DecisionDialog
          kind={open}
          requestId={request.id}
          caseName={caseName}
          onClose={() => setOpen(undefined)}
          onDecided={onDecided}
        />
      ) : null}
    </Stack>
  );
};

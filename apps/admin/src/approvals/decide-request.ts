import { signedInFetch } from '../common/signed-in-fetch';

export type Decision = { kind: 'approve'; comment?: string } | { kind: 'reject'; reason: string };

/** Approves or rejects a pending request; rejects with react-admin's HttpError (409 when stale). */
export async function decideRequest(requestId: string, decision: Decision): Promise<void> {
  const body =
    decision.kind === 'approve'
      ? decision.comment
        ? { comment: decision.comment }
        : {}
      : { reason: decision.reason };
  await signedInFetch(`/transition-requests/${encodeURIComponent(requestId)}/${decision.kind}`, {
    method: 'POST',
    body: JSON.stringify(body),
  });
}

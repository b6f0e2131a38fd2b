import { signedInFetch } from '../common/signed-in-fetch';
import type { TransitionRequest } from '../common/transition-request';
import type { AttachmentRecord } from './case-records';

// The case page's calls beyond react-admin's simple REST: moves, uploads, withdrawals.

export interface MoveInput {
  event: string;
  reason?: string;
  checklist: string[];
  evidence: string[];
  expectedVersion: number;
}

/** 201: a pending request; 200: the case moved. Refusals reject with the api's HttpError. */
export async function requestMove(caseId: string, input: MoveInput) {
  const { status } = await signedInFetch(`/cases/${caseId}/transitions`, {
    method: 'POST',
    body: JSON.stringify(input),
  });
  return status === 201 ? 'requested' : 'moved';
}

export async function uploadAttachment(caseId: string, file: File): Promise<AttachmentRecord> {
  const form = new FormData();
  form.append('caseId', caseId);
  form.append('file', file);
  const answer = await signedInFetch('/attachments', { method: 'POST', body: form });
  return answer.json as AttachmentRecord;
}

export async function withdrawRequest(requestId: string): Promise<TransitionRequest> {
  const answer = await signedInFetch(`/transition-requests/${requestId}/withdraw`, {
    method: 'POST',
    body: '{}',
  });
  return answer.json as TransitionRequest;
}

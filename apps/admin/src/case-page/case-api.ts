import { fetchUtils, HttpError } from 'react-admin';
import { apiUrl } from '../api-url';
import { authProvider } from '../auth-provider';
import { bearer, readAuth } from '../auth-storage';
import type { AttachmentRecord, TransitionRequestRecord } from './case-records';

// The case page's calls beyond react-admin's simple REST (moves, uploads, decisions), with the
// same token the data provider sends. An expired token is refreshed once, as for any read.
async function call(
  path: string,
  options: fetchUtils.Options,
): Promise<{ status: number; json: unknown }> {
  const send = () => {
    const auth = readAuth();
    return fetchUtils.fetchJson(`${apiUrl}${path}`, {
      ...options,
      ...(auth && { user: bearer(auth.accessToken) }),
    });
  };
  try {
    return await send();
  } catch (error) {
    if (!(error instanceof HttpError) || error.status !== 401) throw error;
    await authProvider.checkError(error);
    return send();
  }
}

export interface MoveInput {
  event: string;
  reason?: string;
  checklist: string[];
  evidence: string[];
  expectedVersion: number;
}

/** 201: a pending request; 200: the case moved. Refusals reject with the api's HttpError. */
export async function requestMove(caseId: string, input: MoveInput) {
  const { status } = await call(`/cases/${caseId}/transitions`, {
    method: 'POST',
    body: JSON.stringify(input),
  });
  return status === 201 ? 'requested' : 'moved';
}

export async function uploadAttachment(caseId: string, file: File): Promise<AttachmentRecord> {
  const form = new FormData();
  form.append('caseId', caseId);
  form.append('file', file);
  const { json } = await call('/attachments', { method: 'POST', body: form });
  return json as AttachmentRecord;
}

export async function withdrawRequest(requestId: string): Promise<TransitionRequestRecord> {
  const { json } = await call(`/transition-requests/${requestId}/withdraw`, {
    method: 'POST',
    body: '{}',
  });
  return json as TransitionRequestRecord;
}

import type { NotificationKind } from '@berdaya/empowerment';

/** A notification of the signed-in user's inbox, as the api answers it. */
export interface AppNotification {
  id: string;
  kind: NotificationKind;
  caseId: string | null;
  payload: Record<string, unknown>;
  read: boolean;
  readAt: string | null;
  createdAt: string;
}

/** What a notification's message names; a calendar day as `2026-11-22`. */
export interface NotificationFacts {
  group?: string;
  day?: string;
  person?: string;
  comment?: string;
}

const text = (payload: Record<string, unknown>, key: string): string | undefined => {
  const value = payload[key];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
};

/**
 * The message key and its values for a notification. The worker writes a kind and the facts in
 * `payload` (see apps/worker's notification-text.ts, which words its e-mails the same way); older
 * rows may lack a fact, so each is read defensively.
 */
export function notificationMessage(notification: Pick<AppNotification, 'kind' | 'payload'>): {
  key: string;
  values: NotificationFacts;
} {
  const { kind, payload } = notification;
  const dueOn = text(payload, 'dueOn');
  const values: NotificationFacts = {
    group: text(payload, 'groupName'),
    day: dueOn && /^\d{4}-\d{2}-\d{2}$/.test(dueOn) ? dueOn : undefined,
    person: text(payload, kind === 'approvalDecided' ? 'decidedByName' : 'requestedByName'),
    comment: text(payload, 'decisionComment'),
  };
  const base = `berdaya.notifications.text.${kind}`;
  switch (kind) {
    case 'approvalWaiting':
      if (payload.escalated === true) return { key: `${base}_escalated`, values };
      if (payload.reminder === true) return { key: `${base}_reminder`, values };
      return { key: base, values };
    case 'approvalDecided':
      if (payload.status === 'approved') return { key: `${base}_approved`, values };
      if (payload.status === 'expired') return { key: `${base}_expired`, values };
      if (payload.status === 'rejected') {
        return { key: values.comment ? `${base}_rejected_comment` : `${base}_rejected`, values };
      }
      return { key: base, values };
    case 'visitDue':
    case 'visitOverdue':
    case 'evaluationDue':
    case 'caseStalled':
      return { key: base, values };
  }
}

/** Where a notification leads: the request waiting for a decision, else its case. */
export function notificationTarget(notification: AppNotification): string {
  const requestId = text(notification.payload, 'requestId');
  if (notification.kind === 'approvalWaiting' && requestId) {
    return `/transition-requests/${requestId}/show`;
  }
  const caseId = notification.caseId ?? text(notification.payload, 'caseId');
  return caseId ? `/cases/${caseId}/show` : '/notifications';
}

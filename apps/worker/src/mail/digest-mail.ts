import type { NotificationKind, UserLocale } from '@berdaya/db';
import { digestTexts, notificationLine } from './notification-text';

export interface DigestRecipient {
  email: string;
  fullName: string;
  locale: UserLocale;
}

export interface DigestNotification {
  kind: NotificationKind;
  payload: Record<string, unknown>;
}

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** One plain-text e-mail listing `notifications`, oldest first, in the recipient's language. */
export function renderDigest(
  recipient: DigestRecipient,
  notifications: readonly DigestNotification[],
): MailMessage {
  const texts = digestTexts(recipient.locale, notifications.length, recipient.fullName);
  const lines = notifications.map(
    (n) => `- ${notificationLine(n.kind, n.payload, recipient.locale)}`,
  );
  return {
    to: recipient.email,
    subject: texts.subject,
    text: [texts.greeting, '', texts.intro, '', ...lines, '', texts.closing, ''].join('\n'),
  };
}

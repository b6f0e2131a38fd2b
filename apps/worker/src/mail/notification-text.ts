import type { NotificationKind, UserLocale } from '@berdaya/db';

/**
 * What a notification says in an e-mail, in the recipient's language. Pure: the payload is the
 * one its handler wrote (see approval-notice.payload.ts and the visit handlers), read defensively
 * since older rows may lack a field. Indonesian addresses the reader formally (Anda) and uses the
 * panel's vocabulary: kunjungan pendampingan, pengajuan, persetujuan, tahap, evaluasi.
 */
type Payload = Readonly<Record<string, unknown>>;

function field(payload: Payload, key: string): string | undefined {
  const value = payload[key];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

const CALENDAR_LOCALES: Record<UserLocale, string> = { en: 'en-GB', id: 'id-ID' };

/** `2031-03-10` as "10 March 2031" or "10 Maret 2031"; anything else as it is. */
export function calendarDayText(day: string | undefined, locale: UserLocale): string {
  if (day === undefined) return locale === 'id' ? 'tanggal yang ditentukan' : 'the planned day';
  const instant = new Date(`${day}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(instant.getTime())) return day;
  return new Intl.DateTimeFormat(CALENDAR_LOCALES[locale], {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(instant);
}

interface Said {
  group: string;
  day: string;
  person: (key: string) => string;
  comment: string | undefined;
}

type Texts = { readonly [K in NotificationKind]: (said: Said, payload: Payload) => string };

const EN: Texts = {
  visitDue: ({ group, day }) => `A monitoring visit to ${group} is due on ${day}.`,
  visitOverdue: ({ group, day }) => `The visit to ${group} due on ${day} is overdue.`,
  approvalWaiting: ({ group, person }, payload) => {
    const requester = person('requestedByName');
    if (payload.escalated === true) {
      return `Escalated: ${requester}'s request to move ${group} to another stage is still undecided.`;
    }
    if (payload.reminder === true) {
      return `Reminder: ${requester}'s request to move ${group} to another stage still waits for your approval.`;
    }
    return `${requester} asks to move ${group} to another stage and waits for your approval.`;
  },
  approvalDecided: ({ group, person, comment }, payload) => {
    const decider = person('decidedByName');
    switch (payload.status) {
      case 'approved':
        return `Your request to move ${group} was approved by ${decider}.`;
      case 'rejected':
        return comment
          ? `Your request to move ${group} was rejected by ${decider}: "${comment}"`
          : `Your request to move ${group} was rejected by ${decider}.`;
      case 'expired':
        return `Your request to move ${group} expired without a decision.`;
      default:
        return `Your request to move ${group} was decided.`;
    }
  },
  evaluationDue: ({ group, day }) => `An evaluation of ${group} is due on ${day}.`,
  caseStalled: ({ group }) => `${group} has stayed in its stage longer than expected.`,
};

const ID: Texts = {
  visitDue: ({ group, day }) => `Kunjungan pendampingan ke ${group} dijadwalkan pada ${day}.`,
  visitOverdue: ({ group, day }) =>
    `Kunjungan pendampingan ke ${group} yang dijadwalkan pada ${day} sudah terlambat.`,
  approvalWaiting: ({ group, person }, payload) => {
    const requester = person('requestedByName');
    if (payload.escalated === true) {
      return `Eskalasi: pengajuan perpindahan tahap ${group} oleh ${requester} belum juga diputuskan.`;
    }
    if (payload.reminder === true) {
      return `Pengingat: pengajuan perpindahan tahap ${group} oleh ${requester} masih menunggu persetujuan Anda.`;
    }
    return `${requester} mengajukan perpindahan tahap ${group} dan menunggu persetujuan Anda.`;
  },
  approvalDecided: ({ group, person, comment }, payload) => {
    const decider = person('decidedByName');
    switch (payload.status) {
      case 'approved':
        return `Pengajuan perpindahan tahap ${group} Anda telah disetujui oleh ${decider}.`;
      case 'rejected':
        return comment
          ? `Pengajuan perpindahan tahap ${group} Anda ditolak oleh ${decider}: "${comment}"`
          : `Pengajuan perpindahan tahap ${group} Anda ditolak oleh ${decider}.`;
      case 'expired':
        return `Pengajuan perpindahan tahap ${group} Anda kedaluwarsa tanpa keputusan.`;
      default:
        return `Pengajuan perpindahan tahap ${group} Anda telah diputuskan.`;
    }
  },
  evaluationDue: ({ group, day }) => `Evaluasi untuk ${group} jatuh tempo pada ${day}.`,
  caseStalled: ({ group }) =>
    `${group} sudah berada di tahapnya lebih lama dari yang diperkirakan.`,
};

const TEXTS: Record<UserLocale, Texts> = { en: EN, id: ID };

const UNNAMED: Record<UserLocale, { group: string; person: string }> = {
  en: { group: 'a community', person: 'someone' },
  id: { group: 'sebuah komunitas', person: 'seseorang' },
};

/** One line of a digest: what the notification tells its recipient. */
export function notificationLine(
  kind: NotificationKind,
  payload: Payload,
  locale: UserLocale,
): string {
  const said: Said = {
    group: field(payload, 'groupName') ?? UNNAMED[locale].group,
    day: calendarDayText(field(payload, 'dueOn'), locale),
    person: (key) => field(payload, key) ?? UNNAMED[locale].person,
    comment: field(payload, 'decisionComment'),
  };
  return TEXTS[locale][kind](said, payload);
}

/** The pieces of a digest around its lines. */
export interface DigestTexts {
  subject: string;
  greeting: string;
  intro: string;
  closing: string;
}

export function digestTexts(locale: UserLocale, count: number, fullName: string): DigestTexts {
  if (locale === 'id') {
    // Indonesian nouns do not inflect for number: one form reads right for any count.
    return {
      subject: `Berdaya: ${count} pemberitahuan baru`,
      greeting: `Yth. ${fullName},`,
      intro: 'Berikut pemberitahuan untuk Anda sejak ringkasan sebelumnya:',
      closing: 'Rinciannya dapat Anda lihat di Berdaya.',
    };
  }
  return {
    subject: `Berdaya: ${count} new ${count === 1 ? 'notification' : 'notifications'}`,
    greeting: `Dear ${fullName},`,
    intro: 'Here is what happened for you since your last digest:',
    closing: 'You will find the details in Berdaya.',
  };
}

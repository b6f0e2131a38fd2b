import type { NotificationKind, UserLocale } from '@berdaya/db';
import { renderDigest } from './digest-mail';
import { calendarDayText, digestTexts, notificationLine } from './notification-text';

const visit = { caseId: 'c1', groupName: 'KWT Melati', dueOn: '2031-03-10' };
const request = {
  requestId: 'r1',
  caseId: 'c1',
  groupName: 'KWT Melati',
  requestedByName: 'Rina Requester',
  decidedByName: 'Sri Supervisor',
};

describe('notificationLine', () => {
  it.each<[string, NotificationKind, Record<string, unknown>, UserLocale, string]>([
    [
      'visit due',
      'visitDue',
      visit,
      'en',
      'A monitoring visit to KWT Melati is due on 10 March 2031.',
    ],
    [
      'visit due',
      'visitDue',
      visit,
      'id',
      'Kunjungan pendampingan ke KWT Melati dijadwalkan pada 10 Maret 2031.',
    ],
    [
      'visit overdue',
      'visitOverdue',
      visit,
      'en',
      'The visit to KWT Melati due on 10 March 2031 is overdue.',
    ],
    [
      'visit overdue',
      'visitOverdue',
      visit,
      'id',
      'Kunjungan pendampingan ke KWT Melati yang dijadwalkan pada 10 Maret 2031 sudah terlambat.',
    ],
    [
      'approval waiting',
      'approvalWaiting',
      request,
      'en',
      'Rina Requester asks to move KWT Melati to another stage and waits for your approval.',
    ],
    [
      'approval waiting',
      'approvalWaiting',
      request,
      'id',
      'Rina Requester mengajukan perpindahan tahap KWT Melati dan menunggu persetujuan Anda.',
    ],
    [
      'approval reminder',
      'approvalWaiting',
      { ...request, reminder: true },
      'en',
      "Reminder: Rina Requester's request to move KWT Melati to another stage still waits for your approval.",
    ],
    [
      'approval reminder',
      'approvalWaiting',
      { ...request, reminder: true },
      'id',
      'Pengingat: pengajuan perpindahan tahap KWT Melati oleh Rina Requester masih menunggu persetujuan Anda.',
    ],
    [
      'approval escalated',
      'approvalWaiting',
      { ...request, escalated: true },
      'en',
      "Escalated: Rina Requester's request to move KWT Melati to another stage is still undecided.",
    ],
    [
      'approval escalated',
      'approvalWaiting',
      { ...request, escalated: true },
      'id',
      'Eskalasi: pengajuan perpindahan tahap KWT Melati oleh Rina Requester belum juga diputuskan.',
    ],
    [
      'approved',
      'approvalDecided',
      { ...request, status: 'approved' },
      'en',
      'Your request to move KWT Melati was approved by Sri Supervisor.',
    ],
    [
      'approved',
      'approvalDecided',
      { ...request, status: 'approved' },
      'id',
      'Pengajuan perpindahan tahap KWT Melati Anda telah disetujui oleh Sri Supervisor.',
    ],
    [
      'rejected with a reason',
      'approvalDecided',
      { ...request, status: 'rejected', decisionComment: 'Checklist incomplete' },
      'en',
      'Your request to move KWT Melati was rejected by Sri Supervisor: "Checklist incomplete"',
    ],
    [
      'rejected with a reason',
      'approvalDecided',
      { ...request, status: 'rejected', decisionComment: 'Daftar periksa belum lengkap' },
      'id',
      'Pengajuan perpindahan tahap KWT Melati Anda ditolak oleh Sri Supervisor: "Daftar periksa belum lengkap"',
    ],
    [
      'rejected without a reason',
      'approvalDecided',
      { ...request, status: 'rejected', decisionComment: null },
      'en',
      'Your request to move KWT Melati was rejected by Sri Supervisor.',
    ],
    [
      'rejected without a reason',
      'approvalDecided',
      { ...request, status: 'rejected', decisionComment: null },
      'id',
      'Pengajuan perpindahan tahap KWT Melati Anda ditolak oleh Sri Supervisor.',
    ],
    [
      'expired',
      'approvalDecided',
      { ...request, status: 'expired', decidedByName: null },
      'en',
      'Your request to move KWT Melati expired without a decision.',
    ],
    [
      'expired',
      'approvalDecided',
      { ...request, status: 'expired', decidedByName: null },
      'id',
      'Pengajuan perpindahan tahap KWT Melati Anda kedaluwarsa tanpa keputusan.',
    ],
    [
      'evaluation due',
      'evaluationDue',
      visit,
      'en',
      'An evaluation of KWT Melati is due on 10 March 2031.',
    ],
    [
      'evaluation due',
      'evaluationDue',
      visit,
      'id',
      'Evaluasi untuk KWT Melati jatuh tempo pada 10 Maret 2031.',
    ],
    [
      'case stalled',
      'caseStalled',
      { caseId: 'c1', groupName: 'KWT Melati' },
      'en',
      'KWT Melati has stayed in its stage longer than expected.',
    ],
    [
      'case stalled',
      'caseStalled',
      { caseId: 'c1', groupName: 'KWT Melati' },
      'id',
      'KWT Melati sudah berada di tahapnya lebih lama dari yang diperkirakan.',
    ],
    [
      'a payload without names',
      'approvalWaiting',
      {},
      'en',
      'someone asks to move a community to another stage and waits for your approval.',
    ],
    [
      'a payload without names',
      'visitDue',
      {},
      'id',
      'Kunjungan pendampingan ke sebuah komunitas dijadwalkan pada tanggal yang ditentukan.',
    ],
  ])('%s (%s) in %s', (_name, kind, payload, locale, expected) => {
    expect(notificationLine(kind, payload, locale)).toBe(expected);
  });
});

describe('calendarDayText', () => {
  it.each<[string, UserLocale, string]>([
    ['2031-01-05', 'en', '5 January 2031'],
    ['2031-08-17', 'id', '17 Agustus 2031'],
    ['not a day', 'en', 'not a day'],
  ])('%s in %s is %s', (day, locale, expected) => {
    expect(calendarDayText(day, locale)).toBe(expected);
  });
});

describe('digestTexts', () => {
  it.each<[UserLocale, number, string]>([
    ['en', 1, 'Berdaya: 1 new notification'],
    ['en', 3, 'Berdaya: 3 new notifications'],
    ['id', 1, 'Berdaya: 1 pemberitahuan baru'],
    ['id', 3, 'Berdaya: 3 pemberitahuan baru'],
  ])('the subject in %s for %i', (locale, count, subject) => {
    expect(digestTexts(locale, count, 'Sri').subject).toBe(subject);
  });
});

describe('renderDigest', () => {
  it('lists each notification on a line of its own, in the recipient’s language', () => {
    const mail = renderDigest(
      { email: 'sri@example.org', fullName: 'Sri Supervisor', locale: 'id' },
      [
        { kind: 'visitDue', payload: visit },
        { kind: 'caseStalled', payload: { groupName: 'Kelompok Tani Makmur' } },
      ],
    );

    expect(mail).toEqual({
      to: 'sri@example.org',
      subject: 'Berdaya: 2 pemberitahuan baru',
      text: [
        'Yth. Sri Supervisor,',
        '',
        'Berikut pemberitahuan untuk Anda sejak ringkasan sebelumnya:',
        '',
        '- Kunjungan pendampingan ke KWT Melati dijadwalkan pada 10 Maret 2031.',
        '- Kelompok Tani Makmur sudah berada di tahapnya lebih lama dari yang diperkirakan.',
        '',
        'Rinciannya dapat Anda lihat di Berdaya.',
        '',
      ].join('\n'),
    });
  });
});

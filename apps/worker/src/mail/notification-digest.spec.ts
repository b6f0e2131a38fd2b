import { loadConfig } from '@berdaya/config';
import { type UserLocale } from '@berdaya/db';
import { newUser, useMigratedDatabase } from '@berdaya/db/testing';
import { JOB_SCHEDULES, queueOf } from '@berdaya/jobs';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { upsertJobSchedulers } from '../job-runner/job-schedulers';
import { finishedJob, SettableClock, SpecJobWorkers } from '../testing/job-runner.fixture';
import { RecordingLogger, SpecQueues, uniquePrefix } from '../testing/outbox-relay.fixture';
import { notificationKey, NotificationWriter } from '../notifications/notification-writer';
import { DigestRepository } from './digest.repository';
import { LoggingMailer, mailerFor, SmtpMailer } from './mailer';
import { NotificationDigestHandler } from './notification-digest.handler';

const { redisUrl } = loadConfig(process.env);

interface ReceivedMail {
  to: string[];
  subject: string;
  body: string;
}

/** A real SMTP server on a free port that keeps what it receives, or refuses every recipient. */
class SpecSmtpServer {
  readonly received: ReceivedMail[] = [];
  refusing = false;
  private readonly server: SMTPServer;

  constructor() {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo: (_address, _session, callback) => {
        if (this.refusing) {
          const refusal = Object.assign(new Error('mailbox unavailable'), { responseCode: 550 });
          callback(refusal);
          return;
        }
        callback();
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          this.received.push({
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            ...parseMessage(Buffer.concat(chunks).toString('utf8')),
          });
          callback();
        });
      },
    });
  }

  async listen(): Promise<number> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return (this.server.server.address() as AddressInfo).port;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

// Enough of RFC 5322 and quoted-printable for the plain-text mails nodemailer builds here.
function parseMessage(raw: string): { subject: string; body: string } {
  const split = raw.indexOf('\r\n\r\n');
  const headers = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const subject = /^Subject: (.*)$/m.exec(headers)?.[1] ?? '';
  const body = raw
    .slice(split + 4)
    .replace(/=\r\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return { subject, body: body.replace(/\r\n/g, '\n') };
}

/** The digest's lines, one per notification, sorted. */
function linesOf(mail: ReceivedMail | undefined): string[] {
  return (mail?.body ?? '')
    .split('\n')
    .filter((line) => line.startsWith('- '))
    .sort();
}

describe('the daily notification digest', () => {
  const db = useMigratedDatabase();
  const clock = new SettableClock();
  const smtp = new SpecSmtpServer();
  const prefix = uniquePrefix();
  let queues: SpecQueues;
  let workers: SpecJobWorkers;
  let jobs = 0;
  let smtpUrl: string;

  async function run(options: { attempts?: number } = {}) {
    jobs += 1;
    const jobId = `digest-${jobs}`;
    const queue = queues.queue('notifications');
    await queue.add('notifications.digest', {}, { jobId, ...options });
    return finishedJob(queue, jobId);
  }

  /** A user with `count` notifications not yet e-mailed, of several kinds. */
  async function userWithNotifications(locale: UserLocale, count: number, fullName = 'Sri') {
    const user = await newUser(db.dataSource, { locale, fullName });
    const kinds = ['visitDue', 'visitOverdue', 'caseStalled'] as const;
    await new NotificationWriter(db.dataSource).write(
      Array.from({ length: count }, (_, i) => ({
        userId: user.id,
        kind: kinds[i % kinds.length],
        caseId: null,
        payload: { groupName: `KWT Melati ${i + 1}`, dueOn: '2031-03-10' },
        idempotencyKey: notificationKey(kinds[i % kinds.length], `spec-${i}`, user.id),
      })),
    );
    return user;
  }

  async function unmailedOf(userId: string): Promise<number> {
    const [row] = await db.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM notifications WHERE user_id = $1 AND emailed_at IS NULL`,
      [userId],
    );
    return row.count;
  }

  async function digestRows() {
    return db.dataSource.query<{ userId: string; day: string; notificationCount: number }[]>(
      `SELECT user_id AS "userId", to_char(day, 'YYYY-MM-DD') AS day,
              notification_count AS "notificationCount"
         FROM email_digests ORDER BY user_id`,
    );
  }

  beforeAll(async () => {
    smtpUrl = `smtp://127.0.0.1:${await smtp.listen()}`;
    const mailer = new SmtpMailer(smtpUrl, 'Berdaya <no-reply@berdaya.local>');
    queues = await SpecQueues.open(redisUrl, prefix);
    workers = await SpecJobWorkers.start(db.dataSource, redisUrl, prefix, clock, mailer);
  });

  afterEach(async () => {
    smtp.received.splice(0);
    smtp.refusing = false;
    clock.set(undefined);
    await db.dataSource.query('DELETE FROM email_digests');
    await db.dataSource.query('DELETE FROM notifications');
  });

  afterAll(async () => {
    await workers?.close();
    await queues?.close({ clean: true });
    await smtp.close();
  });

  it('mails each user one digest of their notifications, in their language, once a day', async () => {
    const english = await userWithNotifications('en', 3, 'Sri Supervisor');
    const indonesian = await userWithNotifications('id', 3, 'Budi Pendamping');
    // 08:00 in Jakarta.
    clock.set('2031-03-10T01:00:00Z');

    const job = await run();

    expect(job.returnvalue).toEqual({ outcome: 'done', day: '2031-03-10', users: 2, sent: 2 });
    expect(smtp.received).toHaveLength(2);
    const mailTo = (email: string) => smtp.received.find((mail) => mail.to[0] === email);
    const toEnglish = mailTo(english.email);
    expect(toEnglish?.subject).toBe('Berdaya: 3 new notifications');
    expect(toEnglish?.body).toContain('Dear Sri Supervisor,');
    // Written in one statement, the three share their created_at: their order is not the point.
    expect(linesOf(toEnglish)).toEqual(
      [
        '- A monitoring visit to KWT Melati 1 is due on 10 March 2031.',
        '- The visit to KWT Melati 2 due on 10 March 2031 is overdue.',
        '- KWT Melati 3 has stayed in its stage longer than expected.',
      ].sort(),
    );
    const toIndonesian = mailTo(indonesian.email);
    expect(toIndonesian?.subject).toBe('Berdaya: 3 pemberitahuan baru');
    expect(linesOf(toIndonesian)).toEqual(
      [
        '- Kunjungan pendampingan ke KWT Melati 1 dijadwalkan pada 10 Maret 2031.',
        '- Kunjungan pendampingan ke KWT Melati 2 yang dijadwalkan pada 10 Maret 2031 sudah terlambat.',
        '- KWT Melati 3 sudah berada di tahapnya lebih lama dari yang diperkirakan.',
      ].sort(),
    );
    expect(await unmailedOf(english.id)).toBe(0);
    expect(await unmailedOf(indonesian.id)).toBe(0);
    expect(await digestRows()).toEqual(
      [english, indonesian]
        .map((user) => ({ userId: user.id, day: '2031-03-10', notificationCount: 3 }))
        .sort((a, b) => a.userId.localeCompare(b.userId)),
    );

    // Later the same day, with something new: it waits for tomorrow's digest.
    await new NotificationWriter(db.dataSource).write([
      {
        userId: english.id,
        kind: 'evaluationDue',
        caseId: null,
        payload: { groupName: 'KWT Melati', dueOn: '2031-03-20' },
        idempotencyKey: `evaluationDue:later:${english.id}`,
      },
    ]);
    clock.set('2031-03-10T09:00:00Z');

    const again = await run();

    expect(again.returnvalue).toEqual({ outcome: 'done', day: '2031-03-10', users: 0, sent: 0 });
    expect(smtp.received).toHaveLength(2);
    expect(await unmailedOf(english.id)).toBe(1);
  });

  it('sends nothing before 07:00 in Jakarta', async () => {
    const user = await userWithNotifications('id', 1);
    // 06:30 on 11 March in Jakarta.
    clock.set('2031-03-10T23:30:00Z');

    const job = await run();

    expect(job.returnvalue).toEqual({
      outcome: 'skipped',
      reason: 'digests go out from 07:00 local time',
    });
    expect(smtp.received).toEqual([]);
    expect(await unmailedOf(user.id)).toBe(1);
  });

  it('leaves everything unsent when the server refuses, for the retry', async () => {
    const user = await userWithNotifications('en', 2);
    smtp.refusing = true;
    clock.set('2031-04-01T02:00:00Z');

    const job = await run({ attempts: 1 });

    expect(job.state).toBe('failed');
    expect(job.failedReason).toMatch(/1 of 1 digests failed/);
    expect(await unmailedOf(user.id)).toBe(2);
    expect(await digestRows()).toEqual([]);

    smtp.refusing = false;
    const retry = await run();

    expect(retry.returnvalue).toMatchObject({ outcome: 'done', sent: 1 });
    expect(smtp.received.map((mail) => mail.to)).toEqual([[user.email]]);
  });

  it('sends one digest per user when two workers run it at once', async () => {
    const second = await SpecJobWorkers.start(
      db.dataSource,
      redisUrl,
      prefix,
      clock,
      new SmtpMailer(smtpUrl, 'Berdaya <no-reply@berdaya.local>'),
    );
    try {
      const users = await Promise.all(
        Array.from({ length: 6 }, () => userWithNotifications('id', 2)),
      );
      clock.set('2031-05-01T03:00:00Z');

      const runs = await Promise.all([run(), run(), run()]);

      expect(runs.map((r) => r.state)).toEqual(['completed', 'completed', 'completed']);
      const sent = runs.map((r) => (r.returnvalue as { sent?: number }).sent ?? 0);
      expect(sent.reduce((a, b) => a + b, 0)).toBe(6);
      expect(smtp.received.map((mail) => mail.to[0]).sort()).toEqual(
        users.map((user) => user.email).sort(),
      );
      expect(await digestRows()).toHaveLength(6);
    } finally {
      await second.close();
    }
  });

  it('logs the e-mail instead when SMTP_URL is unset, and counts it as sent', async () => {
    expect(mailerFor({ smtpUrl: undefined, mailFrom: 'x' })).toBeInstanceOf(LoggingMailer);
    const user = await userWithNotifications('en', 1);
    const logger = new RecordingLogger();
    clock.set('2031-06-01T00:00:00Z');
    const handler = new NotificationDigestHandler(
      db.dataSource,
      new DigestRepository(db.dataSource),
      new LoggingMailer(logger),
      clock,
    );

    const outcome = await handler.handle();

    expect(outcome).toEqual({ outcome: 'done', day: '2031-06-01', users: 1, sent: 1 });
    expect(logger.lines).toEqual([
      {
        level: 'log',
        message: `E-mail not sent (SMTP_URL unset) to ${user.email}: Berdaya: 1 new notification`,
      },
    ]);
    expect(smtp.received).toEqual([]);
    expect(await unmailedOf(user.id)).toBe(0);
    expect(await digestRows()).toHaveLength(1);
  });

  it('schedules the digest hourly under one id however many workers upsert it', async () => {
    const { connection } = queues;

    await Promise.all([
      upsertJobSchedulers(connection, prefix),
      upsertJobSchedulers(connection, prefix),
    ]);

    const schedulers = await queues.queue('notifications').getJobSchedulers();
    expect(schedulers.map((s) => [s.key, s.name, s.pattern])).toEqual(
      JOB_SCHEDULES.filter((s) => queueOf(s.name) === 'notifications').map((s) => [
        s.id,
        s.name,
        s.pattern,
      ]),
    );
  });
});

import { calendarDayIn, localTimeToInstant } from '@berdaya/empowerment';
import type { JobOutcome } from '@berdaya/jobs';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../clock/clock';
import type { JobHandler } from '../job-runner/job-handler';
import { renderDigest } from './digest-mail';
import { DigestRepository, type DigestUser } from './digest.repository';
import { Mailer } from './mailer';

/** The zone whose calendar days the digests follow, and the earliest local time one is sent. */
export const DIGEST_TIME_ZONE = 'Asia/Jakarta';
export const DIGEST_LOCAL_TIME = '07:00';

/**
 * Hourly (a BullMQ job scheduler): e-mails each active user their notifications not yet e-mailed,
 * as one digest, at most once per local day, from the first run at or after 07:00 in Jakarta.
 */
@Injectable()
export class NotificationDigestHandler implements JobHandler<'notifications.digest'> {
  readonly name = 'notifications.digest';
  private readonly logger = new Logger('NotificationDigest');

  constructor(
    private readonly dataSource: DataSource,
    private readonly digests: DigestRepository,
    private readonly mailer: Mailer,
    private readonly clock: Clock,
  ) {}

  async handle(): Promise<JobOutcome> {
    const now = this.clock.now();
    const day = calendarDayIn(DIGEST_TIME_ZONE, now);
    if (now < localTimeToInstant(day, DIGEST_LOCAL_TIME, DIGEST_TIME_ZONE)) {
      return { outcome: 'skipped', reason: `digests go out from ${DIGEST_LOCAL_TIME} local time` };
    }
    const users = await this.digests.findUsersAwaitingDigest(now, day);
    let sent = 0;
    const failures: string[] = [];
    // One user at a time, each in a transaction of its own: a failing send leaves the others sent.
    for (const user of users) {
      try {
        if (await this.sendDigest(user, day, now)) sent += 1;
      } catch (error) {
        failures.push(`${user.id}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    if (failures.length > 0) {
      // The job is retried; users mailed already have their digest row and are skipped then.
      throw new Error(
        `${failures.length} of ${users.length} digests failed (${failures.join('; ')})`,
      );
    }
    return { outcome: 'done', day, users: users.length, sent };
  }

  /**
   * Claims, records, sends and marks in one transaction, committed only after the server accepted
   * the mail: a failed send rolls everything back for the retry. The digest row is inserted before
   * the send, so a concurrent run for the same user and day waits on it and then skips. A crash
   * between the server's acceptance and the commit could still mail twice; that is the window
   * at-least-once delivery leaves.
   */
  private sendDigest(user: DigestUser, day: string, now: Date): Promise<boolean> {
    return this.dataSource.transaction(async (tx) => {
      const claimed = await this.digests.claimUnmailed(tx, user.id, now);
      if (claimed.length === 0) return false;
      const recorded = await this.digests.recordDigest(tx, {
        userId: user.id,
        day,
        sentAt: now,
        notificationCount: claimed.length,
      });
      if (!recorded) return false;
      await this.digests.markEmailed(
        tx,
        claimed.map((n) => n.id),
        now,
      );
      await this.mailer.send(renderDigest(user, claimed));
      this.logger.debug(`Digest of ${claimed.length} sent to user ${user.id} for ${day}`);
      return true;
    });
  }
}

import type { NotificationKind, UserLocale } from '@berdaya/db';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

export interface DigestUser {
  id: string;
  email: string;
  fullName: string;
  locale: UserLocale;
}

export interface ClaimedNotification {
  id: string;
  kind: NotificationKind;
  payload: Record<string, unknown>;
}

/** The queries of the daily e-mail digest. */
@Injectable()
export class DigestRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Active users with notifications not yet e-mailed, created up to `cutoff`, and no digest on
   * `day` yet.
   */
  findUsersAwaitingDigest(cutoff: Date, day: string): Promise<DigestUser[]> {
    return this.dataSource.query<DigestUser[]>(
      `SELECT u.id, u.email, u.full_name AS "fullName", u.locale
         FROM users u
        WHERE u.active
          AND EXISTS (SELECT 1 FROM notifications n
                       WHERE n.user_id = u.id AND n.emailed_at IS NULL AND n.created_at <= $1)
          AND NOT EXISTS (SELECT 1 FROM email_digests d WHERE d.user_id = u.id AND d.day = $2)
        ORDER BY u.id`,
      [cutoff, day],
    );
  }

  /**
   * Locks the user's notifications not yet e-mailed, oldest first. SKIP LOCKED: rows another
   * worker is mailing right now are not waited for; that worker's digest row then stops this one.
   */
  claimUnmailed(tx: EntityManager, userId: string, cutoff: Date): Promise<ClaimedNotification[]> {
    return tx.query<ClaimedNotification[]>(
      `SELECT id, kind, payload FROM notifications
        WHERE user_id = $1 AND emailed_at IS NULL AND created_at <= $2
        ORDER BY created_at, id
        FOR UPDATE SKIP LOCKED`,
      [userId, cutoff],
    );
  }

  /**
   * Records the user's digest of `day`; false when there is one already. A concurrent insert of
   * the same (user, day) waits for the other transaction and then finds the conflict.
   */
  async recordDigest(
    tx: EntityManager,
    digest: { userId: string; day: string; sentAt: Date; notificationCount: number },
  ): Promise<boolean> {
    const rows = await tx.query<unknown[]>(
      `INSERT INTO email_digests (user_id, day, sent_at, notification_count)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id, day) DO NOTHING
       RETURNING id`,
      [digest.userId, digest.day, digest.sentAt, digest.notificationCount],
    );
    return rows.length === 1;
  }

  async markEmailed(tx: EntityManager, ids: readonly string[], at: Date): Promise<void> {
    await tx.query(`UPDATE notifications SET emailed_at = $2 WHERE id = ANY($1::uuid[])`, [
      ids,
      at,
    ]);
  }
}

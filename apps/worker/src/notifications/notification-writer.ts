import { preparedQuery, type NotificationKind } from '@berdaya/db';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

export interface NewNotification {
  userId: string;
  kind: NotificationKind;
  caseId: string | null;
  payload: Record<string, unknown>;
  /** Unique per notification meant: a job that runs again writes nothing new. See notificationKey. */
  idempotencyKey: string;
}

/**
 * What a key says a notification is: its kind, or for the approval ladder's repeated
 * `approvalWaiting` notices, which rung of the ladder (each told once per recipient).
 */
export type NotificationKeyKind = NotificationKind | 'approvalReminder' | 'approvalEscalated';

/** `<kind>:<what it is about>:<user>`: one notification of a kind per subject and recipient. */
export function notificationKey(
  kind: NotificationKeyKind,
  subjectId: string,
  userId: string,
): string {
  return `${kind}:${subjectId}:${userId}`;
}

const INSERT_NOTIFICATIONS = `INSERT INTO notifications (user_id, kind, case_id, payload, idempotency_key)
  SELECT n.user_id, n.kind, n.case_id, n.payload, n.idempotency_key
    FROM jsonb_to_recordset($1::jsonb)
      AS n(user_id uuid, kind text, case_id uuid, payload jsonb, idempotency_key text)
  ON CONFLICT (idempotency_key) DO NOTHING
  RETURNING id`;

/** Writes in-app notifications, each at most once. */
@Injectable()
export class NotificationWriter {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Inserts those whose idempotency key is new, in one statement; returns how many it wrote. Pass
   * `manager` to write inside a transaction of the caller's.
   */
  async write(notifications: readonly NewNotification[], manager?: EntityManager): Promise<number> {
    if (notifications.length === 0) return 0;
    const values = [
      JSON.stringify(
        notifications.map((n) => ({
          user_id: n.userId,
          kind: n.kind,
          case_id: n.caseId,
          payload: n.payload,
          idempotency_key: n.idempotencyKey,
        })),
      ),
    ];
    // Outside a caller's transaction, prepared: most jobs write one notification this way, and
    // planning the statement cost PostgreSQL more than running it.
    const rows = manager
      ? await manager.query<{ id: string }[]>(INSERT_NOTIFICATIONS, values)
      : await preparedQuery<{ id: string }>(
          this.dataSource,
          'berdaya.notifications.insert',
          INSERT_NOTIFICATIONS,
          values,
        );
    return rows.length;
  }
}

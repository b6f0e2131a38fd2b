import { QUEUES, readOutboxBacklog, type OutboxBacklog } from '@berdaya/jobs';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { OutboxRow } from './outbox-job';

/** The queries of the outbox relay. Both go through the partial index on unrelayed rows. */
@Injectable()
export class OutboxRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Locks up to `limit` unrelayed rows, oldest first, for the caller's transaction. SKIP LOCKED
   * lets relays in other processes claim the next rows instead of waiting, so each row is moved by
   * one relay. Only queues this build knows are claimed: a row written by a newer release for a
   * queue added since waits for a relay that has it (and shows in the backlog) instead of failing
   * every batch it lands in.
   */
  claimUnrelayed(manager: EntityManager, limit: number): Promise<OutboxRow[]> {
    return manager.query<OutboxRow[]>(
      `SELECT id, queue, job_name AS "jobName", payload, available_at AS "availableAt"
         FROM outbox
        WHERE relayed_at IS NULL AND queue = ANY($2::text[])
        ORDER BY id
        LIMIT $1
          FOR UPDATE SKIP LOCKED`,
      [limit, QUEUES],
    );
  }

  async markRelayed(manager: EntityManager, ids: readonly string[]): Promise<void> {
    await manager.query(`UPDATE outbox SET relayed_at = now() WHERE id = ANY($1::bigint[])`, [ids]);
  }

  outboxBacklog(): Promise<OutboxBacklog> {
    return readOutboxBacklog(this.dataSource);
  }
}

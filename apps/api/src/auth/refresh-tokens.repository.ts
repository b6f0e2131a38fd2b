import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

export interface NewRefreshToken {
  userId: string;
  tokenHash: string;
  familyId: string;
  createdIp: string;
  lifetimeDays: number;
}

/** A stored token as rotation sees it: every judgement by the database's clock. */
export interface RefreshTokenState {
  id: string;
  userId: string;
  familyId: string;
  revoked: boolean;
  expired: boolean;
  userActive: boolean;
}

@Injectable()
export class RefreshTokensRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Inserts the token, expiring `lifetimeDays` from now by the database's clock; answers its id. */
  async insert(
    token: NewRefreshToken,
    tx: EntityManager = this.dataSource.manager,
  ): Promise<string> {
    const [row] = await tx.query<{ id: string }[]>(
      `INSERT INTO refresh_tokens (user_id, token_hash, family_id, created_ip, expires_at)
       VALUES ($1, $2, $3, $4, now() + make_interval(days => $5))
       RETURNING id`,
      [token.userId, token.tokenHash, token.familyId, token.createdIp, token.lifetimeDays],
    );
    if (!row) throw new Error('INSERT … RETURNING answered no row');
    return row.id;
  }

  /** The token with this hash, locked until the transaction ends, so one use wins a race. */
  async findStateForUpdate(
    tx: EntityManager,
    tokenHash: string,
  ): Promise<RefreshTokenState | undefined> {
    const [row] = await tx.query<RefreshTokenState[]>(
      `SELECT t.id, t.user_id AS "userId", t.family_id AS "familyId",
              t.revoked_at IS NOT NULL AS revoked, t.expires_at <= now() AS expired,
              u.active AS "userActive"
         FROM refresh_tokens t JOIN users u ON u.id = t.user_id
        WHERE t.token_hash = $1
          FOR UPDATE OF t`,
      [tokenHash],
    );
    return row;
  }

  async markReplaced(tx: EntityManager, id: string, replacedById: string): Promise<void> {
    await tx.query(
      'UPDATE refresh_tokens SET revoked_at = now(), replaced_by_id = $2 WHERE id = $1',
      [id, replacedById],
    );
  }

  async revokeFamily(tx: EntityManager, familyId: string): Promise<void> {
    await tx.query(
      'UPDATE refresh_tokens SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL',
      [familyId],
    );
  }

  async revokeByHash(tokenHash: string): Promise<void> {
    await this.dataSource.query(
      'UPDATE refresh_tokens SET revoked_at = now() WHERE token_hash = $1 AND revoked_at IS NULL',
      [tokenHash],
    );
  }
}

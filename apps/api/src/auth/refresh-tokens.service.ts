import { HttpStatus, Injectable, Logger } from '@nestjs/common';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ApiException } from '../common/errors/api.exception';
import { RefreshTokensRepository } from './refresh-tokens.repository';

/** How long a refresh token stays usable; each use replaces it with a new one for as long again. */
const LIFETIME_DAYS = 30;

const REFUSED = 'The refresh token is not valid any more; sign in again';

// A token carries 256 random bits, so its SHA-256 cannot be reversed by guessing: a slow hash
// would only make every refresh cost more.
function hashOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Refresh tokens: opaque, stored only as hashes, rotated on every use. The tokens issued from one
 * sign-in form a family; a token presented after it was rotated (or revoked) means two parties
 * hold the chain, so the whole family is revoked and both have to sign in again.
 */
@Injectable()
export class RefreshTokensService {
  private readonly logger = new Logger('RefreshTokens');

  constructor(
    private readonly tokens: RefreshTokensRepository,
    private readonly dataSource: DataSource,
  ) {}

  /** A new token, beginning a new family: one per sign-in. */
  async issue(userId: string, ip: string): Promise<string> {
    const token = newToken();
    await this.tokens.insert({
      userId,
      tokenHash: hashOf(token),
      familyId: randomUUID(),
      createdIp: ip,
      lifetimeDays: LIFETIME_DAYS,
    });
    return token;
  }

  /**
   * Replaces a valid token with a new one of its family, answering the user it belongs to and the
   * new token. Refuses (401) an unknown or expired token and one of an inactive user.
   */
  async rotate(token: string, ip: string): Promise<{ userId: string; refreshToken: string }> {
    const next = newToken();
    const userId = await this.dataSource.transaction(async (tx) => {
      const current = await this.tokens.findStateForUpdate(tx, hashOf(token));
      if (!current) return undefined;
      if (current.revoked) {
        // Returned, not thrown: the revocation has to commit.
        await this.tokens.revokeFamily(tx, current.familyId);
        this.logger.warn(
          `A used refresh token of user ${current.userId} was presented again; revoked its family ${current.familyId}`,
        );
        return undefined;
      }
      if (current.expired || !current.userActive) return undefined;
      const nextId = await this.tokens.insert(
        {
          userId: current.userId,
          tokenHash: hashOf(next),
          familyId: current.familyId,
          createdIp: ip,
          lifetimeDays: LIFETIME_DAYS,
        },
        tx,
      );
      await this.tokens.markReplaced(tx, current.id, nextId);
      return current.userId;
    });
    if (userId === undefined) {
      throw new ApiException(HttpStatus.UNAUTHORIZED, {
        code: 'REFRESH_REFUSED',
        message: REFUSED,
      });
    }
    return { userId, refreshToken: next };
  }

  /** Revokes the token if it is valid; an unknown or revoked one is left as it is. */
  revoke(token: string): Promise<void> {
    return this.tokens.revokeByHash(hashOf(token));
  }
}

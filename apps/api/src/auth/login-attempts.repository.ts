import { LoginAttemptEntity } from '@berdaya/db';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { LoginRefusal } from './login-refusal';

export interface LoginAttempt {
  email: string;
  ip: string;
  succeeded: boolean;
  /** Null for a success. */
  reason: LoginRefusal | null;
}

/** A lockout window: at most `limit` failures within the last `windowSeconds`. */
export interface FailureWindow {
  limit: number;
  windowSeconds: number;
}

// Refused before the password was checked, so they say nothing about it and do not count.
const UNCHECKED: LoginRefusal = 'throttled';

@Injectable()
export class LoginAttemptsRepository {
  constructor(
    @InjectRepository(LoginAttemptEntity) private readonly rows: Repository<LoginAttemptEntity>,
  ) {}

  async record(attempt: LoginAttempt): Promise<void> {
    await this.rows.insert(attempt);
  }

  /**
   * Seconds until the e-mail has fewer than `limit` checked failures in the window, counting only
   * those since its last success; undefined when it has fewer already. By the database's clock,
   * so every replica agrees.
   */
  findEmailLockoutSeconds(email: string, window: FailureWindow): Promise<number | undefined> {
    return this.lockoutSeconds(
      `email = $1 AND attempted_at > COALESCE(
         (SELECT max(attempted_at) FROM login_attempts WHERE email = $1 AND succeeded),
         '-infinity')`,
      email,
      window,
    );
  }

  /** Seconds until the address has fewer than `limit` checked failures in the window, if it has not. */
  findIpLockoutSeconds(ip: string, window: FailureWindow): Promise<number | undefined> {
    return this.lockoutSeconds('ip = $1', ip, window);
  }

  // The limit-th most recent failure is the one whose leaving the window lifts the lockout.
  private async lockoutSeconds(
    condition: string,
    value: string,
    { limit, windowSeconds }: FailureWindow,
  ): Promise<number | undefined> {
    const [row] = await this.rows.query<{ seconds: number }[]>(
      `SELECT ceil(extract(epoch FROM attempted_at + make_interval(secs => $2) - now()))::int
                AS seconds
         FROM login_attempts
        WHERE ${condition}
          AND NOT succeeded AND reason IS DISTINCT FROM $4
          AND attempted_at > now() - make_interval(secs => $2)
        ORDER BY attempted_at DESC
        OFFSET $3 LIMIT 1`,
      [value, windowSeconds, limit - 1, UNCHECKED],
    );
    return row && Math.max(1, row.seconds);
  }
}

import { Injectable } from '@nestjs/common';
import { RetryLaterException } from '../common/errors/retry-later.exception';
import { type FailureWindow, LoginAttemptsRepository } from './login-attempts.repository';

const WINDOW_SECONDS = 15 * 60;

/**
 * Five failures lock an account, so guessing one password is hopeless; twenty lock an address,
 * so one machine cannot try a few passwords on every account. Both for fifteen minutes after the
 * failure that tripped them; an account's count starts again after a successful sign-in.
 */
export const LOGIN_THROTTLE: Readonly<Record<'perAccount' | 'perAddress', FailureWindow>> = {
  perAccount: { limit: 5, windowSeconds: WINDOW_SECONDS },
  perAddress: { limit: 20, windowSeconds: WINDOW_SECONDS },
};

/**
 * Refuses a sign-in while its e-mail or address has failed too often. The counts come from
 * login_attempts in PostgreSQL, so every replica applies the same limit. Attempts racing past the
 * check together can each still fail once: the limit is exact to within the api's concurrency.
 */
@Injectable()
export class LoginThrottle {
  constructor(private readonly attempts: LoginAttemptsRepository) {}

  /** @throws RetryLaterException (429, Retry-After) while either is locked; the refusal is recorded. */
  async refuseIfLocked(email: string, ip: string): Promise<void> {
    const [account, address] = await Promise.all([
      this.attempts.findEmailLockoutSeconds(email, LOGIN_THROTTLE.perAccount),
      this.attempts.findIpLockoutSeconds(ip, LOGIN_THROTTLE.perAddress),
    ]);
    const seconds = Math.max(account ?? 0, address ?? 0);
    if (seconds === 0) return;
    await this.attempts.record({ email, ip, succeeded: false, reason: 'throttled' });
    const minutes = Math.ceil(seconds / 60);
    throw new RetryLaterException(
      {
        code: 'SIGN_IN_THROTTLED',
        params: { minutes },
        message: `Too many failed sign-ins; try again in ${minutes} minute(s)`,
      },
      seconds,
    );
  }
}

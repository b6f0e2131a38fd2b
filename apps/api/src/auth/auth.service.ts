import { HttpStatus, Injectable } from '@nestjs/common';
import { ApiException } from '../common/errors/api.exception';
import { PasswordHasher } from '../users/password.hasher';
import { UsersRepository } from '../users/users.repository';
import { AccessTokensService } from './access-tokens.service';
import type { SignIn, TokenPair } from './auth-answers.schema';
import type { Credentials } from './auth-bodies.schema';
import { LoginAttemptsRepository } from './login-attempts.repository';
import type { LoginRefusal } from './login-refusal';
import { LoginThrottle } from './login-throttle.service';
import { RefreshTokensService } from './refresh-tokens.service';

// One answer for an unknown e-mail, a wrong password and an inactive user, so that none of them
// tells a stranger which e-mails exist; the recorded attempt keeps the real reason.
const REFUSED = 'The e-mail or the password is wrong';

/** Signing in, and exchanging or giving up the refresh token it yields. */
@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersRepository,
    private readonly passwords: PasswordHasher,
    private readonly throttle: LoginThrottle,
    private readonly attempts: LoginAttemptsRepository,
    private readonly accessTokens: AccessTokensService,
    private readonly refreshTokens: RefreshTokensService,
  ) {}

  async signIn({ email, password }: Credentials, ip: string): Promise<SignIn> {
    await this.throttle.refuseIfLocked(email, ip);
    const user = await this.users.findForSignIn(email);
    // Checked even without a user, so an unknown e-mail takes as long to refuse as a known one.
    const matches = await this.passwords.verify(user?.passwordHash, password);
    const refusal: LoginRefusal | undefined = !user
      ? 'unknown-email'
      : !matches
        ? 'wrong-password'
        : !user.active
          ? 'inactive'
          : undefined;
    await this.attempts.record({ email, ip, succeeded: !refusal, reason: refusal ?? null });
    if (!user || refusal) {
      throw new ApiException(HttpStatus.UNAUTHORIZED, {
        code: 'SIGN_IN_REFUSED',
        message: REFUSED,
      });
    }
    return {
      accessToken: this.accessTokens.sign(user.id),
      refreshToken: await this.refreshTokens.issue(user.id, ip),
      user: {
        id: user.id,
        email: user.email,
        fullName: user.fullName,
        role: user.role,
        locale: user.locale,
      },
    };
  }

  async refresh(refreshToken: string, ip: string): Promise<TokenPair> {
    const rotated = await this.refreshTokens.rotate(refreshToken, ip);
    return {
      accessToken: this.accessTokens.sign(rotated.userId),
      refreshToken: rotated.refreshToken,
    };
  }

  signOut(refreshToken: string): Promise<void> {
    return this.refreshTokens.revoke(refreshToken);
  }
}

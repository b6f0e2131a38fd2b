import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { z } from 'zod';

/** Fifteen minutes: short enough that a stolen access token soon stops working on its own. */
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;

interface AccessClaims {
  sub: string;
}

const userId = z.uuid();

/**
 * Signs and checks access tokens: JWTs (HS256, JWT_SECRET) naming only the user. The user's role,
 * active flag and assignments are read from the database on every request, so a change to any of
 * them, deactivation included, takes effect on the next request rather than at expiry.
 */
@Injectable()
export class AccessTokensService {
  constructor(private readonly jwt: JwtService) {}

  sign(userId: string): string {
    return this.jwt.sign<AccessClaims>({ sub: userId });
  }

  /** The user a token names, or undefined when it is malformed, forged or expired. */
  userIdOf(token: string): string | undefined {
    try {
      const parsed = userId.safeParse(this.jwt.verify<Partial<AccessClaims>>(token).sub);
      return parsed.success ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  }
}

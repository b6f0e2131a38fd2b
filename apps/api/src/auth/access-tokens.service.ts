import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { z } from 'zod';

/** Fifteen minutes: short enough that a stolen access token soon stops working on its own. */
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;

interface AccessClaims {
  sub: string;
}

/** Enough for every token in use at once on one process; beyond it the oldest checks are redone. */
const MAX_VERIFIED = 10_000;

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

  /**
   * Tokens already verified, with when they expire: a client sends the same token with every
   * request for fifteen minutes, and the same string verifies the same way until it expires.
   */
  private readonly verified = new Map<string, { userId: string; expiresAtMs: number }>();

  /** The user a token names, or undefined when it is malformed, forged or expired. */
  userIdOf(token: string): string | undefined {
    const known = this.verified.get(token);
    if (known !== undefined) {
      if (Date.now() < known.expiresAtMs) return known.userId;
      this.verified.delete(token);
      return undefined;
    }
    let claims: Partial<AccessClaims> & { exp?: number };
    try {
      claims = this.jwt.verify<Partial<AccessClaims> & { exp?: number }>(token);
    } catch {
      return undefined;
    }
    const parsed = userId.safeParse(claims.sub);
    if (!parsed.success || claims.exp === undefined) return undefined;
    if (this.verified.size >= MAX_VERIFIED) {
      this.verified.delete(this.verified.keys().next().value as string);
    }
    this.verified.set(token, { userId: parsed.data, expiresAtMs: claims.exp * 1000 });
    return parsed.data;
  }
}

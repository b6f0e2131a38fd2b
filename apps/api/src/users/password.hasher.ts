import { Injectable } from '@nestjs/common';
import { argon2id, hash as argon2Hash, verify as argon2Verify } from 'argon2';
import { randomBytes } from 'node:crypto';

// argon2id at OWASP's first recommended setting (19 MiB, 2 passes, 1 lane): about 40 ms here,
// and cheap on memory when many sign-ins arrive at once. The parameters are stored in each hash,
// so raising them later applies to new passwords without breaking old ones.
const OPTIONS = { type: argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Hashes passwords and checks them, in the same time whether or not there is a hash to check. */
@Injectable()
export class PasswordHasher {
  // Checked against when there is no user, so an unknown e-mail costs as long as a wrong password.
  private standIn: Promise<string> | undefined;

  hash(password: string): Promise<string> {
    return argon2Hash(password, OPTIONS);
  }

  /** Whether `password` matches `hash`; always false, after the same work, without a hash. */
  async verify(stored: string | undefined, password: string): Promise<boolean> {
    this.standIn ??= this.hash(randomBytes(16).toString('hex'));
    const checked = stored ?? (await this.standIn);
    try {
      return (await argon2Verify(checked, password)) && stored !== undefined;
    } catch {
      // A stored value that is not an argon2 hash matches no password.
      return false;
    }
  }
}

import { APP_CONFIG, type AppConfig } from '@berdaya/config';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { PasswordHasher } from './password.hasher';
import { UsersRepository } from './users.repository';

/**
 * On a database without any user, creates the first admin from ADMIN_EMAIL and ADMIN_PASSWORD,
 * so that someone can sign in and create everyone else. Once a user exists it does nothing: the
 * variables never reset a password.
 */
@Injectable()
export class FirstAdminSeeder implements OnModuleInit {
  private readonly logger = new Logger('FirstAdmin');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UsersRepository,
    private readonly passwords: PasswordHasher,
  ) {}

  async onModuleInit(): Promise<void> {
    if (await this.users.existsAny()) return;
    const { adminEmail, adminPassword } = this.config;
    if (adminEmail === undefined || adminPassword === undefined) {
      this.logger.warn(
        'There is no user yet, so nobody can sign in. To create the first admin, set ADMIN_EMAIL ' +
          'and ADMIN_PASSWORD (at least 12 characters) and restart the api.',
      );
      return;
    }
    const created = await this.users.insertIfNoUser({
      email: adminEmail.toLowerCase(),
      passwordHash: await this.passwords.hash(adminPassword),
      fullName: 'Administrator',
      role: 'admin',
      locale: 'id',
      active: true,
    });
    if (created) this.logger.log(`Created the first admin, ${adminEmail.toLowerCase()}`);
  }
}

import { APP_CONFIG, type AppConfig } from '@berdaya/config';
import {
  Inject,
  Injectable,
  Logger,
  type OnModuleDestroy,
  type OnModuleInit,
} from '@nestjs/common';
import { Client } from 'pg';
import type { AuthUser } from './auth-user';

/** Where PostgreSQL announces changes to users, see the NotifyAuthUserChanges migration. */
const CHANNEL = 'auth_users';
/** Every change is announced; this only bounds what a lost announcement could cost. */
const MAX_AGE_MS = 60_000;
const MAX_ENTRIES = 10_000;
const RECONNECT_MAX_MS = 30_000;

/**
 * The users behind recent requests, kept between requests while PostgreSQL tells this process of
 * every change to them (a user's row, assignments or the paths of regions). While that connection
 * is down nothing is kept, and whatever was kept is dropped: the cache saves reads, never misses a
 * change. A change made elsewhere takes effect once its notification arrives, within milliseconds.
 */
@Injectable()
export class AuthUsersCache implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(AuthUsersCache.name);
  private readonly entries = new Map<string, { user: AuthUser | null; at: number }>();
  private listener: Client | undefined;
  /** Bumped by every change: a read begun before one may be stale and is not kept. */
  private generation = 0;
  private failures = 0;
  private retry: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(@Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'databaseUrl'>) {}

  onModuleInit(): Promise<void> {
    return this.listen();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    const listener = this.listener;
    this.listener = undefined;
    await listener?.end().catch(() => undefined);
  }

  /** The user `load` reads, or the one it read recently if nothing about them has changed since. */
  async get(id: string, load: (id: string) => Promise<AuthUser | null>): Promise<AuthUser | null> {
    const now = Date.now();
    const kept = this.entries.get(id);
    if (this.listener && kept && now - kept.at < MAX_AGE_MS) return kept.user;
    const generation = this.generation;
    const user = await load(id);
    if (this.listener && generation === this.generation) this.keep(id, user, now);
    return user;
  }

  /** Drops a user (or, with `*`, everyone) from the cache. */
  forget(id: string): void {
    this.generation += 1;
    if (id === '*') this.entries.clear();
    else this.entries.delete(id);
  }

  private keep(id: string, user: AuthUser | null, at: number): void {
    // Re-inserted last, so the first key is always the least recently read.
    this.entries.delete(id);
    this.entries.set(id, { user, at });
    if (this.entries.size > MAX_ENTRIES) {
      this.entries.delete(this.entries.keys().next().value as string);
    }
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.config.databaseUrl });
    let lost = false;
    const lose = (error?: unknown) => {
      if (lost) return;
      lost = true;
      this.lose(client, error);
    };
    client.on('error', lose);
    client.on('end', () => lose());
    client.on('notification', (message) => this.forget(message.payload ?? '*'));
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
    } catch (error) {
      lose(error);
      return;
    }
    if (lost) return;
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    if (this.failures > 0) this.logger.log('user change notifications are back');
    this.failures = 0;
    this.listener = client;
  }

  private lose(client: Client, error?: unknown): void {
    const wasListening = this.listener === client;
    if (wasListening) this.listener = undefined;
    this.forget('*');
    client.removeAllListeners('notification');
    void client.end().catch(() => undefined);
    if (this.stopped) return;
    if (wasListening || this.failures === 0) {
      const reason = error instanceof Error ? error.message : 'connection closed';
      this.logger.warn(
        `no user change notifications (${reason}): every request reads its user until they are back`,
      );
    }
    const delay = Math.min(RECONNECT_MAX_MS, 500 * 2 ** this.failures);
    this.failures += 1;
    this.retry = setTimeout(() => void this.listen(), delay);
    this.retry.unref();
  }
}

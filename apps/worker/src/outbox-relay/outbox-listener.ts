import type { LoggerService } from '@nestjs/common';
import { Client } from 'pg';
import { type Backoff, retryDelay } from './retry-delay';

/** The channel the outbox trigger notifies (see the NotifyOutboxInserts migration). */
const CHANNEL = 'outbox';

/** Names the LISTEN connection in pg_stat_activity. */
export const LISTENER_APPLICATION_NAME = 'berdaya-outbox-listener';

/**
 * Holds a dedicated PostgreSQL connection in LISTEN on the outbox channel and calls `onNotify` for
 * each notification, and once more after every (re)connect, as whatever was committed while it
 * was not listening went unnotified. A dropped connection is reopened with backoff; meanwhile the
 * relay's poll keeps things moving, so the loss is logged once, as a warning.
 */
export class OutboxListener {
  private client: Client | undefined;
  private connecting: Promise<void> = Promise.resolve();
  private retryTimer: NodeJS.Timeout | undefined;
  private failedAttempts = 0;
  private stopped = false;

  constructor(
    private readonly databaseUrl: string,
    private readonly onNotify: () => void,
    private readonly logger: LoggerService,
    private readonly backoff: Backoff,
  ) {}

  /** Resolves once the first attempt to listen is over, whether it worked or is to be retried. */
  start(): Promise<void> {
    this.connecting = this.listen();
    return this.connecting;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    await this.connecting;
    const client = this.client;
    this.client = undefined;
    await client?.end();
  }

  private async listen(): Promise<void> {
    const client = new Client({
      connectionString: this.databaseUrl,
      application_name: LISTENER_APPLICATION_NAME,
      connectionTimeoutMillis: 5_000,
      // An idle LISTEN connection sends nothing, so only keepalives notice a silent network loss.
      keepAlive: true,
    });
    let lost = false;
    const drop = (error: unknown) => {
      if (lost || this.stopped) return;
      lost = true;
      if (this.client === client) this.client = undefined;
      // A broken client is discarded; ending it only releases its socket.
      client.end().catch(() => undefined);
      this.retryLater(error);
    };
    // pg emits 'error' on a connection that breaks; unheard, it would crash the process.
    client.on('error', drop);
    client.on('end', () => drop(new Error('the connection was closed')));
    client.on('notification', () => this.onNotify());
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
    } catch (error) {
      if (this.stopped) await client.end().catch(() => undefined);
      drop(error);
      return;
    }
    this.client = client;
    if (this.failedAttempts > 0) {
      this.logger.log(`Listening for outbox inserts again`);
      this.failedAttempts = 0;
    }
    this.onNotify();
  }

  private retryLater(error: unknown): void {
    if (this.failedAttempts === 0) {
      const reason = error instanceof Error ? error.message : String(error);
      this.logger.warn(
        `Not listening for outbox inserts (${reason}); polling meanwhile, reconnecting with backoff`,
      );
    }
    this.failedAttempts += 1;
    this.retryTimer = setTimeout(
      () => {
        this.connecting = this.listen();
      },
      retryDelay(this.backoff, this.failedAttempts),
    );
  }
}

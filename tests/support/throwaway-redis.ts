import { type ChildProcess, spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { Redis } from 'ioredis';
import { freePort } from './free-port';

/**
 * A redis-server of the test's own on a free port, keeping nothing on disk, so a test can kill it
 * without touching the machine's Redis.
 */
export class ThrowawayRedis {
  private constructor(
    private readonly server: ChildProcess,
    readonly port: number,
  ) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  static async start(port?: number): Promise<ThrowawayRedis> {
    const chosen = port ?? (await freePort());
    const server = spawn(
      'redis-server',
      [
        '--port',
        String(chosen),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
        '--dir',
        tmpdir(),
      ],
      { stdio: 'ignore' },
    );
    const redis = new ThrowawayRedis(server, chosen);
    await redis.waitUntilAnswering();
    return redis;
  }

  /** Kills this server only (by its own process), as an outage would. */
  async kill(): Promise<void> {
    if (this.server.exitCode !== null || this.server.signalCode !== null) return;
    const exited = new Promise((resolve) => this.server.once('exit', resolve));
    this.server.kill('SIGKILL');
    await exited;
  }

  private async waitUntilAnswering(): Promise<void> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const probe = new Redis(this.url, {
        lazyConnect: true,
        retryStrategy: () => null,
        maxRetriesPerRequest: 0,
      });
      probe.on('error', () => undefined);
      try {
        await probe.connect();
        await probe.ping();
        return;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await new Promise((wait) => setTimeout(wait, 50));
      } finally {
        // An ended connection has nothing to close (and ioredis would arm a timer for it).
        if (probe.status !== 'end') probe.disconnect();
      }
    }
  }
}

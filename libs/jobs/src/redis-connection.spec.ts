import { loadConfig, ServiceUnavailableError } from '@berdaya/config';
import { Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { randomBytes } from 'node:crypto';
import { type AddressInfo, createServer, type Socket } from 'node:net';
import { assertRedisReachable } from './assert-redis-reachable';
import { connectRedis } from './connect-redis';
import { QUEUE_DEFAULTS } from './queue-defaults';
import { createRedisConnection } from './redis-connection';

// The real Redis the environment points at (the local one by default).
const redisUrl = loadConfig(process.env).redisUrl;
// Nothing listens on port 1, so connecting there is refused at once.
const unreachableUrl = 'redis://:hunter2@127.0.0.1:1';

describe('createRedisConnection', () => {
  it.each(['worker', 'client'] as const)(
    'gives a %s connection that answers PING',
    async (role) => {
      const redis = createRedisConnection(redisUrl, {
        role,
        connectionName: `berdaya-spec-${role}`,
      });
      try {
        await connectRedis(redis, redisUrl);
        expect(await redis.ping()).toBe('PONG');
        expect(await redis.client('GETNAME')).toBe(`berdaya-spec-${role}`);
      } finally {
        redis.disconnect();
      }
    },
  );

  it('lets a worker connection wait out an outage, as BullMQ requires', () => {
    const redis = createRedisConnection(redisUrl, { role: 'worker', connectionName: 'spec' });
    expect(redis.options.maxRetriesPerRequest).toBeNull();
  });

  it('makes a client connection fail at once while Redis is away', async () => {
    const redis = createRedisConnection(unreachableUrl, { role: 'client', connectionName: 'spec' });
    await expect(connectRedis(redis, unreachableUrl)).rejects.toBeInstanceOf(
      ServiceUnavailableError,
    );
    await expect(redis.ping()).rejects.toThrow();
  });
});

describe('assertRedisReachable', () => {
  const silent = new Set<Socket>();
  // Accepts connections and never says a word, like a wrong service on the Redis port.
  const silentServer = createServer((socket) => silent.add(socket));

  afterAll(async () => {
    silent.forEach((socket) => socket.destroy());
    await new Promise((resolve) => silentServer.close(resolve));
  });

  it('passes when Redis answers', async () => {
    await expect(assertRedisReachable(redisUrl)).resolves.toBeUndefined();
  });

  it('names Redis, its address and how to start it when nothing listens there', async () => {
    const failure = assertRedisReachable(unreachableUrl);

    await expect(failure).rejects.toBeInstanceOf(ServiceUnavailableError);
    const message = await failure.catch((error: Error) => error.message);
    expect(message).toContain('Redis is not reachable at 127.0.0.1:1 (connect ECONNREFUSED');
    expect(message).toContain('redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379');
    expect(message).toContain('docker compose up -d postgres redis');
    expect(message).not.toContain('hunter2');
  });

  it('gives up after its timeout when the server accepts but never answers', async () => {
    await new Promise<void>((resolve) => silentServer.listen(0, '127.0.0.1', resolve));
    const { port } = silentServer.address() as AddressInfo;
    const started = Date.now();

    await expect(assertRedisReachable(`redis://127.0.0.1:${port}`, 300)).rejects.toThrow(
      `Redis is not reachable at 127.0.0.1:${port}`,
    );
    expect(Date.now() - started).toBeLessThan(1_500);
  });
});

describe('QUEUE_DEFAULTS', () => {
  const queueName = `spec-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
  let producer: Redis;
  let consumer: Redis;
  let queue: Queue;
  let worker: Worker | undefined;

  beforeAll(() => {
    producer = createRedisConnection(redisUrl, { role: 'client', connectionName: 'spec-queue' });
    consumer = createRedisConnection(redisUrl, { role: 'worker', connectionName: 'spec-worker' });
    queue = new Queue(queueName, { ...QUEUE_DEFAULTS, connection: producer });
  });

  afterAll(async () => {
    await worker?.close();
    await queue.obliterate({ force: true });
    await queue.close();
    producer.disconnect();
    consumer.disconnect();
  });

  it('gives every job retries with backoff, under the berdaya prefix', async () => {
    const job = await queue.add('ping', { at: 1 });

    expect(job.opts).toMatchObject({
      attempts: 5,
      backoff: { type: 'exponential', delay: 1_000 },
      removeOnFail: false,
    });
    expect(await producer.exists(`berdaya:${queueName}:${job.id}`)).toBe(1);
  });

  it('lets a worker on a worker connection process the jobs', async () => {
    worker = new Worker(queueName, (job) => Promise.resolve(job.data), {
      prefix: QUEUE_DEFAULTS.prefix,
      connection: consumer,
    });
    const processed = new Promise((resolve) =>
      worker?.once('completed', (job) => resolve(job.data)),
    );

    await expect(processed).resolves.toEqual({ at: 1 });
  });
});

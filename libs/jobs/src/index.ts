export { QUEUE_DEFAULTS } from './queue-defaults';
export { createRedisConnection } from './redis-connection';
export type { RedisConnectionOptions, RedisRole } from './redis-connection';
export { connectRedis } from './connect-redis';
export { assertRedisReachable } from './assert-redis-reachable';
export { RedisModule } from './redis.module';
export { QUEUES, jobIntent, queueOf } from './job-registry';
export type { JobIntent, JobName, JobOutcome, JobPayloads, QueueName } from './job-registry';
export { insertOutboxSql, outboxRows, writeOutbox } from './outbox.writer';

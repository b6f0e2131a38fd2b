export { QUEUE_DEFAULTS } from './queue-defaults';
export { createRedisConnection } from './redis-connection';
export type { RedisConnectionOptions, RedisRole } from './redis-connection';
export { connectRedis } from './connect-redis';
export { assertRedisReachable } from './assert-redis-reachable';
export { RedisModule } from './redis.module';
export { JOB_SCHEDULES, QUEUES, jobIntent, queueOf } from './job-registry';
export type { JobIntent, JobName, JobOutcome, JobPayloads, QueueName } from './job-registry';
export {
  evaluationScheduleChanged,
  evaluationScheduleOf,
  evaluationSchedulerId,
} from './evaluation-schedule';
export type { EvaluationSchedule, ProgramScheduleSettings } from './evaluation-schedule';
export { insertOutboxSql, outboxRows, writeOutbox } from './outbox.writer';
export { readOutboxBacklog } from './outbox-backlog';
export type { OutboxBacklog } from './outbox-backlog';

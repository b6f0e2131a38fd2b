import { loadConfig } from '@berdaya/config';
import { useMigratedDatabase } from '@berdaya/db/testing';
import { QUEUES } from '@berdaya/jobs';
import { finishedJob, SpecJobWorkers } from '../testing/job-runner.fixture';
import { SpecQueues, uniquePrefix } from '../testing/outbox-relay.fixture';

const { redisUrl } = loadConfig(process.env);

describe('the job workers', () => {
  const db = useMigratedDatabase();
  let queues: SpecQueues;
  let workers: SpecJobWorkers;

  beforeAll(async () => {
    const prefix = uniquePrefix();
    queues = await SpecQueues.open(redisUrl, prefix);
    workers = await SpecJobWorkers.start(db.dataSource, redisUrl, prefix);
  });

  afterAll(async () => {
    await workers?.close();
    await queues?.close({ clean: true });
  });

  it('runs one worker per queue', () => {
    expect([...workers.workers.keys()]).toEqual([...QUEUES]);
  });

  it('fails a job of an unknown name at once, keeping it with the reason', async () => {
    await queues.queue('notifications').add('notifications.somethingNew', {}, { jobId: 'u1' });

    const job = await finishedJob(queues.queue('notifications'), 'u1');

    expect(job).toMatchObject({
      state: 'failed',
      attemptsMade: 1,
      failedReason: "no handler for job 'notifications.somethingNew' (queue 'notifications')",
    });
    expect(
      workers.logger.said('warn', 'notifications.somethingNew u1 failed (attempt 1 of 5)'),
    ).toBe(1);
  });
});

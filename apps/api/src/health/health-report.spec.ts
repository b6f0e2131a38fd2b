import { healthReport, type ServiceCheck } from './health-report';

const answers = () => Promise.resolve('PONG');
const fails = (message: string) => () => Promise.reject(new Error(message));
const neverAnswers = () => new Promise<never>(() => undefined);

function checks(postgres: ServiceCheck['ask'], redis: ServiceCheck['ask']) {
  return {
    postgres: { name: 'PostgreSQL', address: 'db.internal:5432', ask: postgres },
    redis: { name: 'Redis', address: 'cache.internal:6379', ask: redis },
  };
}

describe('healthReport', () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it('is ok, with each latency, when both services answer', async () => {
    await expect(healthReport(checks(answers, answers))).resolves.toEqual({
      status: 'ok',
      postgres: { status: 'up', latencyMs: expect.any(Number) as number },
      redis: { status: 'up', latencyMs: expect.any(Number) as number },
    });
  });

  it.each([
    [
      'PostgreSQL',
      checks(fails('connect ECONNREFUSED'), answers),
      'postgres',
      'PostgreSQL at db.internal:5432: connect ECONNREFUSED',
    ],
    [
      'Redis',
      checks(answers, fails('Connection is closed.')),
      'redis',
      'Redis at cache.internal:6379: Connection is closed.',
    ],
  ] as const)('is down, naming %s, when it fails', async (_name, given, service, error) => {
    const report = await healthReport(given);

    expect(report.status).toBe('down');
    expect(report[service]).toEqual({
      status: 'down',
      latencyMs: expect.any(Number) as number,
      error,
    });
  });

  it('gives up on a service that does not answer within two seconds', async () => {
    jest.useFakeTimers();

    const pending = healthReport(checks(answers, neverAnswers));
    await jest.advanceTimersByTimeAsync(2_000);

    await expect(pending).resolves.toMatchObject({
      status: 'down',
      postgres: { status: 'up' },
      redis: { status: 'down', error: 'Redis at cache.internal:6379: no answer within 2000 ms' },
    });
  });
});

import { jobIntent, QUEUES, writeOutbox } from '@berdaya/jobs';
import { startTestApi, type TestApi } from '../testing/test-api';

describe('GET /api/metrics', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(() => api.close());

  const scrape = async () => {
    const response = await api.app.inject({ method: 'GET', url: '/api/metrics' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/plain; version=0.0.4');
    return response.body;
  };
  const valueOf = (body: string, series: string) => {
    const line = body.split('\n').find((l) => l.startsWith(`${series} `));
    return line === undefined ? undefined : Number(line.slice(series.length + 1));
  };

  it('counts answered requests by route pattern, without signing in', async () => {
    await api.app.inject({ method: 'GET', url: '/api/health' });
    await api.app.inject({ method: 'GET', url: '/api/cases' });
    await api.app.inject({ method: 'GET', url: '/api/no-such-route' });

    const body = await scrape();

    const count = (labels: string) =>
      valueOf(body, `berdaya_http_request_duration_seconds_count{${labels}}`);
    expect(count('method="GET",route="/api/health",status="200"')).toBeGreaterThanOrEqual(1);
    expect(count('method="GET",route="/api/cases",status="401"')).toBe(1);
    expect(count('method="GET",route="unmatched",status="404"')).toBe(1);
  });

  it('shows the outbox backlog: how many intents wait and how old the oldest is', async () => {
    await api.dataSource.query(`UPDATE outbox SET relayed_at = now() WHERE relayed_at IS NULL`);
    await api.dataSource.query(
      `INSERT INTO outbox (queue, job_name, payload, created_at)
       VALUES ('notifications', 'notifications.approvalWaiting', '{}', now() - interval '90 seconds')`,
    );
    await api.dataSource.transaction((tx) =>
      writeOutbox(tx, [jobIntent('notifications.approvalDecided', { requestId: 'r1' })]),
    );

    const body = await scrape();

    expect(valueOf(body, 'berdaya_outbox_backlog_rows')).toBe(2);
    expect(valueOf(body, 'berdaya_outbox_backlog_oldest_age_seconds')).toBeGreaterThanOrEqual(90);
  });

  it('reads every queue by state from Redis', async () => {
    const body = await scrape();

    expect(valueOf(body, 'berdaya_queues_reachable')).toBe(1);
    for (const queue of QUEUES) {
      for (const state of ['waiting', 'active', 'delayed', 'failed']) {
        expect(valueOf(body, `berdaya_queue_jobs{queue="${queue}",state="${state}"}`)).toEqual(
          expect.any(Number),
        );
      }
    }
  });
});

import { QUEUES } from '@berdaya/jobs';
import { startTestApi, type TestApi } from '../testing/test-api';

describe('the job queue board at /api/admin/queues', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(() => api.close());

  const openSession = async (role: 'admin' | 'supervisor') => {
    const user = await api.loginAs({ role });
    const response = await user.inject({ method: 'POST', url: '/api/admin/queues-session' });
    return { user, response, cookie: String(response.headers['set-cookie'] ?? '').split(';')[0] };
  };

  it('opens to an admin through a short-lived cookie scoped to the board', async () => {
    const { response, cookie } = await openSession('admin');

    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ url: '/api/admin/queues' });
    expect(response.headers['set-cookie']).toMatch(
      /^berdaya_queue_board=[^;]+; Path=\/api\/admin\/queues; Max-Age=3600; HttpOnly; SameSite=Strict$/,
    );
    const page = await api.app.inject({
      method: 'GET',
      url: '/api/admin/queues',
      headers: { cookie },
    });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    const queues = await api.app.inject({
      method: 'GET',
      url: '/api/admin/queues/api/queues',
      headers: { cookie },
    });
    expect(queues.statusCode).toBe(200);
    const { queues: listed } = queues.json<{ queues: { name: string }[] }>();
    expect(listed.map((q) => q.name).sort()).toEqual([...QUEUES].sort());
  });

  it('refuses anyone without the cookie, a forged one, or an access token instead', async () => {
    const { user } = await openSession('admin');
    for (const headers of [
      {},
      { cookie: 'berdaya_queue_board=not.a.token' },
      { cookie: `berdaya_queue_board=${user.accessToken}` },
      { authorization: `Bearer ${user.accessToken}` },
    ]) {
      const response = await api.app.inject({ method: 'GET', url: '/api/admin/queues', headers });
      expect(response.statusCode).toBe(401);
    }
  });

  it('is for admins only, and closes to one deactivated since', async () => {
    const { response } = await openSession('supervisor');
    expect(response.statusCode).toBe(403);

    const { user, cookie } = await openSession('admin');
    await api.dataSource.query('UPDATE users SET active = false WHERE id = $1', [user.id]);
    const page = await api.app.inject({
      method: 'GET',
      url: '/api/admin/queues',
      headers: { cookie },
    });
    expect(page.statusCode).toBe(401);
  });
});

import { newProgram, newRegion } from '@berdaya/db/testing';
import { type SignedInUser, startTestApi, type TestApi } from '../testing/test-api';

interface UserRecord {
  id: string;
  email: string;
  fullName: string;
  role: string;
  locale: string;
  active: boolean;
  programIds: string[];
  regionIds: string[];
}

const MISSING_ID = '00000000-0000-4000-8000-000000000000';

describe('users: managed by admins, each of them visible to themselves', () => {
  let api: TestApi;
  let admin: SignedInUser;
  let programId: string;
  let regionId: string;

  const create = (payload: object) => admin.inject({ method: 'POST', url: '/api/users', payload });
  const newcomer = (overrides: object = {}) => ({
    email: `pendamping-${Math.random().toString(36).slice(2)}@yayasan.example`,
    password: 'dua-belas-karakter',
    fullName: 'Pendamping Baru',
    role: 'facilitator',
    ...overrides,
  });
  const login = (email: string, password: string) =>
    api.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });

  beforeAll(async () => {
    api = await startTestApi();
    admin = await api.loginAs({ role: 'admin' });
    programId = (await newProgram(api.dataSource)).id;
    regionId = (await newRegion(api.dataSource, '33.74.01')).id;
  });

  afterAll(() => api.close());

  it('creates a user with assignments, never answering the password, and they can sign in', async () => {
    const response = await create({
      email: '  Wulan@Yayasan.example ',
      password: 'dua-belas-karakter',
      fullName: 'Wulan Sari',
      role: 'supervisor',
      programIds: [programId, programId],
      regionIds: [regionId],
    });

    expect(response.statusCode).toBe(201);
    const created = response.json<UserRecord>();
    expect(created).toEqual({
      id: expect.any(String) as string,
      email: 'wulan@yayasan.example',
      fullName: 'Wulan Sari',
      role: 'supervisor',
      locale: 'id',
      active: true,
      programIds: [programId],
      regionIds: [regionId],
    });
    expect(response.body).not.toContain('dua-belas');
    expect((await login('wulan@yayasan.example', 'dua-belas-karakter')).statusCode).toBe(200);
  });

  it('refuses bad fields with a 400 naming each', async () => {
    const response = await create({
      email: 'not-an-email',
      password: 'too-short',
      fullName: ' ',
      role: 'chief',
      programIds: ['x'],
      colour: 'red',
    });

    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'INVALID_FIELDS',
      fields: [
        { field: 'email', code: 'not_email' },
        {
          field: 'password',
          code: 'too_short',
          params: { minimum: 12 },
          message: 'must be at least 12 characters',
        },
        { field: 'fullName', code: 'empty' },
        {
          field: 'role',
          code: 'one_of',
          params: { values: 'admin, programManager, supervisor, facilitator, viewer' },
        },
        { field: 'programIds.0', code: 'not_uuid' },
        { field: 'colour', code: 'unknown_field' },
      ],
    });
  });

  it('refuses an e-mail already taken, whatever its case, with a 409 naming it', async () => {
    await create(newcomer({ email: 'taken@yayasan.example' }));

    const response = await create(newcomer({ email: 'TAKEN@yayasan.example' }));

    expect(response.statusCode).toBe(409);
    expect(response.json()).toEqual({
      statusCode: 409,
      error: 'Conflict',
      code: 'EMAIL_TAKEN',
      message: 'email: is already the e-mail of another user',
      fields: [
        { field: 'email', code: 'email_taken', message: 'is already the e-mail of another user' },
      ],
    });
  });

  it('refuses assignments to programs or regions that do not exist with a 422 naming them', async () => {
    const response = await create(
      newcomer({ programIds: [programId, MISSING_ID], regionIds: [MISSING_ID] }),
    );

    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({
      code: 'INVALID_FIELDS',
      fields: [
        { field: 'programIds.1', code: 'unknown_id', message: 'no program has this id' },
        { field: 'regionIds.0', code: 'unknown_id', message: 'no region has this id' },
      ],
    });
  });

  it('lists users for an admin, filtered and searched', async () => {
    await create(newcomer({ fullName: 'Joko Widodo', role: 'viewer', programIds: [programId] }));

    const response = await admin.inject({
      method: 'GET',
      url: `/api/users?filter=${encodeURIComponent(JSON.stringify({ q: 'joko', programIds: programId, active: 'true' }))}`,
    });

    expect(response.statusCode).toBe(200);
    expect(response.json<UserRecord[]>().map((user) => user.fullName)).toEqual(['Joko Widodo']);
    expect(response.headers['content-range']).toBe('users 0-0/1');
  });

  it('updates a user, keeping what the body leaves out, and accepts the record sent back', async () => {
    const created = (await create(newcomer({ programIds: [programId] }))).json<UserRecord>();

    const response = await admin.inject({
      method: 'PUT',
      url: `/api/users/${created.id}`,
      payload: { ...created, fullName: 'Nama Baru', role: 'programManager', regionIds: [regionId] },
    });

    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      ...created,
      fullName: 'Nama Baru',
      role: 'programManager',
      regionIds: [regionId],
    });
  });

  it('changes a password, ending the sessions signed in with the old one', async () => {
    const user = await api.loginAs();

    const response = await admin.inject({
      method: 'PUT',
      url: `/api/users/${user.id}`,
      payload: { password: 'kata-sandi-yang-baru' },
    });

    expect(response.statusCode).toBe(200);
    expect((await login(user.email, user.password)).statusCode).toBe(401);
    expect((await login(user.email, 'kata-sandi-yang-baru')).statusCode).toBe(200);
    const refresh = await api.app.inject({
      method: 'POST',
      url: '/api/auth/refresh',
      payload: { refreshToken: user.refreshToken },
    });
    expect(refresh.statusCode).toBe(401);
  });

  it('deactivates on DELETE: answers the user as it was, keeps the row, ends every session', async () => {
    const user = await api.loginAs({ role: 'supervisor' });

    const response = await admin.inject({ method: 'DELETE', url: `/api/users/${user.id}` });

    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id: user.id, active: true });
    const fetched = await admin.inject({ method: 'GET', url: `/api/users/${user.id}` });
    expect(fetched.json()).toMatchObject({ id: user.id, active: false });
    expect((await user.inject({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    expect((await login(user.email, user.password)).statusCode).toBe(401);
    const tokens = await api.dataSource.query<{ revoked: boolean }[]>(
      'SELECT revoked_at IS NOT NULL AS revoked FROM refresh_tokens WHERE user_id = $1',
      [user.id],
    );
    expect(tokens).toEqual([{ revoked: true }]);
  });

  it('never deactivates or demotes the last active admin', async () => {
    const api2 = await startTestApi();
    try {
      const only = await api2.loginAs({ role: 'admin' });

      const demote = await only.inject({
        method: 'PUT',
        url: `/api/users/${only.id}`,
        payload: { role: 'viewer' },
      });
      const remove = await only.inject({ method: 'DELETE', url: `/api/users/${only.id}` });

      expect(demote.statusCode).toBe(409);
      expect(remove.statusCode).toBe(409);
      expect(demote.json()).toMatchObject({ code: 'LAST_ADMIN' });
      expect(remove.json()).toMatchObject({
        code: 'LAST_ADMIN',
        message: 'This is the last active admin; make another user an admin first',
      });
      const second = await api2.loginAs({ role: 'admin' });
      expect(
        (await second.inject({ method: 'DELETE', url: `/api/users/${only.id}` })).statusCode,
      ).toBe(200);
    } finally {
      await api2.close();
    }
  });

  it('answers 404 for a user that does not exist, and 400 for an id that is not one', async () => {
    expect(
      (await admin.inject({ method: 'GET', url: `/api/users/${MISSING_ID}` })).json(),
    ).toMatchObject({ statusCode: 404, code: 'USER_NOT_FOUND', params: { id: MISSING_ID } });
    expect((await admin.inject({ method: 'GET', url: '/api/users/42' })).json()).toMatchObject({
      statusCode: 400,
      code: 'INVALID_FIELDS',
      fields: [{ field: 'id', code: 'not_uuid', message: 'must be an id (a uuid)' }],
    });
  });

  describe('for anyone but an admin', () => {
    let facilitator: SignedInUser;

    beforeAll(async () => {
      facilitator = await api.loginAs({ programIds: [programId], regionIds: [regionId] });
    });

    it('lists only themselves, and gets themselves', async () => {
      const list = await facilitator.inject({ method: 'GET', url: '/api/users' });
      const self = await facilitator.inject({ method: 'GET', url: `/api/users/${facilitator.id}` });

      expect(list.json<UserRecord[]>().map((user) => user.id)).toEqual([facilitator.id]);
      expect(list.headers['content-range']).toBe('users 0-0/1');
      expect(self.json()).toMatchObject({
        id: facilitator.id,
        programIds: [programId],
        regionIds: [regionId],
      });
    });

    it('answers another user as a 404, as if it did not exist', async () => {
      const response = await facilitator.inject({ method: 'GET', url: `/api/users/${admin.id}` });

      expect(response.statusCode).toBe(404);
    });

    it('refuses every write with a 403', async () => {
      for (const [method, url] of [
        ['POST', '/api/users'],
        ['PUT', `/api/users/${facilitator.id}`],
        ['DELETE', `/api/users/${facilitator.id}`],
      ] as const) {
        const response = await facilitator.inject({ method, url, payload: newcomer() });
        expect(response.statusCode).toBe(403);
      }
    });
  });
});

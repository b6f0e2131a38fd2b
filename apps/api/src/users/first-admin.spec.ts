import { Logger } from '@nestjs/common';
import { startTestApi, type TestApi } from '../testing/test-api';
import { newUser } from '../testing/user.factory';
import { FirstAdminSeeder } from './first-admin.seeder';

const ADMIN = { adminEmail: 'Admin@Yayasan.example', adminPassword: 'kata-sandi-pertama' };

describe('the first admin, on a database without users', () => {
  const started: TestApi[] = [];
  const start = async (config = {}) => {
    const api = await startTestApi({ config });
    started.push(api);
    return api;
  };
  const login = (api: TestApi, email: string, password: string) =>
    api.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });

  afterEach(async () => {
    jest.restoreAllMocks();
    await Promise.all(started.splice(0).map((api) => api.close()));
  });

  it('is created from ADMIN_EMAIL and ADMIN_PASSWORD, and can sign in', async () => {
    const api = await start(ADMIN);

    const response = await login(api, 'admin@yayasan.example', ADMIN.adminPassword);

    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      user: { email: 'admin@yayasan.example', role: 'admin', fullName: 'Administrator' },
    });
  });

  it('is not created again, nor its password reset, once a user exists', async () => {
    const api = await start(ADMIN);
    await api.dataSource.query(`UPDATE users SET email = 'renamed@yayasan.example'`);

    await api.app.get(FirstAdminSeeder).onModuleInit();

    const users = await api.dataSource.query<{ email: string }[]>('SELECT email FROM users');
    expect(users).toEqual([{ email: 'renamed@yayasan.example' }]);
  });

  it('is left alone when users exist already', async () => {
    const api = await start();
    const existing = await newUser(api.dataSource, { role: 'supervisor' });
    const warned = jest.spyOn(Logger.prototype, 'warn');

    await api.app.get(FirstAdminSeeder).onModuleInit();

    const users = await api.dataSource.query<{ id: string }[]>('SELECT id FROM users');
    expect(users).toEqual([{ id: existing.id }]);
    expect(warned).not.toHaveBeenCalled();
  });

  it.each([
    ['neither variable', {}],
    ['only ADMIN_EMAIL', { adminEmail: ADMIN.adminEmail }],
    ['only ADMIN_PASSWORD', { adminPassword: ADMIN.adminPassword }],
  ])('is not invented from %s: a warning says how to create it', async (_name, config) => {
    const warned = jest.spyOn(Logger.prototype, 'warn');

    const api = await start(config);

    expect(await api.dataSource.query('SELECT id FROM users')).toEqual([]);
    expect(warned).toHaveBeenCalledWith(
      expect.stringMatching(/set ADMIN_EMAIL and ADMIN_PASSWORD .*restart/),
    );
  });
});

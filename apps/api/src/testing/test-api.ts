import { type AppConfig, loadConfig } from '@berdaya/config';
import { prepareDatabase } from '@berdaya/db';
import type { Type } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { DataSource } from 'typeorm';
import type { SignIn } from '../auth/auth-answers.schema';
import { AppModule } from '../app.module';
import { configureHttp } from '../common/http/configure-http';
import { createHttpAdapter } from '../common/http/create-http-adapter';
import { dropDatabase, freshDatabaseUrl } from '@berdaya/db/testing';
import { newUser, type TestUser, type TestUserOptions } from './user.factory';

/** A user signed in through POST /api/auth/login, with what a request needs to act as them. */
export interface SignedInUser extends TestUser {
  accessToken: string;
  refreshToken: string;
  /** `{ authorization: 'Bearer <access token>' }`, for inject or fetch. */
  headers: { authorization: string };
  /** `api.app.inject`, as this user. */
  inject(options: InjectOptions): Promise<LightMyRequestResponse>;
}

export interface TestApi {
  app: NestFastifyApplication;
  dataSource: DataSource;
  /** `http://127.0.0.1:<port>` when started with `listen`. */
  baseUrl: string;
  /**
   * Creates a user (an active facilitator unless told otherwise, with a unique e-mail) and signs
   * them in: `const supervisor = await api.loginAs({ role: 'supervisor', programIds, regionIds })`.
   */
  loginAs(options?: TestUserOptions): Promise<SignedInUser>;
  close(): Promise<void>;
}

/**
 * The api as main builds it, in this process, on a fresh database of its own (dropped by close),
 * with the configuration the environment gives otherwise (the local PostgreSQL and Redis).
 * `controllers` adds routes a test needs to provoke what no real route does; `config` overrides.
 */
export async function startTestApi(
  options: { controllers?: Type[]; listen?: boolean; config?: Partial<AppConfig> } = {},
): Promise<TestApi> {
  const config = {
    ...loadConfig(process.env),
    ...options.config,
    databaseUrl: freshDatabaseUrl(),
  };
  const dataSource = await prepareDatabase(config);
  let app: NestFastifyApplication | undefined;
  try {
    const moduleRef = await Test.createTestingModule({
      imports: [AppModule.forRoot(config, dataSource)],
      controllers: options.controllers ?? [],
    }).compile();
    app = moduleRef.createNestApplication<NestFastifyApplication>(createHttpAdapter(), {
      logger: false,
    });
    await configureHttp(app, config);
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    if (options.listen) await app.listen(0, '127.0.0.1');
  } catch (error) {
    await app?.close();
    if (dataSource.isInitialized) await dataSource.destroy();
    await dropDatabase(config.databaseUrl);
    throw error;
  }
  const started = app;
  return {
    app: started,
    dataSource,
    baseUrl: options.listen ? await started.getUrl() : '',
    async loginAs(userOptions = {}) {
      const user = await newUser(dataSource, userOptions);
      const response = await started.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: user.email, password: user.password },
      });
      if (response.statusCode !== 200) {
        throw new Error(`loginAs: signing in answered ${response.statusCode} ${response.body}`);
      }
      const { accessToken, refreshToken } = response.json<SignIn>();
      const headers = { authorization: `Bearer ${accessToken}` };
      return {
        ...user,
        accessToken,
        refreshToken,
        headers,
        inject: (injectOptions) =>
          started.inject({
            ...injectOptions,
            headers: { ...headers, ...injectOptions.headers },
          }),
      };
    },
    async close() {
      await started.close();
      if (dataSource.isInitialized) await dataSource.destroy();
      await dropDatabase(config.databaseUrl);
    },
  };
}

import { ConfigError } from './config.error';
import { loadConfig } from './load-config';

const PRODUCTION_SECRET = 'x'.repeat(32);

function problemsOf(env: NodeJS.ProcessEnv): readonly string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected loadConfig to throw a ConfigError');
}

describe('loadConfig', () => {
  it('falls back to the local defaults when nothing is set', () => {
    expect(loadConfig({})).toEqual({
      nodeEnv: 'development',
      port: 3000,
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/berdaya',
      redisUrl: 'redis://127.0.0.1:6379',
      jwtSecret: expect.any(String) as string,
      corsOrigins: ['http://localhost:4200'],
      adminEmail: undefined,
      adminPassword: undefined,
      uploadMaxBytes: 10 * 1024 * 1024,
      attachmentsDir: './data/attachments',
      smtpUrl: undefined,
      mailFrom: 'Berdaya <no-reply@berdaya.local>',
      logLevels: ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'],
    });
  });

  it('returns a frozen object', () => {
    const config = loadConfig({});
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.logLevels)).toBe(true);
    expect(Object.isFrozen(config.corsOrigins)).toBe(true);
  });

  it.each<[string, NodeJS.ProcessEnv, Record<string, unknown>]>([
    ['PORT at the low end', { PORT: '1' }, { port: 1 }],
    ['PORT at the high end', { PORT: '65535' }, { port: 65535 }],
    [
      'a postgresql:// URL with credentials',
      { DATABASE_URL: 'postgresql://app:secret@db.internal:6543/cases' },
      { databaseUrl: 'postgresql://app:secret@db.internal:6543/cases' },
    ],
    ['a TLS Redis URL', { REDIS_URL: 'rediss://cache:6380' }, { redisUrl: 'rediss://cache:6380' }],
    ['NODE_ENV=test', { NODE_ENV: 'test' }, { nodeEnv: 'test' }],
    [
      'production with a long secret',
      { NODE_ENV: 'production', JWT_SECRET: PRODUCTION_SECRET },
      { nodeEnv: 'production', jwtSecret: PRODUCTION_SECRET },
    ],
    ['a secret outside production', { JWT_SECRET: 'short' }, { jwtSecret: 'short' }],
    ['LOG_LEVEL=warn', { LOG_LEVEL: 'warn' }, { logLevels: ['fatal', 'error', 'warn'] }],
    ['LOG_LEVEL=fatal', { LOG_LEVEL: 'fatal' }, { logLevels: ['fatal'] }],
    [
      'several CORS origins, spaces around the commas ignored',
      { CORS_ORIGINS: 'https://admin.example.org, http://localhost:4200,http://10.0.0.5:8080' },
      {
        corsOrigins: ['https://admin.example.org', 'http://localhost:4200', 'http://10.0.0.5:8080'],
      },
    ],
    [
      'the first admin',
      { ADMIN_EMAIL: 'admin@yayasan.example', ADMIN_PASSWORD: 'correct horse battery' },
      { adminEmail: 'admin@yayasan.example', adminPassword: 'correct horse battery' },
    ],
    [
      'an admin e-mail alone',
      { ADMIN_EMAIL: 'admin@yayasan.example' },
      { adminPassword: undefined },
    ],
    ['an upload limit', { UPLOAD_MAX_BYTES: '1048576' }, { uploadMaxBytes: 1048576 }],
    [
      'an attachments directory',
      { ATTACHMENTS_DIR: '/var/lib/berdaya/attachments' },
      { attachmentsDir: '/var/lib/berdaya/attachments' },
    ],
    [
      'an SMTP server with credentials',
      { SMTP_URL: 'smtp://user:pass@mail.example.org:587' },
      { smtpUrl: 'smtp://user:pass@mail.example.org:587' },
    ],
    [
      'an SMTP server over TLS',
      { SMTP_URL: 'smtps://mail.example.org' },
      { smtpUrl: 'smtps://mail.example.org' },
    ],
    [
      'a sender',
      { MAIL_FROM: 'Yayasan Sejahtera <notifikasi@yayasan.example>' },
      { mailFrom: 'Yayasan Sejahtera <notifikasi@yayasan.example>' },
    ],
    [
      'an empty variable as unset',
      { PORT: '', NODE_ENV: '' },
      { port: 3000, nodeEnv: 'development' },
    ],
  ])('accepts %s', (_name, env, expected) => {
    expect(loadConfig(env)).toMatchObject(expected);
  });

  it.each<[string, NodeJS.ProcessEnv, string[]]>([
    [
      'a PORT that is not a number',
      { PORT: 'abc' },
      ['PORT must be an integer from 1 to 65535, got "abc"'],
    ],
    [
      'an upload limit that is not a number of bytes',
      { UPLOAD_MAX_BYTES: '10MB' },
      ['UPLOAD_MAX_BYTES must be a whole number of bytes, got "10MB"'],
    ],
    [
      'an upload limit of 0',
      { UPLOAD_MAX_BYTES: '0' },
      ['UPLOAD_MAX_BYTES must be a whole number of bytes, got "0"'],
    ],
    ['PORT 0', { PORT: '0' }, ['PORT must be an integer from 1 to 65535, got "0"']],
    ['PORT 65536', { PORT: '65536' }, ['PORT must be an integer from 1 to 65535, got "65536"']],
    [
      'a fractional PORT',
      { PORT: '80.5' },
      ['PORT must be an integer from 1 to 65535, got "80.5"'],
    ],
    [
      'an unknown NODE_ENV',
      { NODE_ENV: 'staging' },
      ['NODE_ENV must be one of development, test, production, got "staging"'],
    ],
    [
      'a DATABASE_URL of another database',
      { DATABASE_URL: 'mysql://root@127.0.0.1/berdaya' },
      [
        'DATABASE_URL must be a postgres:// or postgresql:// URL, got "mysql://root@127.0.0.1/berdaya"',
      ],
    ],
    [
      'a DATABASE_URL that is not a URL',
      { DATABASE_URL: 'localhost' },
      ['DATABASE_URL must be a postgres:// or postgresql:// URL, got "localhost"'],
    ],
    [
      'a DATABASE_URL without a database name, hiding its password',
      { DATABASE_URL: 'postgres://app:hunter2@127.0.0.1:5432' },
      [
        'DATABASE_URL must end with a database name (…/berdaya), got "postgres://app:***@127.0.0.1:5432"',
      ],
    ],
    [
      'a REDIS_URL of another scheme',
      { REDIS_URL: 'http://127.0.0.1:6379' },
      ['REDIS_URL must be a redis:// or rediss:// URL, got "http://127.0.0.1:6379"'],
    ],
    [
      'a REDIS_URL without a host',
      { REDIS_URL: 'redis://' },
      ['REDIS_URL must name a host, got "redis://"'],
    ],
    [
      'production without JWT_SECRET',
      { NODE_ENV: 'production' },
      ['JWT_SECRET must be set when NODE_ENV is production (at least 32 characters)'],
    ],
    [
      'production with a short JWT_SECRET',
      { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(31) },
      ['JWT_SECRET must be at least 32 characters when NODE_ENV is production'],
    ],
    [
      'an unknown LOG_LEVEL',
      { LOG_LEVEL: 'info' },
      ['LOG_LEVEL must be one of fatal, error, warn, log, debug, verbose, got "info"'],
    ],
    [
      'a CORS origin with a path',
      { CORS_ORIGINS: 'http://localhost:4200,https://admin.example.org/' },
      [
        'CORS_ORIGINS must be comma-separated origins such as http://localhost:4200,https://admin.example.org (scheme, host and port only), got "https://admin.example.org/"',
      ],
    ],
    [
      'a CORS origin that is not a URL, or not http(s)',
      { CORS_ORIGINS: 'localhost:4200,ftp://files.example.org' },
      [
        'CORS_ORIGINS must be comma-separated origins such as http://localhost:4200,https://admin.example.org (scheme, host and port only), got "localhost:4200", "ftp://files.example.org"',
      ],
    ],
    [
      'an ADMIN_EMAIL that is not an e-mail address',
      { ADMIN_EMAIL: 'admin' },
      ['ADMIN_EMAIL must be an e-mail address, such as admin@example.org'],
    ],
    [
      'an ADMIN_PASSWORD shorter than 12 characters',
      { ADMIN_PASSWORD: 'short-pass' },
      ['ADMIN_PASSWORD must be at least 12 characters'],
    ],
    [
      'an SMTP_URL of another scheme, without echoing its password',
      { SMTP_URL: 'https://user:secret@mail.example.org' },
      [
        'SMTP_URL must be an smtp:// or smtps:// URL such as smtp://user:pass@mail.example.org:587, got "https://user:***@mail.example.org/"',
      ],
    ],
    [
      'an SMTP_URL that is not a URL',
      { SMTP_URL: 'mail.example.org:587' },
      [
        'SMTP_URL must be an smtp:// or smtps:// URL such as smtp://user:pass@mail.example.org:587, got "mail.example.org:587"',
      ],
    ],
    [
      'several bad variables at once',
      { PORT: 'abc', REDIS_URL: 'redis://', NODE_ENV: 'production' },
      [
        'PORT must be an integer from 1 to 65535, got "abc"',
        'REDIS_URL must name a host, got "redis://"',
        'JWT_SECRET must be set when NODE_ENV is production (at least 32 characters)',
      ],
    ],
  ])('rejects %s', (_name, env, expected) => {
    expect(problemsOf(env)).toEqual(expected);
  });

  it('lists every problem in the error message', () => {
    expect(() => loadConfig({ PORT: 'abc', LOG_LEVEL: 'loud' })).toThrow(
      'Invalid configuration:\n' +
        '  - PORT must be an integer from 1 to 65535, got "abc"\n' +
        '  - LOG_LEVEL must be one of fatal, error, warn, log, debug, verbose, got "loud"',
    );
  });

  it('never echoes the secrets', () => {
    const problems = problemsOf({
      NODE_ENV: 'production',
      JWT_SECRET: 'too-short-secret',
      ADMIN_PASSWORD: 'hunter2',
    });
    expect(problems).toHaveLength(2);
    expect(problems.join('\n')).not.toMatch(/too-short-secret|hunter2/);
  });
});

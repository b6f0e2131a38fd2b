import { z } from 'zod';

export const NODE_ENVS = ['development', 'test', 'production'] as const;
export type NodeEnv = (typeof NODE_ENVS)[number];

/** Nest's log levels, most severe first: LOG_LEVEL=warn enables fatal, error and warn. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const PRODUCTION_SECRET_MIN_LENGTH = 32;

/** The shortest password a user may have, the first admin's included. */
export const PASSWORD_MIN_LENGTH = 12;

// Outside production a fixed secret keeps `npm start` to one command. It is public (it is right
// here), which is why production refuses to start without a secret of its own.
const DEVELOPMENT_JWT_SECRET = 'berdaya-development-secret-not-for-production-use';

/** Shows a URL in an error message without its password. */
function redactUrl(raw: string): string {
  try {
    const url = new URL(raw);
    if (!url.password) return raw;
    url.password = '***';
    return url.toString();
  } catch {
    return raw;
  }
}

// An empty variable counts as unset: `docker compose` turns `${X:-}` into "", and "unset" is what
// the person writing it meant.
const variable = z
  .string()
  .optional()
  .transform((value) => (value === '' ? undefined : value));

function serviceUrl(protocols: readonly string[], fallback: string, needsDatabaseName: boolean) {
  const expected = `a ${protocols.map((protocol) => `${protocol}//`).join(' or ')} URL`;
  return variable.transform((raw, ctx) => {
    const value = raw ?? fallback;
    const fail = (why: string) => {
      ctx.addIssue({ code: 'custom', message: `${why}, got "${redactUrl(value)}"` });
      return z.NEVER;
    };
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return fail(`must be ${expected}`);
    }
    if (!protocols.includes(url.protocol)) return fail(`must be ${expected}`);
    if (!url.hostname) return fail('must name a host');
    if (needsDatabaseName && !/^\/[^/]+$/.test(url.pathname)) {
      return fail('must end with a database name (…/berdaya)');
    }
    return value;
  });
}

const port = variable.transform((raw, ctx) => {
  if (raw === undefined) return 3000;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < 1 || value > 65535) {
    ctx.addIssue({ code: 'custom', message: `must be an integer from 1 to 65535, got "${raw}"` });
    return z.NEVER;
  }
  return value;
});

// The admin panel's Vite dev server; in production the api serves the panel itself, same origin.
const DEVELOPMENT_ADMIN_ORIGIN = 'http://localhost:4200';

const corsOrigins = variable.transform((raw, ctx) => {
  if (raw === undefined) return Object.freeze([DEVELOPMENT_ADMIN_ORIGIN]);
  const origins = raw.split(',').map((origin) => origin.trim());
  // An origin is exactly what a browser sends in its Origin header: no path, no trailing slash.
  const bad = origins.filter((origin) => {
    try {
      const url = new URL(origin);
      return !['http:', 'https:'].includes(url.protocol) || url.origin !== origin;
    } catch {
      return true;
    }
  });
  if (bad.length > 0) {
    ctx.addIssue({
      code: 'custom',
      message: `must be comma-separated origins such as ${DEVELOPMENT_ADMIN_ORIGIN},https://admin.example.org (scheme, host and port only), got "${bad.join('", "')}"`,
    });
    return z.NEVER;
  }
  return Object.freeze(origins);
});

const adminEmail = variable.pipe(
  z.email({ error: 'must be an e-mail address, such as admin@example.org' }).optional(),
);

// Never echoed back in a message: it is a secret.
const adminPassword = variable.pipe(
  z
    .string()
    .min(PASSWORD_MIN_LENGTH, { error: `must be at least ${PASSWORD_MIN_LENGTH} characters` })
    .optional(),
);

// 10 MiB: a scanned document or a phone photo, with room to spare.
const DEFAULT_UPLOAD_MAX_BYTES = 10 * 1024 * 1024;

const uploadMaxBytes = variable.transform((raw, ctx) => {
  if (raw === undefined) return DEFAULT_UPLOAD_MAX_BYTES;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < 1 || !Number.isSafeInteger(value)) {
    ctx.addIssue({ code: 'custom', message: `must be a whole number of bytes, got "${raw}"` });
    return z.NEVER;
  }
  return value;
});

// Optional: without it the worker logs each e-mail instead of sending it.
const smtpUrl = variable.transform((raw, ctx) => {
  if (raw === undefined) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (!url || !['smtp:', 'smtps:'].includes(url.protocol) || !url.hostname) {
    ctx.addIssue({
      code: 'custom',
      message: `must be an smtp:// or smtps:// URL such as smtp://user:pass@mail.example.org:587, got "${redactUrl(raw)}"`,
    });
    return z.NEVER;
  }
  return raw;
});

const DEFAULT_MAIL_FROM = 'Berdaya <no-reply@berdaya.local>';

function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return variable.transform((raw, ctx): T[number] | undefined => {
    const value = values.find((candidate) => candidate === raw);
    if (raw !== undefined && value === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: `must be one of ${values.join(', ')}, got "${raw}"`,
      });
      return z.NEVER;
    }
    return value;
  });
}

/** Validates the process environment into the typed configuration every app boots from. */
export const configSchema = z
  .object({
    NODE_ENV: oneOf(NODE_ENVS),
    PORT: port,
    DATABASE_URL: serviceUrl(
      ['postgres:', 'postgresql:'],
      'postgres://postgres@127.0.0.1:5432/berdaya',
      true,
    ),
    REDIS_URL: serviceUrl(['redis:', 'rediss:'], 'redis://127.0.0.1:6379', false),
    // Never echoed back in a message: it is a secret.
    JWT_SECRET: variable,
    LOG_LEVEL: oneOf(LOG_LEVELS),
    CORS_ORIGINS: corsOrigins,
    ADMIN_EMAIL: adminEmail,
    ADMIN_PASSWORD: adminPassword,
    UPLOAD_MAX_BYTES: uploadMaxBytes,
    // Relative to the working directory, as a path on the command line would be.
    ATTACHMENTS_DIR: variable.transform((raw) => raw ?? './data/attachments'),
    SMTP_URL: smtpUrl,
    MAIL_FROM: variable.transform((raw) => raw ?? DEFAULT_MAIL_FROM),
  })
  // Checked even when another variable is bad (`when`), so one run reports every problem.
  .refine((env) => env.NODE_ENV !== 'production' || env.JWT_SECRET !== undefined, {
    path: ['JWT_SECRET'],
    message: `must be set when NODE_ENV is production (at least ${PRODUCTION_SECRET_MIN_LENGTH} characters)`,
    when: () => true,
  })
  .refine(
    (env) =>
      env.NODE_ENV !== 'production' ||
      env.JWT_SECRET === undefined ||
      env.JWT_SECRET.length >= PRODUCTION_SECRET_MIN_LENGTH,
    {
      path: ['JWT_SECRET'],
      message: `must be at least ${PRODUCTION_SECRET_MIN_LENGTH} characters when NODE_ENV is production`,
      when: () => true,
    },
  )
  .transform((env) => ({
    nodeEnv: env.NODE_ENV ?? 'development',
    port: env.PORT,
    databaseUrl: env.DATABASE_URL,
    redisUrl: env.REDIS_URL,
    jwtSecret: env.JWT_SECRET ?? DEVELOPMENT_JWT_SECRET,
    corsOrigins: env.CORS_ORIGINS,
    adminEmail: env.ADMIN_EMAIL,
    adminPassword: env.ADMIN_PASSWORD,
    uploadMaxBytes: env.UPLOAD_MAX_BYTES,
    attachmentsDir: env.ATTACHMENTS_DIR,
    smtpUrl: env.SMTP_URL,
    mailFrom: env.MAIL_FROM,
    logLevels: Object.freeze(
      env.LOG_LEVEL ? LOG_LEVELS.slice(0, LOG_LEVELS.indexOf(env.LOG_LEVEL) + 1) : [...LOG_LEVELS],
    ),
  }));

export type AppConfig = Readonly<z.output<typeof configSchema>>;

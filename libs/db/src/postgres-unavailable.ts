import { ServiceUnavailableError, serviceAddress } from '@berdaya/config';

const START_COMMANDS = [
  'pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start   (the local service)',
  'docker compose up -d postgres redis   (in Docker, from the repository root)',
];

// Errors that mean "nothing usable answered at that address", as opposed to an answer we dislike
// (wrong password, missing privilege), which must surface as it is.
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  // SQLSTATE cannot_connect_now: the server is starting up or shutting down.
  '57P03',
]);

interface ErrorLike {
  message?: unknown;
  code?: unknown;
  errors?: unknown;
}

// Duck-typed rather than `instanceof Error`: socket errors come from Node's internals, and under a
// test runner's sandbox those belong to another realm's Error.
function codesOf(error: ErrorLike): string[] {
  // Node reports a host with several addresses (localhost: ::1 and 127.0.0.1) as an AggregateError.
  const inner = Array.isArray(error.errors)
    ? error.errors.flatMap((item: unknown) =>
        typeof item === 'object' && item ? codesOf(item) : [],
      )
    : [];
  return typeof error.code === 'string' ? [error.code, ...inner] : inner;
}

/**
 * Turns a failure to reach PostgreSQL into a ServiceUnavailableError that tells the operator what
 * to do; returns any other error unchanged.
 */
export function asPostgresUnavailable(error: unknown, databaseUrl: string): unknown {
  if (typeof error !== 'object' || error === null) return error;
  const codes = codesOf(error);
  const message = typeof (error as ErrorLike).message === 'string' ? (error as Error).message : '';
  // pg reports its own connect timeout with a message and no code.
  const timedOut = codes.length === 0 && /timeout/i.test(message);
  if (!timedOut && !codes.some((code) => NETWORK_CODES.has(code))) return error;
  return new ServiceUnavailableError(
    'PostgreSQL',
    serviceAddress(databaseUrl),
    message || codes[0] || 'no answer',
    START_COMMANDS,
    { cause: error },
  );
}

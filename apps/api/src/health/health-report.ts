import type { HealthReport, ServiceHealth } from './health-report.schema';

export interface ServiceCheck {
  /** How the service is named in an error: "PostgreSQL", "Redis". */
  name: string;
  /** host:port, without credentials. */
  address: string;
  /** Resolves when the service answered. */
  ask: () => Promise<unknown>;
}

// A health check that hangs is worse than one that fails: orchestrators time out on their own and
// learn nothing. Each service gets this long to answer.
const PROBE_TIMEOUT_MS = 2_000;

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

async function probe({ name, address, ask }: ServiceCheck): Promise<ServiceHealth> {
  const started = performance.now();
  const latency = () => Math.round((performance.now() - started) * 100) / 100;
  try {
    await withTimeout(ask(), PROBE_TIMEOUT_MS);
    return { status: 'up', latencyMs: latency() };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { status: 'down', latencyMs: latency(), error: `${name} at ${address}: ${reason}` };
  }
}

/** Asks every service at once and reports each; never throws. */
export async function healthReport(checks: {
  postgres: ServiceCheck;
  redis: ServiceCheck;
}): Promise<HealthReport> {
  const [postgres, redis] = await Promise.all([probe(checks.postgres), probe(checks.redis)]);
  const status = postgres.status === 'up' && redis.status === 'up' ? 'ok' : 'down';
  return { status, postgres, redis };
}

const DEFAULT_PORTS: Readonly<Record<string, number>> = {
  'postgres:': 5432,
  'postgresql:': 5432,
  'redis:': 6379,
  'rediss:': 6379,
};

/** `host:port` of a service URL, for messages and logs: credentials never leave this function. */
export function serviceAddress(url: string): string {
  const parsed = new URL(url);
  const port = parsed.port || String(DEFAULT_PORTS[parsed.protocol] ?? '');
  return port ? `${parsed.hostname}:${port}` : parsed.hostname;
}

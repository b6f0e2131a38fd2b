/**
 * A backing service (PostgreSQL, Redis) could not be reached. The message is meant for the person
 * starting the process: which service, where (never with credentials), and how to start it.
 */
export class ServiceUnavailableError extends Error {
  override readonly name = 'ServiceUnavailableError';

  constructor(
    readonly service: string,
    readonly address: string,
    reason: string,
    startCommands: readonly string[],
    options?: { cause?: unknown },
  ) {
    super(
      [
        `${service} is not reachable at ${address} (${reason}).`,
        'Start it with one of:',
        ...startCommands.map((command) => `  ${command}`),
      ].join('\n'),
      options,
    );
  }
}

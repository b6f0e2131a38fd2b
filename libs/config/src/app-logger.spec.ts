import { Logger } from '@nestjs/common';
import { createAppLogger } from './app-logger';
import { loadConfig } from './load-config';

type Line = Record<string, unknown>;

function capture(env: NodeJS.ProcessEnv = {}) {
  const written: string[] = [];
  const logger = createAppLogger(loadConfig(env), 'worker', {
    write: (chunk: string) => written.push(chunk),
  });
  const lines = (): Line[] =>
    written.map((chunk) => {
      expect(chunk.endsWith('\n')).toBe(true);
      expect(chunk.slice(0, -1)).not.toContain('\n');
      return JSON.parse(chunk) as Line;
    });
  return { logger, lines };
}

describe('createAppLogger', () => {
  it('writes one JSON object a line with level, time, app, pid, context and msg', () => {
    const { logger, lines } = capture();

    logger.log('worker ready', 'Worker');

    expect(lines()).toEqual([
      {
        level: 'info',
        time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/) as string,
        app: 'worker',
        pid: process.pid,
        context: 'Worker',
        msg: 'worker ready',
      },
    ]);
  });

  it.each([
    ['fatal', 'fatal'],
    ['error', 'error'],
    ['warn', 'warn'],
    ['log', 'info'],
    ['debug', 'debug'],
    ['verbose', 'trace'],
  ] as const)("writes Nest's %s at pino's %s", (nestLevel, pinoLevel) => {
    const { logger, lines } = capture();

    logger[nestLevel]?.('something happened');

    expect(lines()).toEqual([expect.objectContaining({ level: pinoLevel })]);
  });

  it('writes only the levels LOG_LEVEL enables', () => {
    const { logger, lines } = capture({ LOG_LEVEL: 'warn' });

    logger.verbose?.('verbose');
    logger.debug?.('debug');
    logger.log('log');
    logger.warn('warn');
    logger.error('error');
    logger.fatal?.('fatal');

    expect(lines().map((line) => line.msg)).toEqual(['warn', 'error', 'fatal']);
  });

  it('follows the levels Nest sets later', () => {
    const { logger, lines } = capture({ LOG_LEVEL: 'warn' });

    logger.setLogLevels?.(['error', 'debug']);
    logger.warn('warn');
    logger.debug?.('debug');
    logger.error('error');

    expect(lines().map((line) => line.msg)).toEqual(['debug', 'error']);
  });

  it('gives a stack passed the way Nest passes it as an err field', () => {
    const { logger, lines } = capture();
    const { stack } = new Error('connection lost');

    logger.error('Cannot relay the outbox', stack, 'OutboxRelay');

    expect(lines()).toEqual([
      expect.objectContaining({
        level: 'error',
        context: 'OutboxRelay',
        msg: 'Cannot relay the outbox',
        err: { stack },
      }),
    ]);
  });

  it('serialises an Error given as the message, with its type and stack', () => {
    const { logger, lines } = capture();
    const error = new TypeError('boom');

    logger.error(error, undefined, 'ExceptionHandler');

    expect(lines()).toEqual([
      expect.objectContaining({
        context: 'ExceptionHandler',
        msg: 'boom',
        err: expect.objectContaining({
          type: 'TypeError',
          message: 'boom',
          stack: error.stack,
        }) as Line,
      }),
    ]);
  });

  it("reads the arguments of Nest's Logger, context and stack included", () => {
    const { logger, lines } = capture();
    Logger.overrideLogger(logger);
    const { stack } = new Error('down');

    new Logger('JobWorkers').error('Cannot run jobs', stack);
    new Logger('JobWorkers').error('Cannot run jobs');
    Logger.error('Cannot start', 'Bootstrap');
    Logger.log('API listening', 'Bootstrap');

    const [withStack, withoutStack, withContext, info] = lines();
    expect(withStack).toMatchObject({
      context: 'JobWorkers',
      msg: 'Cannot run jobs',
      err: { stack },
    });
    expect(withoutStack).toMatchObject({ context: 'JobWorkers', msg: 'Cannot run jobs' });
    expect(withoutStack).not.toHaveProperty('err');
    expect(withContext).toMatchObject({
      level: 'error',
      context: 'Bootstrap',
      msg: 'Cannot start',
    });
    expect(withContext).not.toHaveProperty('err');
    expect(info).toMatchObject({ level: 'info', context: 'Bootstrap', msg: 'API listening' });
  });

  it('adds the fields of an object, given as the message or after it', () => {
    const { logger, lines } = capture();

    logger.log({ msg: 'Job done', queue: 'reminders', jobId: '7' }, 'JobRunner');
    logger.warn('Job failed', { queue: 'mail', attempt: 2 }, 'JobRunner');

    expect(lines()).toEqual([
      expect.objectContaining({ msg: 'Job done', queue: 'reminders', jobId: '7' }),
      expect.objectContaining({ msg: 'Job failed', queue: 'mail', attempt: 2 }),
    ]);
  });
});

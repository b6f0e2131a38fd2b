import type { LoggerService } from '@nestjs/common';
import { inspect } from 'node:util';
import pino from 'pino';
import type { AppConfig, LogLevel } from './config.schema';

// Nest's level names are the ones LOG_LEVEL takes; the lines carry pino's, which log tooling knows.
const PINO_LEVELS: Readonly<Record<LogLevel, pino.Level>> = {
  fatal: 'fatal',
  error: 'error',
  warn: 'warn',
  log: 'info',
  debug: 'debug',
  verbose: 'trace',
};

// Nest's test for "this string is a stack trace" (ConsoleLogger.isStackFormat).
const STACK = /^(.)+\n\s+at .+:\d+:\d+/;

type Fields = Record<string, unknown>;

function isPlainObject(value: unknown): value is Fields {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * Nest's LoggerService over pino. Nest calls it as `log(message, ...params, context?)` and
 * `error(message, stack?, context?)`: the last string is the context, a stack becomes `err`, and an
 * object, as the message or a parameter, adds its fields to the line (`msg` or `message` in it is
 * the text).
 */
class PinoLoggerService implements LoggerService {
  private enabled: ReadonlySet<LogLevel> = new Set();

  constructor(
    private readonly logger: pino.Logger,
    levels: readonly LogLevel[],
  ) {
    this.setLogLevels(levels);
  }

  log(message: unknown, ...params: unknown[]): void {
    this.write('log', message, params);
  }

  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }

  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }

  verbose(message: unknown, ...params: unknown[]): void {
    this.write('verbose', message, params);
  }

  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  error(message: unknown, ...params: unknown[]): void {
    // Nest's own reading of its arguments: a lone second argument is a stack only if it looks like
    // one (`Logger.error('failed', 'Context')` names a context); otherwise, once the context is
    // taken, a trailing string or undefined is the stack.
    let stack: string | undefined;
    let rest = params;
    if (params.length === 1 && (params[0] === undefined || this.isStack(params[0]))) {
      stack = params[0];
      rest = [];
    }
    const [context, others] = this.splitContext(rest);
    const last = others.at(-1);
    if (others.length > 0 && (last === undefined || typeof last === 'string')) {
      stack = last;
      others.pop();
    }
    this.emit('error', message, others, context, stack);
  }

  setLogLevels(levels: readonly LogLevel[]): void {
    // Nest's levels are a set, pino's a threshold: the set decides, and the threshold sits at the
    // least severe enabled level so that pino lets every one of them through.
    this.enabled = new Set(levels);
    const values = levels.map((level) => pino.levels.values[PINO_LEVELS[level]]);
    this.logger.level = levels.length > 0 ? pino.levels.labels[Math.min(...values)] : 'silent';
  }

  private isStack(value: unknown): value is string {
    return typeof value === 'string' && STACK.test(value);
  }

  private splitContext(params: readonly unknown[]): [string | undefined, unknown[]] {
    const last = params.at(-1);
    return typeof last === 'string' ? [last, params.slice(0, -1)] : [undefined, [...params]];
  }

  private write(level: LogLevel, message: unknown, params: readonly unknown[]): void {
    const [context, others] = this.splitContext(params);
    this.emit(level, message, others, context, undefined);
  }

  private emit(
    level: LogLevel,
    message: unknown,
    others: readonly unknown[],
    context: string | undefined,
    stack: string | undefined,
  ): void {
    if (!this.enabled.has(level)) return;
    const fields: Fields = {};
    const texts: string[] = [];
    for (const part of [message, ...others]) {
      if (part instanceof Error) {
        fields.err ??= part;
        texts.push(part.message);
      } else if (isPlainObject(part)) {
        const { msg, message: text, ...rest } = part;
        Object.assign(fields, rest);
        const said = msg ?? text;
        if (said !== undefined) texts.push(typeof said === 'string' ? said : inspect(said));
      } else if (part !== undefined) {
        texts.push(typeof part === 'string' ? part : inspect(part, { breakLength: Infinity }));
      }
    }
    if (context !== undefined) fields.context = context;
    if (stack !== undefined) fields.err ??= { stack };
    this.logger[PINO_LEVELS[level]](fields, texts.join(' '));
  }
}

/**
 * The logger every app runs with: one JSON object a line on stdout (level, time, app, pid, context,
 * msg, and `err` with its stack for an error), at the configured levels. A person reading it at a
 * terminal pipes it through pino-pretty (see the README).
 */
export function createAppLogger(
  config: AppConfig,
  app: string,
  destination: pino.DestinationStream = pino.destination({ dest: 1, sync: true }),
): LoggerService {
  const logger = pino(
    {
      base: { app, pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
  return new PinoLoggerService(logger, config.logLevels);
}

import { bootFailureMessage } from './boot-failure-message';
import { ConfigError } from './config.error';
import { ServiceUnavailableError } from './service-unavailable.error';

describe('bootFailureMessage', () => {
  it('gives a configuration problem without a stack trace', () => {
    const message = bootFailureMessage(new ConfigError(['PORT must be an integer']));
    expect(message).toBe('Invalid configuration:\n  - PORT must be an integer\n');
  });

  it('gives an unreachable service without a stack trace', () => {
    const error = new ServiceUnavailableError('Redis', '127.0.0.1:1', 'connect ECONNREFUSED', [
      'redis-server --port 1',
    ]);
    expect(bootFailureMessage(error)).toBe(
      'Redis is not reachable at 127.0.0.1:1 (connect ECONNREFUSED).\n' +
        'Start it with one of:\n' +
        '  redis-server --port 1\n',
    );
  });

  it('keeps the stack trace of anything unexpected', () => {
    expect(bootFailureMessage(new TypeError('boom'))).toMatch(/^TypeError: boom\n\s+at /);
  });
});

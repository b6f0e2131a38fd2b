import { Logger, type LoggerService } from '@nestjs/common';
import { DataSource, type Logger as TypeOrmLoggerInterface, type LoggerOptions } from 'typeorm';
import { dataSourceOptions } from './data-source-options';
import { TypeOrmLogger } from './typeorm-logger';

describe('TypeOrmLogger', () => {
  let logging: LoggerOptions = ['error', 'warn', 'migration'];
  const typeOrmLogger: TypeOrmLoggerInterface = new TypeOrmLogger(() => logging);
  const appLogger = {
    log: jest.fn(),
    warn: jest.fn(),
    error: jest.fn(),
    debug: jest.fn(),
  } satisfies LoggerService;

  beforeAll(() => {
    Logger.overrideLogger(appLogger);
  });
  beforeEach(() => {
    jest.clearAllMocks();
    logging = ['error', 'warn', 'migration'];
  });

  it("hands a failed query to the app's logger, with its query but not its parameters", () => {
    const error = new Error('duplicate key value violates unique constraint');

    typeOrmLogger.logQueryError(error, 'INSERT INTO users VALUES ($1)', ['$argon2id$secret']);

    expect(appLogger.error).toHaveBeenCalledWith(
      { msg: 'query failed', query: 'INSERT INTO users VALUES ($1)', err: error },
      undefined,
      'TypeORM',
    );
    expect(JSON.stringify(appLogger.error.mock.calls)).not.toContain('secret');
  });

  it("is silenced by the DataSource's setOptions({ logging: [] }), as the test databases are", () => {
    const dataSource = new DataSource(
      dataSourceOptions({ databaseUrl: 'postgres://postgres@127.0.0.1:1/never-connected' }),
    );

    dataSource.setOptions({ logging: [] });
    dataSource.logger.logQueryError('refused', 'DELETE FROM case_events');
    dataSource.logger.log('warn', 'something');

    expect(appLogger.error).not.toHaveBeenCalled();
    expect(appLogger.warn).not.toHaveBeenCalled();
  });

  it('reports a failed migration whatever the option, as TypeORM does', () => {
    logging = [];

    typeOrmLogger.logMigration('Migration "Init" failed, error: boom');

    expect(appLogger.log).toHaveBeenCalledWith('Migration "Init" failed, error: boom', 'TypeORM');
  });
});

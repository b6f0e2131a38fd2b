import { Body, Controller, Get, Logger, Post } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { Public } from '../../auth/public.decorator';
import { startTestApi, type TestApi } from '../../testing/test-api';
import { ZodValidationPipe } from '../validation/zod-validation.pipe';

const villageSchema = z.strictObject({ name: z.string(), households: z.number().int() });

// Routes that provoke what no real route does on purpose: a bug, and each database error.
// Public: what they provoke is answered alike with a token or without.
@Public()
@Controller('probe')
class ProbeController {
  constructor(private readonly dataSource: DataSource) {}

  @Post('villages')
  createVillage(
    @Body(new ZodValidationPipe(villageSchema)) village: z.infer<typeof villageSchema>,
  ) {
    return village;
  }

  @Post('sql')
  run(@Body() { sql }: { sql: string }): Promise<unknown> {
    return this.dataSource.query(sql);
  }

  @Get('bug')
  bug(): never {
    throw new Error('cannot read /srv/berdaya/secrets with password hunter2');
  }
}

describe('what the api answers when a request goes wrong', () => {
  let api: TestApi;
  const post = (url: string, payload: string, contentType = 'application/json') =>
    api.app.inject({ method: 'POST', url, payload, headers: { 'content-type': contentType } });
  const sql = (statement: string) => post('/api/probe/sql', JSON.stringify({ sql: statement }));

  beforeAll(async () => {
    api = await startTestApi({ controllers: [ProbeController] });
    // The statements below fail on purpose; TypeORM would print every one of them.
    api.dataSource.setOptions({ logging: [] });
    await api.dataSource.query(`
      CREATE TABLE probe_regions (id integer PRIMARY KEY);
      CREATE TABLE probe_villages (region_id integer REFERENCES probe_regions (id));
      INSERT INTO probe_regions VALUES (1);
      INSERT INTO probe_villages VALUES (1);
    `);
  });

  afterAll(() => api.close());

  afterEach(() => {
    jest.restoreAllMocks();
  });

  describe('a body', () => {
    it('with an unknown field is refused, naming the field', async () => {
      const response = await post(
        '/api/probe/villages',
        JSON.stringify({ name: 'Sukamaju', households: 120, colour: 'red', mayor: 'Budi' }),
      );

      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual({
        statusCode: 400,
        error: 'Bad Request',
        code: 'INVALID_FIELDS',
        message: 'colour: is not a known field; mayor: is not a known field',
        fields: [
          { field: 'colour', code: 'unknown_field', message: 'is not a known field' },
          { field: 'mayor', code: 'unknown_field', message: 'is not a known field' },
        ],
      });
    });

    it('with fields of the wrong type or missing is refused, naming each', async () => {
      const response = await post('/api/probe/villages', JSON.stringify({ households: 'many' }));

      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({
        code: 'INVALID_FIELDS',
        fields: [
          { field: 'name', code: 'required' },
          { field: 'households', code: 'not_number' },
        ],
      });
    });

    it('that is missing is refused as the body', async () => {
      const response = await post('/api/probe/villages', '');

      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({
        code: 'INVALID_FIELDS',
        fields: [{ field: 'body', code: 'required' }],
      });
    });

    it('that is malformed JSON is a 400', async () => {
      const response = await post('/api/probe/villages', '{"name": "Sukamaju",');

      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual({
        statusCode: 400,
        error: 'Bad Request',
        code: 'BAD_REQUEST',
        message: "Body is not valid JSON but content-type is set to 'application/json'",
      });
    });

    it('larger than 1 MiB is a 413 that says the limit', async () => {
      const response = await post(
        '/api/probe/villages',
        JSON.stringify({ name: 'x'.repeat(1024 * 1024), households: 1 }),
      );

      expect(response.statusCode).toBe(413);
      expect(response.json()).toEqual({
        statusCode: 413,
        error: 'Payload Too Large',
        code: 'BODY_TOO_LARGE',
        params: { limit: '1 MiB' },
        message: 'The request body is larger than the limit of 1 MiB',
      });
    });

    it('of a type the api does not read is a 415', async () => {
      const response = await post(
        '/api/probe/villages',
        'name=Sukamaju',
        'application/x-www-form-urlencoded',
      );

      expect(response.statusCode).toBe(415);
      expect(response.json()).toMatchObject({
        statusCode: 415,
        error: 'Unsupported Media Type',
        code: 'UNSUPPORTED_MEDIA_TYPE',
      });
    });
  });

  it('answers an unknown path with a JSON 404', async () => {
    const response = await api.app.inject({ method: 'GET', url: '/api/no-such-thing' });

    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({
      statusCode: 404,
      error: 'Not Found',
      code: 'NOT_FOUND',
      message: 'Cannot GET /api/no-such-thing',
    });
  });

  it('answers a bug with a 500 that gives nothing away, and logs the real error', async () => {
    const logged = jest.spyOn(Logger.prototype, 'error');

    const response = await api.app.inject({ method: 'GET', url: '/api/probe/bug' });

    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({
      statusCode: 500,
      error: 'Internal Server Error',
      code: 'INTERNAL_SERVER_ERROR',
      message: 'Something went wrong on our side; the error has been logged',
    });
    expect(response.body).not.toMatch(/hunter2|secrets|at .*\.ts/);
    expect(logged).toHaveBeenCalledWith(
      'cannot read /srv/berdaya/secrets with password hunter2',
      expect.stringContaining('error-answers.spec.ts'),
    );
  });

  it.each([
    [
      'a unique violation',
      `INSERT INTO workflow_definitions (id, version, status, definition) VALUES ('six-steps', 1, 'draft', '{}')`,
      409,
      'DUPLICATE_VALUE',
      'A record with the same unique value already exists',
    ],
    [
      'a reference to a missing record',
      'INSERT INTO probe_villages VALUES (2)',
      422,
      'REFERENCE_MISSING',
      'A value refers to a record that does not exist',
    ],
    [
      'deleting a record still referred to',
      'DELETE FROM probe_regions WHERE id = 1',
      409,
      'STILL_REFERENCED',
      'The record is still in use by other records; remove or change those first',
    ],
    [
      'a check violation',
      `INSERT INTO workflow_definitions (id, version, status, definition) VALUES ('x', 1, 'archived', '{}')`,
      422,
      'VALUE_NOT_ALLOWED',
      'A value is not one of those allowed',
    ],
    [
      'a missing required value',
      `INSERT INTO workflow_definitions (id, version, status, definition) VALUES ('x', 1, 'draft', NULL)`,
      422,
      'VALUE_MISSING',
      'A required value is missing',
    ],
    [
      'an invalid text representation',
      `SELECT 'abc'::integer`,
      400,
      'WRONG_FORMAT',
      'A value has the wrong format',
    ],
    [
      'a number out of range',
      'SELECT 99999999999::integer',
      400,
      'NUMBER_OUT_OF_RANGE',
      'A number is out of range',
    ],
    [
      'a malformed date',
      `SELECT 'someday'::timestamptz`,
      400,
      'DATE_WRONG_FORMAT',
      'A date or time has the wrong format',
    ],
  ])(
    'maps %s without naming tables or constraints',
    async (_name, statement, status, code, message) => {
      const response = await sql(statement);

      expect(response.statusCode).toBe(status);
      expect(response.json()).toEqual({
        statusCode: status,
        error: expect.any(String) as string,
        code,
        message,
      });
      expect(response.body).not.toMatch(/workflow_definitions|probe_|PK_|CHK_|fkey/);
    },
  );

  it('answers a database error it does not know as a bug: 500, logged, without the SQL', async () => {
    const logged = jest.spyOn(Logger.prototype, 'error');

    const response = await sql('SELEKT secret_column FROM workflow_definitions');

    expect(response.statusCode).toBe(500);
    expect(response.json()).toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
    expect(response.body).not.toMatch(/SELEKT|secret_column/);
    expect(logged).toHaveBeenCalledWith(
      expect.stringContaining('syntax error'),
      expect.any(String),
    );
  });
});

import { BUILT_IN_DEFINITIONS } from '@berdaya/empowerment';
import { newDefinition } from '../testing/workflow-definition.factory';
import { type SignedInUser, startTestApi, type TestApi } from '../testing/test-api';
import { BuiltInDefinitionsSeeder } from './built-in-definitions.seeder';

describe('the lifecycle of a workflow definition version', () => {
  let api: TestApi;
  let admin: SignedInUser;

  const send = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown) =>
    admin.inject({
      method,
      url: `/api/workflow-definitions${url}`,
      ...(payload === undefined ? {} : { payload: payload as object }),
    });

  beforeAll(async () => {
    api = await startTestApi();
    admin = await api.loginAs({ role: 'admin' });
  });

  afterAll(() => api.close());

  describe('the built-in definitions', () => {
    it('are published from the first start', async () => {
      const response = await send('GET', '?sort=["id","ASC"]');

      expect(response.json()).toEqual(
        [...BUILT_IN_DEFINITIONS]
          .sort((a, b) => a.id.localeCompare(b.id))
          .map((definition): unknown =>
            expect.objectContaining({
              id: `${definition.id}@${definition.version}`,
              status: 'published',
              name: definition.name,
            }),
          ),
      );
    });

    it('are answered with their whole definition', async () => {
      const response = await send('GET', '/empowerment-default@1');

      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({
        id: 'empowerment-default@1',
        definition: BUILT_IN_DEFINITIONS[0],
      });
    });

    it('are inserted once, however often the api starts, and a retired one stays retired', async () => {
      await send('POST', '/six-steps@1/retire');

      await api.app.get(BuiltInDefinitionsSeeder).onModuleInit();

      const rows = await api.dataSource.query<{ id: string; status: string }[]>(
        'SELECT id, status FROM workflow_definitions ORDER BY id',
      );
      expect(rows).toEqual([
        { id: 'empowerment-default', status: 'published' },
        { id: 'five-activities', status: 'published' },
        { id: 'six-steps', status: 'retired' },
      ]);
    });
  });

  it('goes from draft to published to retired, and a published version never changes', async () => {
    const draft = newDefinition({ id: 'water-committee', version: 1 });

    const created = await send('POST', '', draft);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      id: 'water-committee@1',
      definitionId: 'water-committee',
      version: 1,
      status: 'draft',
      name: draft.name,
      definition: draft,
    });

    const renamed = { ...draft, name: { en: 'Water committee', id: 'Komite air' } };
    const updated = await send('PUT', '/water-committee@1', renamed);
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({ status: 'draft', name: renamed.name });

    const published = await send('POST', '/water-committee@1/publish');
    expect(published.statusCode).toBe(200);
    expect(published.json()).toMatchObject({ status: 'published', definition: renamed });

    const changed = await send('PUT', '/water-committee@1', { ...renamed, name: draft.name });
    expect(changed.statusCode).toBe(409);
    expect(changed.json()).toEqual({
      statusCode: 409,
      error: 'Conflict',
      code: 'DEFINITION_PUBLISHED_FIXED',
      params: { key: 'water-committee@1' },
      message:
        'Workflow definition water-committee@1 is published, and a published version never changes; create a new version instead',
    });
    expect((await send('GET', '/water-committee@1')).json()).toMatchObject({ name: renamed.name });
    const refusal = async (method: 'POST' | 'DELETE', path: string) => {
      const answer = await send(method, path);
      return { status: answer.statusCode, code: answer.json<{ code: string }>().code };
    };
    expect(await refusal('POST', '/water-committee@1/publish')).toEqual({
      status: 409,
      code: 'DEFINITION_ALREADY_PUBLISHED',
    });
    expect(await refusal('DELETE', '/water-committee@1')).toEqual({
      status: 409,
      code: 'DEFINITION_PUBLISHED_KEPT',
    });

    const retired = await send('POST', '/water-committee@1/retire');
    expect(retired.statusCode).toBe(200);
    expect(retired.json()).toMatchObject({ status: 'retired' });
    expect(await refusal('POST', '/water-committee@1/retire')).toEqual({
      status: 409,
      code: 'DEFINITION_ALREADY_RETIRED',
    });
    expect(await refusal('POST', '/water-committee@1/publish')).toEqual({
      status: 409,
      code: 'DEFINITION_RETIRED_NOT_REPUBLISHED',
    });
    expect(await refusal('DELETE', '/water-committee@1')).toEqual({
      status: 409,
      code: 'DEFINITION_RETIRED_KEPT',
    });
    expect((await send('PUT', '/water-committee@1', renamed)).json()).toMatchObject({
      statusCode: 409,
      code: 'DEFINITION_RETIRED_FIXED',
    });
  });

  it('lets one of several simultaneous publishes win, and refuses the others', async () => {
    await send('POST', '', newDefinition({ id: 'raced' }));

    const answers = await Promise.all(
      Array.from({ length: 5 }, () => send('POST', '/raced@1/publish')),
    );

    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 409, 409, 409, 409]);
  });

  it("refuses a definition the engine does not accept with a 422 listing the engine's problems", async () => {
    const broken = newDefinition({
      id: 'broken',
      transitions: [{ event: 'FINISH', from: 'start', to: 'nowhere' }],
    });

    const response = await send('POST', '', broken);

    expect(response.statusCode).toBe(422);
    expect(response.json()).toEqual({
      statusCode: 422,
      error: 'Unprocessable Entity',
      code: 'DEFINITION_INVALID',
      params: { count: 3 },
      message:
        'The workflow definition is not valid: event "FINISH" from "start" targets unknown stage "nowhere" (and 2 more)',
      problems: [
        {
          code: 'UNKNOWN_STAGE',
          message: 'event "FINISH" from "start" targets unknown stage "nowhere"',
          params: { event: 'FINISH', from: 'start', to: 'nowhere' },
          path: 'transitions.0.to',
          stage: 'start',
          event: 'FINISH',
        },
        expect.objectContaining({ code: 'UNREACHABLE_STAGE', path: 'stages.1', stage: 'done' }),
        expect.objectContaining({ code: 'NO_WAY_OUT', path: 'stages.0', stage: 'start' }),
      ],
    });
    expect((await send('GET', '/broken@1')).statusCode).toBe(404);
  });

  it('refuses an unknown field in a definition, naming it', async () => {
    const response = await send('POST', '', {
      ...newDefinition({ id: 'coloured' }),
      colour: 'red',
    });

    expect(response.statusCode).toBe(422);
    expect(response.json<{ problems: unknown[] }>().problems).toEqual([
      {
        code: 'INVALID_FIELD',
        message: 'definition: Unrecognized key: "colour"',
        params: { field: 'colour' },
        issue: { code: 'unknown_field' },
        path: '',
      },
    ]);
  });

  it('validates without saving', async () => {
    const broken = newDefinition({ id: 'trial', final: ['finished'] });

    const invalid = await send('POST', '/validate', broken);
    const valid = await send('POST', '/validate', newDefinition({ id: 'trial' }));

    expect(invalid.statusCode).toBe(200);
    expect(invalid.json()).toEqual({
      valid: false,
      problems: expect.arrayContaining([
        {
          code: 'UNKNOWN_STAGE',
          message: 'final stage "finished" is not defined',
          params: { final: 'finished' },
          path: 'final.0',
          stage: 'finished',
        },
      ]) as unknown[],
    });
    expect(valid.json()).toEqual({ valid: true, problems: [] });
    expect((await send('GET', '/trial@1')).statusCode).toBe(404);
  });

  it('refuses a second draft of the same id and version', async () => {
    await send('POST', '', newDefinition({ id: 'twice' }));

    const again = await send('POST', '', newDefinition({ id: 'twice' }));

    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      code: 'DEFINITION_EXISTS',
      params: { key: 'twice@1' },
      message: 'Workflow definition twice@1 already exists; give the new one another version',
    });
  });

  it('refuses to replace a draft with a definition of another id or version, naming them', async () => {
    await send('POST', '', newDefinition({ id: 'renamed' }));

    const response = await send('PUT', '/renamed@1', newDefinition({ id: 'other', version: 2 }));

    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'INVALID_FIELDS',
      fields: [
        {
          field: 'id',
          code: 'definition_key_mismatch',
          params: { value: 'renamed' },
          message: 'must be "renamed", as in the URL renamed@1',
        },
        {
          field: 'version',
          code: 'definition_key_mismatch',
          params: { value: 1 },
          message: 'must be 1, as in the URL renamed@1',
        },
      ],
    });
  });

  it('deletes a draft, answering it as it was', async () => {
    await send('POST', '', newDefinition({ id: 'scratch' }));

    const deleted = await send('DELETE', '/scratch@1');

    expect(deleted.statusCode).toBe(200);
    expect(deleted.json()).toMatchObject({ id: 'scratch@1', status: 'draft' });
    expect((await send('GET', '/scratch@1')).statusCode).toBe(404);
  });

  it('publishes when the client sends an empty JSON body, as react-admin does', async () => {
    await send('POST', '', newDefinition({ id: 'empty-body' }));

    const response = await admin.inject({
      method: 'POST',
      url: '/api/workflow-definitions/empty-body@1/publish',
      headers: { 'content-type': 'application/json' },
    });

    expect(response.statusCode).toBe(200);
  });

  it.each([
    ['GET', '/empowerment-default'],
    ['GET', '/Empowerment@1'],
    ['GET', '/empowerment-default@0'],
    ['GET', '/empowerment-default@1.5'],
    ['GET', '/empowerment-default@99999999999'],
    ['PUT', '/x'],
    ['POST', '/x@y/publish'],
    ['POST', '/-x@1/retire'],
    ['DELETE', '/@1'],
  ] as const)(
    'answers %s %s, an id of the wrong shape, with a 400 naming it',
    async (method, url) => {
      const response = await send(method, url, method === 'PUT' ? newDefinition() : undefined);

      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual({
        statusCode: 400,
        error: 'Bad Request',
        code: 'INVALID_FIELDS',
        message: 'id: must be <definitionId>@<version>, e.g. empowerment-default@1',
        fields: [
          {
            field: 'id',
            code: 'definition_key_shape',
            message: 'must be <definitionId>@<version>, e.g. empowerment-default@1',
          },
        ],
      });
    },
  );

  it.each([
    ['GET', '/no-such@1'],
    ['PUT', '/no-such@1'],
    ['POST', '/no-such@1/publish'],
    ['POST', '/no-such@1/retire'],
    ['DELETE', '/no-such@1'],
  ] as const)('answers %s %s, a well-formed id of nothing, with a 404', async (method, url) => {
    const response = await send(
      method,
      url,
      method === 'PUT' ? newDefinition({ id: 'no-such' }) : undefined,
    );

    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({
      statusCode: 404,
      error: 'Not Found',
      code: 'WORKFLOW_DEFINITION_NOT_FOUND',
      params: { key: 'no-such@1' },
      message: 'Workflow definition no-such@1 does not exist',
    });
  });

  it('refuses a body that is not a JSON object with a 400', async () => {
    const response = await send('POST', '', ['not', 'a', 'definition']);

    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      fields: [{ field: 'body', message: 'must be a JSON object: the workflow definition' }],
    });
  });
});

import type { WorkflowDefinition } from '@berdaya/workflow';
import simpleRestProvider from 'ra-data-simple-rest';
import { startTestApi, type TestApi } from '../testing/test-api';
import { newDefinition } from '../testing/workflow-definition.factory';
import type {
  WorkflowDefinitionDetail,
  WorkflowDefinitionSummary,
} from './workflow-definition.record';

type HttpClient = NonNullable<Parameters<typeof simpleRestProvider>[1]>;

/**
 * What react-admin's fetchJson does, on the platform's fetch: JSON in, JSON out, errors thrown,
 * and the token of `options.user` (the admin panel's data provider sets it) as Authorization.
 */
const fetchJson: HttpClient = async (url: string, options = {}) => {
  const headers = new Headers(options.headers);
  headers.set('Accept', 'application/json');
  if (options.user?.authenticated && options.user.token) {
    headers.set('Authorization', options.user.token);
  }
  if (options.body !== undefined && !headers.has('Content-Type')) {
    headers.set('Content-Type', 'application/json');
  }
  const response = await fetch(url, { ...options, headers });
  const body = await response.text();
  const json: unknown = body === '' ? undefined : JSON.parse(body);
  if (!response.ok) {
    throw Object.assign(new Error((json as { message?: string } | undefined)?.message ?? body), {
      status: response.status,
      body: json,
    });
  }
  return { status: response.status, headers: response.headers, body, json };
};

describe("react-admin's own simple REST data provider, against the api on a real port", () => {
  let api: TestApi;
  let dataProvider: ReturnType<typeof simpleRestProvider>;
  const resource = 'workflow-definitions';

  beforeAll(async () => {
    api = await startTestApi({ listen: true });
    const { accessToken } = await api.loginAs({ role: 'admin' });
    dataProvider = simpleRestProvider(`${api.baseUrl}/api`, (url, options) =>
      fetchJson(url, { ...options, user: { authenticated: true, token: `Bearer ${accessToken}` } }),
    );
  });

  afterAll(() => api.close());

  it('creates a draft and gets it back', async () => {
    const definition = newDefinition({
      id: 'posyandu',
      name: { en: 'Health post', id: 'Posyandu' },
    });

    const created = await dataProvider.create<WorkflowDefinitionDetail>(resource, {
      data: definition,
    });
    const fetched = await dataProvider.getOne<WorkflowDefinitionDetail>(resource, {
      id: created.data.id,
    });

    expect(created.data).toMatchObject({ id: 'posyandu@1', status: 'draft' });
    expect(fetched.data).toMatchObject({ id: 'posyandu@1', status: 'draft', definition });
  });

  it('lists a page with its total, sorted and filtered', async () => {
    const { data, total } = await dataProvider.getList<WorkflowDefinitionSummary>(resource, {
      pagination: { page: 1, perPage: 2 },
      sort: { field: 'id', order: 'DESC' },
      filter: { status: 'published' },
    });

    expect(data.map((record) => record.id)).toEqual(['six-steps@1', 'five-activities@1']);
    expect(total).toBe(3);
  });

  it('searches with q', async () => {
    const { data, total } = await dataProvider.getList<WorkflowDefinitionSummary>(resource, {
      pagination: { page: 1, perPage: 25 },
      sort: { field: 'createdAt', order: 'ASC' },
      filter: { q: 'lima' },
    });

    expect(data.map((record) => record.id)).toEqual(['five-activities@1']);
    expect(total).toBe(1);
  });

  it('gets many by id', async () => {
    const { data } = await dataProvider.getMany<WorkflowDefinitionSummary>(resource, {
      ids: ['empowerment-default@1', 'six-steps@1'],
    });

    expect(data.map((record) => record.id).sort()).toEqual([
      'empowerment-default@1',
      'six-steps@1',
    ]);
  });

  it('gets the versions of one definition as references', async () => {
    await dataProvider.create<WorkflowDefinitionDetail>(resource, {
      data: newDefinition({ id: 'posyandu', version: 2 }),
    });

    const { data, total } = await dataProvider.getManyReference<WorkflowDefinitionSummary>(
      resource,
      {
        target: 'definitionId',
        id: 'posyandu',
        pagination: { page: 1, perPage: 10 },
        sort: { field: 'version', order: 'DESC' },
        filter: {},
      },
    );

    expect(data.map((record) => record.id)).toEqual(['posyandu@2', 'posyandu@1']);
    expect(total).toBe(2);
  });

  it('updates and deletes a draft', async () => {
    const definition: WorkflowDefinition = newDefinition({ id: 'arisan' });
    await dataProvider.create<WorkflowDefinitionDetail>(resource, { data: definition });
    const renamed = { ...definition, name: { en: 'Rotating savings', id: 'Arisan' } };

    const updated = await dataProvider.update<WorkflowDefinitionDetail>(resource, {
      id: 'arisan@1',
      data: renamed,
      previousData: { id: 'arisan@1' },
    });
    const deleted = await dataProvider.delete<WorkflowDefinitionDetail>(resource, {
      id: 'arisan@1',
    });

    expect(updated.data).toMatchObject({ id: 'arisan@1', name: renamed.name });
    expect(deleted.data).toMatchObject({ id: 'arisan@1' });
    await expect(
      dataProvider.getOne<WorkflowDefinitionDetail>(resource, { id: 'arisan@1' }),
    ).rejects.toMatchObject({
      status: 404,
    });
  });

  it('rejects a bad request with the message react-admin shows', async () => {
    await expect(
      dataProvider.getList<WorkflowDefinitionSummary>(resource, {
        pagination: { page: 1, perPage: 10 },
        sort: { field: 'colour', order: 'ASC' },
        filter: {},
      }),
    ).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining(
        'sort: cannot sort workflow-definitions by "colour"',
      ) as string,
    });
  });
});

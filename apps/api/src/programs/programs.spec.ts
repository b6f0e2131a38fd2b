import { newProgram } from '@berdaya/db/testing';
import type { FieldProblem } from '../common/validation/field-problem';
import { type SignedInUser, startTestApi, type TestApi } from '../testing/test-api';
import { newDefinition } from '../testing/workflow-definition.factory';

interface ProgramRecord {
  id: string;
  name: string;
  workflowDefinitionId: string;
  workflowDefinitionVersion: number;
  [field: string]: unknown;
}

const MISSING_ID = '00000000-0000-4000-8000-000000000000';

describe('programs: created by admins, seen and run by the people assigned to them', () => {
  let api: TestApi;
  let admin: SignedInUser;
  let water: ProgramRecord;
  let savings: ProgramRecord;

  const create = (payload: object) =>
    admin.inject({ method: 'POST', url: '/api/programs', payload });
  const names = (response: { json<T>(): T }) =>
    response.json<ProgramRecord[]>().map((program) => program.name);

  beforeAll(async () => {
    api = await startTestApi();
    admin = await api.loginAs({ role: 'admin' });
    // A draft and a retired version besides the published built-ins.
    await admin.inject({
      method: 'POST',
      url: '/api/workflow-definitions',
      payload: newDefinition(),
    });
    await admin.inject({
      method: 'POST',
      url: '/api/workflow-definitions',
      payload: newDefinition({ id: 'old-way' }),
    });
    await admin.inject({ method: 'POST', url: '/api/workflow-definitions/old-way@1/publish' });
    await admin.inject({ method: 'POST', url: '/api/workflow-definitions/old-way@1/retire' });
    water = (
      await create({
        name: 'Air Bersih Desa',
        workflowDefinitionId: 'empowerment-default',
        workflowDefinitionVersion: 1,
      })
    ).json<ProgramRecord>();
    savings = (
      await create({
        name: 'Kelompok Simpan Pinjam',
        workflowDefinitionId: 'six-steps',
        workflowDefinitionVersion: 1,
        timezone: 'Asia/Makassar',
      })
    ).json<ProgramRecord>();
  });

  afterAll(() => api.close());

  it('creates a program with the defaults of every setting left out', () => {
    expect(water).toEqual({
      id: expect.any(String) as string,
      name: 'Air Bersih Desa',
      description: null,
      workflowDefinitionId: 'empowerment-default',
      workflowDefinitionVersion: 1,
      timezone: 'Asia/Jakarta',
      visitReminderLeadDays: 2,
      overdueGraceDays: 3,
      approvalReminderDays: 3,
      approvalEscalationDays: 7,
      approvalExpiryDays: 14,
      evaluationCron: null,
      budgetStart: null,
      budgetEnd: null,
      active: true,
      createdAt: expect.any(String) as string,
      updatedAt: expect.any(String) as string,
    });
  });

  it.each<[string, object, FieldProblem]>([
    [
      'a draft version',
      { workflowDefinitionId: 'pilot', workflowDefinitionVersion: 1 },
      {
        field: 'workflowDefinitionVersion',
        code: 'definition_unpublished',
        params: { status: 'draft' },
        message: 'pilot@1 is draft; a program runs on a published version',
      },
    ],
    [
      'a retired version',
      { workflowDefinitionId: 'old-way', workflowDefinitionVersion: 1 },
      {
        field: 'workflowDefinitionVersion',
        code: 'definition_unpublished',
        params: { status: 'retired' },
        message: 'old-way@1 is retired; a program runs on a published version',
      },
    ],
    [
      'a version that does not exist',
      { workflowDefinitionId: 'six-steps', workflowDefinitionVersion: 7 },
      {
        field: 'workflowDefinitionVersion',
        code: 'unknown_id',
        message: 'workflow definition six-steps has no version 7',
      },
    ],
    [
      'a definition that does not exist',
      { workflowDefinitionId: 'no-such-way', workflowDefinitionVersion: 1 },
      {
        field: 'workflowDefinitionId',
        code: 'unknown_id',
        message: 'no workflow definition has the id no-such-way',
      },
    ],
  ])('refuses %s with a 422 naming the field', async (_name, pin, problem) => {
    const response = await create({ name: 'Program baru', ...pin });

    expect(response.statusCode).toBe(422);
    expect(response.json()).toEqual({
      statusCode: 422,
      error: 'Unprocessable Entity',
      code: 'INVALID_FIELDS',
      message: `${problem.field}: ${problem.message}`,
      fields: [problem],
    });
  });

  it.each([
    ['99 * * * *', 'Constraint error, got value 99 expected range 0-59'],
    ['0 0 31 2 *', 'Invalid explicit day of month definition'],
  ])(
    'refuses the evaluation pattern %s, which the scheduler could not run',
    async (pattern, why) => {
      const answer = await create({
        name: 'Program baru',
        workflowDefinitionId: 'six-steps',
        workflowDefinitionVersion: 1,
        evaluationCron: pattern,
      });

      expect(answer.statusCode).toBe(400);
      expect(answer.json<{ fields: { field: string; message: string }[] }>().fields).toEqual([
        {
          field: 'evaluationCron',
          code: 'cron_shape',
          message: expect.stringContaining(why) as string,
        },
      ]);
    },
  );

  it('refuses settings that are bad alone or together with a 400 naming each', async () => {
    const alone = await create({
      name: '',
      workflowDefinitionId: 'six-steps',
      workflowDefinitionVersion: 1,
      timezone: 'Asia/Singapore',
      approvalReminderDays: 0,
      evaluationCron: 'every month',
      budgetStart: '2026-02-30',
    });
    const together = await create({
      name: 'Program baru',
      workflowDefinitionId: 'six-steps',
      workflowDefinitionVersion: 1,
      approvalReminderDays: 5,
      approvalEscalationDays: 4,
      approvalExpiryDays: 3,
      budgetStart: '2026-06-01',
      budgetEnd: '2026-01-31',
    });

    expect(alone.statusCode).toBe(400);
    expect(alone.json<{ fields: { field: string }[] }>().fields.map((f) => f.field)).toEqual([
      'name',
      'timezone',
      'approvalReminderDays',
      'evaluationCron',
      'budgetStart',
    ]);
    expect(together.statusCode).toBe(400);
    expect(together.json()).toMatchObject({
      code: 'INVALID_FIELDS',
      fields: [
        {
          field: 'approvalEscalationDays',
          code: 'at_least_field',
          params: { other: 'approvalReminderDays', value: 5 },
          message: 'must be at least approvalReminderDays (5)',
        },
        {
          field: 'approvalExpiryDays',
          code: 'at_least_field',
          params: { other: 'approvalEscalationDays', value: 4 },
          message: 'must be at least approvalEscalationDays (4)',
        },
        {
          field: 'budgetEnd',
          code: 'not_before_field',
          params: { other: 'budgetStart', value: '2026-06-01' },
          message: 'must not be before budgetStart (2026-06-01)',
        },
      ],
    });
  });

  it('lists every program for an admin, and only those assigned for anyone else', async () => {
    const supervisor = await api.loginAs({ role: 'supervisor', programIds: [savings.id] });
    const viewer = await api.loginAs({ role: 'viewer' });

    const all = await admin.inject({ method: 'GET', url: '/api/programs?sort=["name","ASC"]' });
    const assigned = await supervisor.inject({ method: 'GET', url: '/api/programs' });
    const none = await viewer.inject({ method: 'GET', url: '/api/programs' });

    expect(names(all)).toEqual(['Air Bersih Desa', 'Kelompok Simpan Pinjam']);
    expect(names(assigned)).toEqual(['Kelompok Simpan Pinjam']);
    expect(assigned.headers['content-range']).toBe('programs 0-0/1');
    expect(names(none)).toEqual([]);
  });

  it('answers a program out of scope as a 404, exactly like one that does not exist', async () => {
    const supervisor = await api.loginAs({ role: 'supervisor', programIds: [savings.id] });

    const outOfScope = await supervisor.inject({ method: 'GET', url: `/api/programs/${water.id}` });
    const missing = await supervisor.inject({ method: 'GET', url: `/api/programs/${MISSING_ID}` });
    const own = await supervisor.inject({ method: 'GET', url: `/api/programs/${savings.id}` });

    expect(outOfScope.statusCode).toBe(404);
    expect(missing.statusCode).toBe(404);
    expect(outOfScope.json()).toMatchObject({
      code: 'PROGRAM_NOT_FOUND',
      params: { id: water.id },
      message: `Program ${water.id} does not exist`,
    });
    expect(own.statusCode).toBe(200);
  });

  it('lets a program manager change their program, and only theirs', async () => {
    const manager = await api.loginAs({ role: 'programManager', programIds: [savings.id] });

    const own = await manager.inject({
      method: 'PUT',
      url: `/api/programs/${savings.id}`,
      payload: { ...savings, description: 'Arisan dan simpan pinjam', overdueGraceDays: 5 },
    });
    const other = await manager.inject({
      method: 'PUT',
      url: `/api/programs/${water.id}`,
      payload: { description: 'Bukan punya saya' },
    });
    const create = await manager.inject({
      method: 'POST',
      url: '/api/programs',
      payload: { name: 'Baru', workflowDefinitionId: 'six-steps', workflowDefinitionVersion: 1 },
    });

    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({
      name: 'Kelompok Simpan Pinjam',
      description: 'Arisan dan simpan pinjam',
      overdueGraceDays: 5,
      timezone: 'Asia/Makassar',
    });
    expect(other.statusCode).toBe(404);
    expect(create.statusCode).toBe(403);
    expect(create.json()).toMatchObject({ code: 'ROLE' });
  });

  it('refuses changes from a supervisor of the program', async () => {
    const supervisor = await api.loginAs({ role: 'supervisor', programIds: [savings.id] });

    const response = await supervisor.inject({
      method: 'PUT',
      url: `/api/programs/${savings.id}`,
      payload: { description: 'x' },
    });

    expect(response.statusCode).toBe(403);
  });

  it('checks settings together with those stored, and a new pin against published versions', async () => {
    const tooEarly = await admin.inject({
      method: 'PUT',
      url: `/api/programs/${water.id}`,
      payload: { approvalExpiryDays: 5 },
    });
    const draft = await admin.inject({
      method: 'PUT',
      url: `/api/programs/${water.id}`,
      payload: { workflowDefinitionId: 'pilot' },
    });

    expect(tooEarly.statusCode).toBe(400);
    expect(tooEarly.json()).toMatchObject({
      fields: [
        { field: 'approvalExpiryDays', message: 'must be at least approvalEscalationDays (7)' },
      ],
    });
    expect(draft.statusCode).toBe(422);
  });

  it('keeps a pin whose version was retired since, when other settings change', async () => {
    const pinned = await newProgram(api.dataSource, {
      name: 'Cara lama',
      workflowDefinitionId: 'old-way',
      workflowDefinitionVersion: 1,
    });

    const response = await admin.inject({
      method: 'PUT',
      url: `/api/programs/${pinned.id}`,
      payload: { active: false },
    });

    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ workflowDefinitionId: 'old-way', active: false });
  });

  it('writes the job applying its evaluation schedule with each change to it, and only then', async () => {
    const intents = async (programId: string) => {
      const [{ count }] = await api.dataSource.query<{ count: number }[]>(
        `SELECT count(*)::int AS count FROM outbox
          WHERE job_name = 'evaluations.scheduleProgram' AND payload->>'programId' = $1`,
        [programId],
      );
      return count;
    };
    const change = (id: string, payload: object) =>
      admin.inject({ method: 'PUT', url: `/api/programs/${id}`, payload });
    const created = await create({
      name: 'Evaluasi Berkala',
      workflowDefinitionId: 'six-steps',
      workflowDefinitionVersion: 1,
      evaluationCron: '0 8 1 * *',
    });
    const { id } = created.json<ProgramRecord>();
    const counts: number[] = [await intents(id)];
    const step = async (payload: object) => {
      expect((await change(id, payload)).statusCode).toBe(200);
      counts.push(await intents(id));
    };

    await step({ description: 'Bukan soal jadwal', overdueGraceDays: 4 });
    await step({ evaluationCron: '0 8 1 */3 *' });
    await step({ timezone: 'Asia/Jayapura' });
    await step({ evaluationCron: '0 8 1 */3 *', timezone: 'Asia/Jayapura', name: 'Sama' });
    await step({ active: false });
    await step({ evaluationCron: '0 9 1 * *' });
    await step({ active: true });
    const deleted = await admin.inject({ method: 'DELETE', url: `/api/programs/${id}` });
    counts.push(await intents(id));

    expect(created.statusCode).toBe(201);
    expect(deleted.statusCode).toBe(200);
    // Created with a schedule: 1. Other settings, or the same schedule again: nothing. The
    // pattern, the zone, deactivating: one each. A new pattern while inactive: nothing, as an
    // inactive program runs no evaluations; reactivating applies it. Deleting removes it.
    expect(counts).toEqual([1, 1, 2, 3, 3, 4, 4, 5, 6]);
    // Programs created and changed without a schedule never needed one.
    expect(await intents(water.id)).toBe(0);
    expect(await intents(savings.id)).toBe(0);
  });

  it('deletes a program, answering it as it was', async () => {
    const doomed = (
      await create({
        name: 'Sementara',
        workflowDefinitionId: 'six-steps',
        workflowDefinitionVersion: 1,
      })
    ).json<ProgramRecord>();

    const response = await admin.inject({ method: 'DELETE', url: `/api/programs/${doomed.id}` });

    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual(doomed);
    expect(
      (await admin.inject({ method: 'GET', url: `/api/programs/${doomed.id}` })).statusCode,
    ).toBe(404);
  });
});

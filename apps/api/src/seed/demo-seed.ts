import {
  CaseEntity,
  CaseEventEntity,
  EvaluationEntity,
  ProgramEntity,
  RegionEntity,
  TransitionRequestEntity,
  UserEntity,
  UserProgramEntity,
  UserRegionEntity,
  VisitEntity,
  WorkflowDefinitionEntity,
} from '@berdaya/db';
import {
  BUILT_IN_DEFINITIONS,
  DEFAULT_PROCESS_DEFINITION,
  SIX_STEPS_DEFINITION,
} from '@berdaya/empowerment';
import { jobIntent, writeOutbox } from '@berdaya/jobs';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { PasswordHasher } from '../users/password.hasher';
import { demoCase, type DemoCaseRows } from './demo-cases';
import { DemoRandom } from './demo-random';
import { demoRegions } from './demo-regions';
import { DEMO_USERS } from './demo-users';

export const DEMO_CASE_COUNT = 300;

/** Quarterly, on the first of the month at 08:00 in each program's zone. */
export const DEMO_EVALUATION_CRON = '0 8 1 */3 *';

// Rows per INSERT: well under PostgreSQL's 65,535 parameters for the widest table here.
const BATCH_ROWS = 500;

export type DemoSeedOutcome =
  { seeded: false; reason: string } | { seeded: true; counts: Record<string, number> };

async function insertAll<T extends ObjectLiteral>(
  tx: EntityManager,
  target: EntityTarget<T>,
  rows: readonly Partial<T>[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH_ROWS) {
    await tx
      .createQueryBuilder()
      .insert()
      .into(target)
      .values(rows.slice(i, i + BATCH_ROWS))
      .execute();
  }
}

/**
 * Loads the demo foundation: regions, two programs, one user of each role and 300 cases with
 * their history, requests, visits and evaluations, in one transaction. Once is enough: if the
 * demo admin exists, it changes nothing and says so.
 */
export async function seedDemo(
  dataSource: DataSource,
  today = new Date(),
): Promise<DemoSeedOutcome> {
  const admin = DEMO_USERS[0];
  if (await dataSource.getRepository(UserEntity).existsBy({ email: admin.email })) {
    return { seeded: false, reason: `the demo data is already there (${admin.email} exists)` };
  }
  const hasher = new PasswordHasher();
  const hashes = await Promise.all(DEMO_USERS.map((user) => hasher.hash(user.password)));
  const random = new DemoRandom(20260105);

  return dataSource.transaction(async (tx) => {
    // The api publishes these at start; the seed may run before it ever has.
    await tx
      .createQueryBuilder()
      .insert()
      .into(WorkflowDefinitionEntity)
      .values(
        BUILT_IN_DEFINITIONS.map((definition) => ({
          id: definition.id,
          version: definition.version,
          status: 'published' as const,
          definition,
        })),
      )
      .orIgnore()
      .execute();

    const regions = demoRegions();
    await insertAll<RegionEntity>(tx, RegionEntity, regions);
    const byCode = new Map(regions.map((region) => [region.code, region]));

    const programs = [
      {
        id: randomUUID(),
        name: 'Desa Berdaya Jawa Tengah',
        description: 'Pendampingan kelompok warga menuju kemandirian ekonomi.',
        workflowDefinitionId: DEFAULT_PROCESS_DEFINITION.id,
        workflowDefinitionVersion: DEFAULT_PROCESS_DEFINITION.version,
        timezone: 'Asia/Jakarta' as const,
        evaluationCron: DEMO_EVALUATION_CRON,
        budgetStart: '2026-01-01',
        budgetEnd: '2027-12-31',
        definition: DEFAULT_PROCESS_DEFINITION,
        provinceCode: '33',
      },
      {
        id: randomUUID(),
        name: 'Lumbung Pangan Lombok',
        description: 'Ketahanan pangan berbasis kelompok tani dan nelayan.',
        workflowDefinitionId: SIX_STEPS_DEFINITION.id,
        workflowDefinitionVersion: SIX_STEPS_DEFINITION.version,
        timezone: 'Asia/Makassar' as const,
        evaluationCron: DEMO_EVALUATION_CRON,
        budgetStart: '2026-01-01',
        budgetEnd: '2026-12-31',
        definition: SIX_STEPS_DEFINITION,
        provinceCode: '52',
      },
    ];
    await insertAll(
      tx,
      ProgramEntity,
      programs.map(({ definition: _definition, provinceCode: _province, ...row }) => row),
    );

    const users = DEMO_USERS.map((user, i) => ({
      id: randomUUID(),
      email: user.email,
      passwordHash: hashes[i],
      fullName: user.fullName,
      role: user.role,
      locale: 'id' as const,
      active: true,
    }));
    await insertAll(tx, UserEntity, users);
    const assigned = users.filter((user) => user.role !== 'admin');
    await insertAll(
      tx,
      UserProgramEntity,
      assigned.flatMap((user) =>
        programs.map((program) => ({ userId: user.id, programId: program.id })),
      ),
    );
    await insertAll(
      tx,
      UserRegionEntity,
      DEMO_USERS.flatMap((user, i) =>
        user.regionCodes.map((code) => ({ userId: users[i].id, regionId: byCode.get(code)!.id })),
      ),
    );

    const facilitator = users.find((user) => user.role === 'facilitator')!;
    const supervisor = users.find((user) => user.role === 'supervisor')!;
    const manager = users.find((user) => user.role === 'programManager')!;
    const regionsOf = (role: string) => DEMO_USERS.find((user) => user.role === role)!.regionCodes;
    const within = (codes: readonly string[], code: string) =>
      codes.some((under) => code.startsWith(`${under}.`));
    const villages = regions.filter((region) => region.level === 'village');
    const rows: DemoCaseRows[] = [];
    for (let i = 0; i < DEMO_CASE_COUNT; i++) {
      // Three in five cases in Central Java, the rest in Lombok.
      const program = programs[i % 5 < 3 ? 0 : 1];
      const village = random.pick(
        villages.filter((v) => v.code.startsWith(`${program.provinceCode}.`)),
      );
      rows.push(
        demoCase({
          definition: program.definition,
          programId: program.id,
          village,
          // The demo has one facilitator: cases elsewhere wait for one to be assigned.
          facilitatorId: within(regionsOf('facilitator'), village.code) ? facilitator.id : null,
          requesterId: manager.id,
          supervisorId: within(regionsOf('supervisor'), village.code) ? supervisor.id : users[0].id,
          today,
          random,
        }),
      );
    }
    const events = rows.flatMap((row) => row.events);
    const requests = rows.flatMap((row) => row.requests);
    const visits = rows.flatMap((row) => row.visits);
    const evaluations = rows.flatMap((row) => row.evaluations);
    await insertAll(
      tx,
      CaseEntity,
      rows.map((row) => row.case),
    );
    await insertAll(tx, CaseEventEntity, events);
    await insertAll(tx, TransitionRequestEntity, requests);
    await insertAll(tx, VisitEntity, visits);
    await insertAll(tx, EvaluationEntity, evaluations);
    // For the worker: each program's evaluation scheduler, and indicators for the dashboard now
    // rather than at the first scheduled run.
    await writeOutbox(
      tx,
      programs.flatMap(({ id }) => [
        jobIntent('evaluations.scheduleProgram', { programId: id }),
        jobIntent('evaluations.snapshot', { programId: id }),
      ]),
    );

    return {
      seeded: true,
      counts: {
        regions: regions.length,
        programs: programs.length,
        users: users.length,
        cases: rows.length,
        caseEvents: events.length,
        transitionRequests: requests.length,
        visits: visits.length,
        evaluations: evaluations.length,
      },
    };
  });
}

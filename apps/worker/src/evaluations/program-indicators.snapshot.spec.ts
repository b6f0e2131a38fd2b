import { type CaseEntity, ProgramIndicatorSnapshotEntity } from '@berdaya/db';
import { newCase, newProgram, newUser, useMigratedDatabase } from '@berdaya/db/testing';
import {
  DEFAULT_PROCESS_DEFINITION,
  INDEX_BUCKETS,
  type StageIndicator,
} from '@berdaya/empowerment';
import { leafStages } from '@berdaya/workflow';
import type { DataSource } from 'typeorm';
import { takeProgramIndicatorsSnapshot } from './program-indicators.snapshot';

// 10:00 WIB on 20 March: the program's day is 2031-03-20.
const AT = new Date('2031-03-20T03:00:00Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const PREPARING = 'dialogue.preparingToWorkTogether';

async function evaluate(
  dataSource: DataSource,
  theCase: CaseEntity,
  evaluation: { evaluatedOn?: string; index?: number; status?: 'due' | 'done' },
) {
  const { evaluatedOn = null, index = null, status = 'done' } = evaluation;
  await dataSource.query(
    `INSERT INTO evaluations (case_id, kind, status, due_on, evaluated_on, scores, empowerment_index)
     VALUES ($1, 'periodic', $2, $3, $4, $5, $6)`,
    [
      theCase.id,
      status,
      status === 'due' ? '2031-03-20' : null,
      evaluatedOn,
      status === 'done' ? { elements: {} } : null,
      index,
    ],
  );
}

async function request(
  dataSource: DataSource,
  theCase: CaseEntity,
  requestedBy: string,
  status: string,
  createdAt: Date,
  decidedAt: Date | null,
) {
  await dataSource.query(
    `INSERT INTO transition_requests
       (case_id, event, from_stage, to_stage, requested_by, status, case_version, decided_at,
        remind_at, escalate_at, expire_at, created_at)
     VALUES ($1, 'NEXT', 'intake', $2, $3, $4, 1, $5, $6, $6, $6, $7)`,
    [
      theCase.id,
      PREPARING,
      requestedBy,
      status,
      decidedAt,
      new Date(createdAt.getTime() + DAY),
      createdAt,
    ],
  );
}

describe('takeProgramIndicatorsSnapshot', () => {
  const db = useMigratedDatabase();
  let programId: string;

  beforeAll(async () => {
    const { dataSource } = db;
    const program = await newProgram(dataSource, { timezone: 'Asia/Jakarta', overdueGraceDays: 3 });
    programId = program.id;
    const other = await newProgram(dataSource, { name: 'Another program' });
    const requester = await newUser(dataSource);
    const inProgram = (overrides: Partial<CaseEntity>) =>
      newCase(dataSource, { programId, status: 'active', ...overrides });

    // Intake for 10 days; visit due 4 days ago: overdue with 3 grace days. Improving 40 → 50.
    const improving = await inProgram({
      stage: 'intake',
      stageEnteredAt: new Date('2031-03-10T03:00:00Z'),
      nextVisitDue: '2031-03-16',
    });
    await evaluate(dataSource, improving, { evaluatedOn: '2031-01-10', index: 40 });
    await evaluate(dataSource, improving, { evaluatedOn: '2031-03-01', index: 50 });
    // Entered at 01:00 WIB on the 19th (still the 18th in UTC): one day. Visit due 3 days ago:
    // within grace. Only an evaluation due, none done.
    const unevaluated = await inProgram({
      stage: 'intake',
      stageEnteredAt: new Date('2031-03-18T18:00:00Z'),
      nextVisitDue: '2031-03-17',
    });
    await evaluate(dataSource, unevaluated, { status: 'due' });
    // 19 days in its stage, no visit due. Declining 70 → 62, the later evaluation recorded first.
    const declining = await inProgram({
      stage: PREPARING,
      stageEnteredAt: new Date('2031-03-01T03:00:00Z'),
      nextVisitDue: null,
    });
    await evaluate(dataSource, declining, { evaluatedOn: '2031-03-05', index: 62 });
    await evaluate(dataSource, declining, { evaluatedOn: '2031-02-01', index: 70 });
    // Not active: counted by status only, their visits and evaluations left out.
    const onHold = await inProgram({
      status: 'onHold',
      stage: 'onHold',
      stageEnteredAt: new Date('2031-01-01T03:00:00Z'),
      nextVisitDue: '2031-01-05',
    });
    await evaluate(dataSource, onHold, { evaluatedOn: '2031-01-10', index: 5 });
    await inProgram({ status: 'closed', stage: 'closed', stageEnteredAt: AT });
    // Another program's case: left out of everything.
    const elsewhere = await newCase(dataSource, {
      programId: other.id,
      stage: 'intake',
      stageEnteredAt: new Date('2030-01-01T00:00:00Z'),
      nextVisitDue: '2030-01-05',
    });
    await evaluate(dataSource, elsewhere, { evaluatedOn: '2031-03-01', index: 95 });

    const ago = (ms: number) => new Date(AT.getTime() - ms);
    // Decided in the window after 2 h and after 30 h: a median of 16 h.
    await request(
      dataSource,
      improving,
      requester.id,
      'approved',
      ago(10 * DAY),
      ago(10 * DAY - 2 * HOUR),
    );
    await request(
      dataSource,
      declining,
      requester.id,
      'rejected',
      ago(5 * DAY),
      ago(5 * DAY - 30 * HOUR),
    );
    // Decided 91 days ago, before the window; expired and withdrawn are no decisions; pending is
    // undecided; the other program's does not count.
    await request(dataSource, improving, requester.id, 'approved', ago(95 * DAY), ago(91 * DAY));
    await request(dataSource, declining, requester.id, 'expired', ago(20 * DAY), ago(6 * DAY));
    await request(dataSource, onHold, requester.id, 'withdrawn', ago(3 * DAY), ago(2 * DAY));
    await request(dataSource, unevaluated, requester.id, 'pending', ago(HOUR), null);
    await request(dataSource, elsewhere, requester.id, 'approved', ago(2 * DAY), ago(DAY));
  });

  afterEach(async () => {
    await db.dataSource.query('DELETE FROM program_indicator_snapshots');
  });

  const snapshots = () =>
    db.dataSource.getRepository(ProgramIndicatorSnapshotEntity).find({ order: { takenAt: 'ASC' } });

  it('computes the figures of a program from its cases, visits, requests and evaluations', async () => {
    const figures = await takeProgramIndicatorsSnapshot(db.dataSource, programId, AT);

    const stages = leafStages(DEFAULT_PROCESS_DEFINITION).map(({ path }): StageIndicator => ({
      stage: path,
      cases: 0,
      medianDaysInStage: null,
    }));
    expect(stages[0].stage).toBe('intake');
    expect(stages[1].stage).toBe(PREPARING);
    stages[0] = { stage: 'intake', cases: 2, medianDaysInStage: 5.5 };
    stages[1] = { stage: PREPARING, cases: 1, medianDaysInStage: 19 };
    expect(figures).toEqual({
      casesByStatus: { active: 3, onHold: 1, closed: 1, withdrawn: 0 },
      activeCases: 3,
      stages,
      medianDaysInStage: 10,
      overdueVisits: { cases: 1, rate: 0.3333 },
      approvalTurnaround: { windowDays: 90, decisions: 2, medianHours: 16 },
      empowermentIndex: {
        evaluatedCases: 2,
        notEvaluatedCases: 1,
        median: 56,
        distribution: INDEX_BUCKETS.map((bucket) => ({
          ...bucket,
          cases: bucket.level === 'medium' || bucket.level === 'high' ? 1 : 0,
        })),
        trend: { improving: 1, stable: 0, declining: 1 },
      },
    });
  });

  it('stores one snapshot with the figures it answers', async () => {
    const figures = await takeProgramIndicatorsSnapshot(db.dataSource, programId, AT);

    const stored = await snapshots();
    expect(stored).toEqual([{ id: expect.any(String) as string, programId, takenAt: AT, figures }]);
  });

  it('stores nothing more when called again for the same instant, and answers what it stored', async () => {
    const { dataSource } = db;
    const program = await newProgram(dataSource, { name: 'Retried program' });
    const theCase = await newCase(dataSource, { programId: program.id, stageEnteredAt: AT });
    const first = await takeProgramIndicatorsSnapshot(dataSource, program.id, AT);
    await dataSource.query(`UPDATE cases SET status = 'withdrawn' WHERE id = $1`, [theCase.id]);

    const again = await takeProgramIndicatorsSnapshot(dataSource, program.id, AT);
    const nextDay = new Date(AT.getTime() + DAY);
    const later = await takeProgramIndicatorsSnapshot(dataSource, program.id, nextDay);

    expect(first?.activeCases).toBe(1);
    expect(again).toEqual(first);
    expect(later?.activeCases).toBe(0);
    expect(
      (await snapshots()).map(({ takenAt, figures }) => [takenAt, figures.activeCases]),
    ).toEqual([
      [AT, 1],
      [nextDay, 0],
    ]);
  });

  it('answers null and stores nothing for a program that does not exist', async () => {
    const figures = await takeProgramIndicatorsSnapshot(
      db.dataSource,
      '00000000-0000-4000-8000-000000000000',
      AT,
    );

    expect(figures).toBeNull();
    expect(await snapshots()).toEqual([]);
  });

  it('answers the figures of an empty program, and its snapshots go with it', async () => {
    const empty = await newProgram(db.dataSource, { name: 'Empty program' });

    const figures = await takeProgramIndicatorsSnapshot(db.dataSource, empty.id, AT);
    await db.dataSource.query('DELETE FROM programs WHERE id = $1', [empty.id]);

    expect(figures).toMatchObject({
      activeCases: 0,
      medianDaysInStage: null,
      overdueVisits: { cases: 0, rate: null },
      approvalTurnaround: { decisions: 0, medianHours: null },
      empowermentIndex: { evaluatedCases: 0, median: null },
    });
    expect(await snapshots()).toEqual([]);
  });
});

import { CaseEventEntity, OutboxMessageEntity, RegionEntity } from '@berdaya/db';
import { newProgram, newRegion, newUser, useMigratedDatabase } from '@berdaya/db/testing';
import { HttpException } from '@nestjs/common';
import { Clock } from '../common/clock/clock';
import type { CaseIntake } from './case-intake.schema';
import { CaseIntakeService } from './case-intake.service';

class FixedClock extends Clock {
  constructor(private readonly instant: Date) {
    super();
  }
  now(): Date {
    return this.instant;
  }
}

describe('CaseIntakeService', () => {
  const db = useMigratedDatabase();
  // 23:30 in Jakarta, already the next day in Jayapura.
  const clock = new FixedClock(new Date('2026-11-22T16:30:00Z'));
  let intake: CaseIntakeService;
  let base: CaseIntake;
  let actorId: string;

  beforeAll(async () => {
    intake = new CaseIntakeService(db.dataSource, clock);
    actorId = (await newUser(db.dataSource)).id;
    for (const code of ['33', '33.74', '33.74.01']) await newRegion(db.dataSource, code);
    const village = await newRegion(db.dataSource, '33.74.01.1001', 'Tandang');
    base = {
      programId: (await newProgram(db.dataSource)).id,
      regionId: village.id,
      groupName: 'Kelompok Wanita Tani Melati',
      groupType: 'women',
      intake: {
        solidarity: 'high',
        trust: 'medium',
        norms: 'high',
        leaderPresentAndEnthusiastic: false,
      },
    };
  });

  const refusal = async (input: CaseIntake) => {
    try {
      await intake.create(actorId, input);
    } catch (error) {
      if (error instanceof HttpException)
        return { status: error.getStatus(), body: error.getResponse() };
      throw error;
    }
    throw new Error('not refused');
  };

  it('starts the case where its workflow starts, with the recommended approach and its reason in history', async () => {
    const created = await intake.create(actorId, base);

    expect(created).toMatchObject({
      stage: 'intake',
      status: 'active',
      version: 1,
      approach: 'selfHelp',
      recommendedApproach: 'selfHelp',
      approachReason: { code: 'HIGH_SOCIAL_CAPITAL' },
      approachOverrideReason: null,
      startedOn: '2026-11-22',
    });
    const history = await db.dataSource
      .getRepository(CaseEventEntity)
      .find({ where: { caseId: created.id }, order: { id: 'ASC' } });
    expect(history.map((e) => [e.type, e.payload])).toEqual([
      ['created', {}],
      [
        'approachChosen',
        {
          recommended: 'selfHelp',
          chosen: 'selfHelp',
          socialCapital: 'high',
          reasonCode: 'HIGH_SOCIAL_CAPITAL',
        },
      ],
    ]);
    const jobs = await db.dataSource
      .getRepository(OutboxMessageEntity)
      .findBy({ jobName: 'reminders.scheduleVisitReminder' });
    expect(jobs.map((j) => j.payload)).toContainEqual({ caseId: created.id, caseVersion: 1 });
  });

  it("dates the first visit from the day it is in the program's timezone", async () => {
    const jakarta = await intake.create(actorId, base);
    const jayapura = await intake.create(actorId, {
      ...base,
      programId: (await newProgram(db.dataSource, { timezone: 'Asia/Jayapura' })).id,
    });
    expect([jakarta.startedOn, jayapura.startedOn]).toEqual(['2026-11-22', '2026-11-23']);
    expect(jakarta.nextVisitDue).not.toBeNull();
  });

  it('needs a reason to choose another approach than the recommended one, and records it', async () => {
    const choice = { ...base, approach: 'technicalAssistance' as const };
    expect(await refusal(choice)).toMatchObject({
      status: 422,
      body: {
        code: 'INVALID_FIELDS',
        fields: [
          {
            field: 'approachOverrideReason',
            code: 'override_reason_required',
            params: { approach: 'technicalAssistance', recommended: 'selfHelp' },
          },
        ],
      },
    });

    const overridden = await intake.create(actorId, {
      ...choice,
      approachOverrideReason: 'the harvest fails: the group needs seeds now',
    });
    expect(overridden).toMatchObject({
      approach: 'technicalAssistance',
      recommendedApproach: 'selfHelp',
    });
    const chosen = await db.dataSource
      .getRepository(CaseEventEntity)
      .findOneByOrFail({ caseId: overridden.id, type: 'approachChosen' });
    expect(chosen.reason).toBe('the harvest fails: the group needs seeds now');
  });

  it.each<
    [
      string,
      (ids: { district: string; missing: string; user: string }) => Partial<CaseIntake>,
      string,
      string,
    ]
  >([
    [
      'an unknown program',
      ({ missing }) => ({ programId: missing }),
      'programId',
      'not_your_program',
    ],
    ['an unknown region', ({ missing }) => ({ regionId: missing }), 'regionId', 'unknown_id'],
    [
      'a region that is not a village',
      ({ district }) => ({ regionId: district }),
      'regionId',
      'not_a_village',
    ],
    [
      'a facilitator who is not one',
      ({ user }) => ({ facilitatorId: user }),
      'facilitatorId',
      'facilitator_not_eligible',
    ],
  ])('refuses %s, naming the field', async (_name, change, field, code) => {
    const { id: district } = await db.dataSource
      .getRepository(RegionEntity)
      .findOneByOrFail({ code: '33.74.01' });
    const user = (await newUser(db.dataSource, { role: 'viewer' })).id;
    const missing = '00000000-0000-4000-8000-000000000000';
    expect(await refusal({ ...base, ...change({ district, missing, user }) })).toMatchObject({
      status: 422,
      body: { fields: [{ field, code }] },
    });
  });
});

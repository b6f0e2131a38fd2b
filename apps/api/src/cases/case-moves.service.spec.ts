import { randomUUID } from 'node:crypto';
import {
  AttachmentEntity,
  CaseEntity,
  CaseEventEntity,
  OutboxMessageEntity,
  TransitionRequestEntity,
} from '@berdaya/db';
import { newCase, newProgram, newRegion, newUser, useMigratedDatabase } from '@berdaya/db/testing';
import { DEFAULT_PROCESS_DEFINITION as def, type Role } from '@berdaya/empowerment';
import { allowedEvents, start } from '@berdaya/workflow';
import { HttpException } from '@nestjs/common';
import { CaseMovesRepository } from './case-moves.repository';
import { CaseMovesService } from './case-moves.service';
import type { CaseActor } from './cases.service';
import { PublishedDefinitions } from './published-definitions';

const intakeChecklist = allowedEvents(def, start(def)).find(
  (e) => e.event === 'ADVANCE',
)!.checklist;

/** The HTTP status and body a refused call would answer with. */
async function refusal(
  call: Promise<unknown>,
): Promise<{ status: number; body: Record<string, unknown> }> {
  try {
    await call;
  } catch (error) {
    if (error instanceof HttpException) {
      return { status: error.getStatus(), body: error.getResponse() as Record<string, unknown> };
    }
    throw error;
  }
  throw new Error('the call was not refused');
}

// 23:30 on 7 March 2031 in Jakarta, the test program's zone.
const NOW = new Date('2031-03-07T16:30:00Z');

describe('CaseMovesService', () => {
  const db = useMigratedDatabase();
  let moves: CaseMovesService;
  let facilitator: CaseActor;
  let supervisor: CaseActor;
  // Every case of these tests is in one program and village, which every person here covers.
  let programId: string;
  let village: { id: string; path: string };

  const person = async (role: Role): Promise<CaseActor> => ({
    id: (await newUser(db.dataSource, { role })).id,
    role,
    programIds: [programId],
    regionPaths: [village.path],
  });
  const aCase = () => newCase(db.dataSource, { programId, regionId: village.id });
  const historyOf = (caseId: string) =>
    db.dataSource.getRepository(CaseEventEntity).find({ where: { caseId }, order: { id: 'ASC' } });
  const outboxJobs = async () =>
    (await db.dataSource.getRepository(OutboxMessageEntity).find({ order: { id: 'ASC' } })).map(
      (m) => m.jobName,
    );
  const requestAdvance = async (c: CaseEntity) => {
    const outcome = await moves.requestMove(facilitator, c.id, {
      event: 'ADVANCE',
      checklist: intakeChecklist,
      expectedVersion: c.version,
    });
    if (outcome.kind !== 'requested') throw new Error('expected a request');
    return outcome.request;
  };

  beforeAll(async () => {
    moves = new CaseMovesService(
      new CaseMovesRepository(db.dataSource),
      new PublishedDefinitions(db.dataSource),
      { now: () => NOW },
    );
    programId = (await newProgram(db.dataSource)).id;
    village = await newRegion(db.dataSource, '35.01.02.2001');
    facilitator = await person('facilitator');
    supervisor = await person('supervisor');
  });

  beforeEach(async () => {
    await db.dataSource.query('DELETE FROM outbox');
  });

  it('records a forward move as a pending request, with history and a job to tell the supervisors', async () => {
    const c = await aCase();
    const request = await requestAdvance(c);

    expect(request).toMatchObject({
      status: 'pending',
      fromStage: 'intake',
      toStage: 'dialogue.preparingToWorkTogether',
      caseVersion: c.version,
    });
    expect((await historyOf(c.id)).map((e) => e.type)).toEqual(['transitionRequested']);
    expect(await outboxJobs()).toEqual(['notifications.approvalWaiting']);
    expect(
      await db.dataSource.getRepository(CaseEntity).findOneByOrFail({ id: c.id }),
    ).toMatchObject({ stage: 'intake', version: c.version });
  });

  it('allows one pending request per case', async () => {
    const c = await aCase();
    await requestAdvance(c);
    const second = await refusal(requestAdvance(c));
    expect(second).toMatchObject({ status: 409, body: { code: 'REQUEST_PENDING' } });
  });

  it('moves the case when another supervisor approves, once', async () => {
    const c = await aCase();
    const request = await requestAdvance(c);
    const moved = await moves.approve(supervisor, request.id, 'well prepared');

    expect(moved).toMatchObject({
      stage: 'dialogue.preparingToWorkTogether',
      status: 'active',
      version: c.version + 1,
      // A week's cadence from the day of entry, counted in the program's zone.
      nextVisitDue: '2031-03-14',
    });
    const history = await historyOf(c.id);
    expect(history.map((e) => [e.type, e.fromStage, e.toStage, e.actorId])).toEqual([
      ['transitionRequested', 'intake', 'dialogue.preparingToWorkTogether', facilitator.id],
      ['transitionApproved', 'intake', 'dialogue.preparingToWorkTogether', supervisor.id],
    ]);
    expect(await outboxJobs()).toEqual([
      'notifications.approvalWaiting',
      'notifications.approvalDecided',
      'reminders.scheduleVisitReminder',
    ]);
    expect(await refusal(moves.approve(supervisor, request.id))).toMatchObject({
      status: 409,
      body: { code: 'REQUEST_DECIDED', params: { status: 'approved' } },
    });
  });

  it('keeps the four-eyes rule: nobody decides their own request', async () => {
    const c = await aCase();
    const self = await person('supervisor');
    const outcome = await moves.requestMove(self, c.id, {
      event: 'ADVANCE',
      checklist: intakeChecklist,
      expectedVersion: c.version,
    });
    if (outcome.kind !== 'requested') throw new Error('expected a request');

    const own = await refusal(moves.approve(self, outcome.request.id));
    expect(own).toMatchObject({ status: 403, body: { code: 'FOUR_EYES', refusal: 'FOUR_EYES' } });
    expect(await refusal(moves.approve(facilitator, outcome.request.id))).toMatchObject({
      status: 403,
      body: { code: 'NOT_A_DECIDER', refusal: 'ROLE' },
    });
    expect(await moves.approve(supervisor, outcome.request.id)).toMatchObject({
      stage: 'dialogue.preparingToWorkTogether',
    });
  });

  it('of 20 concurrent approvals of one request, exactly one moves the case', async () => {
    const c = await aCase();
    const request = await requestAdvance(c);
    const deciders = await Promise.all(Array.from({ length: 20 }, () => person('supervisor')));

    const results = await Promise.allSettled(deciders.map((d) => moves.approve(d, request.id)));

    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost.map((r) => (r.reason as HttpException).getStatus())).toEqual(Array(19).fill(409));
    expect((await historyOf(c.id)).filter((e) => e.type === 'transitionApproved')).toHaveLength(1);
    expect(
      await db.dataSource.getRepository(CaseEntity).findOneByOrFail({ id: c.id }),
    ).toMatchObject({ version: c.version + 1 });
  });

  it('refuses a move planned from a stale version', async () => {
    const c = await aCase();
    const stale = await refusal(
      moves.requestMove(facilitator, c.id, {
        event: 'ADVANCE',
        checklist: intakeChecklist,
        expectedVersion: c.version - 1,
      }),
    );
    expect(stale).toMatchObject({
      status: 409,
      body: { code: 'STALE_VERSION', currentVersion: c.version },
    });
  });

  it('refuses a move whose exit checklist is incomplete, naming the items', async () => {
    const c = await aCase();
    const gate = await refusal(
      moves.requestMove(facilitator, c.id, {
        event: 'ADVANCE',
        checklist: [],
        expectedVersion: c.version,
      }),
    );
    expect(gate.status).toBe(422);
    expect(gate.body.code).toBe('CHECKLIST_INCOMPLETE');
    expect(gate.body.fields).toEqual(
      intakeChecklist.map((item) => ({
        field: `checklist.${item}`,
        code: 'must_be_ticked',
        message: 'must be ticked',
      })),
    );
  });

  it('refuses an event the stage does not have, listing the allowed ones', async () => {
    const c = await aCase();
    const wrong = await refusal(
      moves.requestMove(facilitator, c.id, {
        event: 'REPEAT_DISCOVERY',
        expectedVersion: c.version,
      }),
    );
    expect(wrong).toMatchObject({
      status: 409,
      body: { code: 'EVENT_NOT_ALLOWED', params: { event: 'REPEAT_DISCOVERY' } },
    });
    expect((wrong.body.allowedEvents as { event: string }[]).map((e) => e.event)).toEqual([
      'ADVANCE',
      'HOLD',
      'WITHDRAW',
    ]);
  });

  it('applies a move that needs no approval at once', async () => {
    const c = await aCase();
    const outcome = await moves.requestMove(facilitator, c.id, {
      event: 'HOLD',
      reason: 'rainy season floods the road',
      expectedVersion: c.version,
    });
    expect(outcome).toMatchObject({
      kind: 'moved',
      case: { stage: 'onHold', status: 'onHold', version: c.version + 1, nextVisitDue: null },
    });
    expect((await historyOf(c.id)).map((e) => [e.type, e.reason])).toEqual([
      ['moved', 'rainy season floods the road'],
    ]);
  });

  it('records a rejection with its reason, and lets only the requester withdraw', async () => {
    const rejected = await requestAdvance(await aCase());
    await moves.reject(supervisor, rejected.id, 'no evidence of the gathering');
    expect(
      await db.dataSource
        .getRepository(TransitionRequestEntity)
        .findOneByOrFail({ id: rejected.id }),
    ).toMatchObject({
      status: 'rejected',
      decidedBy: supervisor.id,
      decisionComment: 'no evidence of the gathering',
    });

    const mine = await requestAdvance(await aCase());
    expect(await refusal(moves.withdraw(supervisor, mine.id))).toMatchObject({
      status: 403,
      body: { code: 'ONLY_REQUESTER_WITHDRAWS' },
    });
    await moves.withdraw(facilitator, mine.id);
    expect((await historyOf(mine.caseId)).map((e) => e.type)).toEqual([
      'transitionRequested',
      'requestWithdrawn',
    ]);
  });

  it('takes as evidence only attachments of the case itself, naming the others', async () => {
    const c = await aCase();
    const attach = async (caseId: string) =>
      (
        await db.dataSource.getRepository(AttachmentEntity).save({
          caseId,
          fileName: 'minutes.pdf',
          contentType: 'application/pdf',
          sizeBytes: 10,
          sha256: '0'.repeat(64),
          storageKey: randomUUID(),
          uploadedBy: facilitator.id,
        })
      ).id;
    const own = await attach(c.id);
    const elsewhere = await attach((await aCase()).id);
    const ask = (evidence: string[]) =>
      moves.requestMove(facilitator, c.id, {
        event: 'ADVANCE',
        checklist: intakeChecklist,
        expectedVersion: c.version,
        evidence,
      });

    const refused = await refusal(ask([own, elsewhere]));
    expect(refused).toMatchObject({
      status: 422,
      body: {
        code: 'EVIDENCE_NOT_OF_CASE',
        fields: [
          {
            field: 'evidence.1',
            code: 'not_attachment_of_case',
            message: `${elsewhere} is not an attachment of this case`,
          },
        ],
      },
    });
    expect(await ask([own])).toMatchObject({ kind: 'requested', request: { evidence: [own] } });
  });

  it('clears the stalled flag when the case moves, keeping its other flags', async () => {
    const c = await aCase();
    await db.dataSource.query(
      `UPDATE cases SET risk_flags = '{stalled,dependencyRisk}' WHERE id = $1`,
      [c.id],
    );
    const outcome = await moves.requestMove(facilitator, c.id, {
      event: 'HOLD',
      reason: 'harvest season',
      expectedVersion: c.version,
    });
    expect(outcome).toMatchObject({ kind: 'moved', case: { riskFlags: ['dependencyRisk'] } });
  });
});

import { newProgram, newRegion, newUser } from '@berdaya/db/testing';
import { DEFAULT_PROCESS_DEFINITION as definition, recommendApproach } from '@berdaya/empowerment';
import type { Role } from '@berdaya/empowerment';
import { jobIntent, writeOutbox } from '@berdaya/jobs';
import { allowedEvents, start, transition } from '@berdaya/workflow';
import { argon2id, hash } from 'argon2';
import type { DataSource } from 'typeorm';

/** What a facilitator ticks to ask for the first move of the default process. */
export const ADVANCE_CHECKLIST =
  allowedEvents(definition, start(definition)).find((e) => e.event === 'ADVANCE')?.checklist ?? [];

const FACILITATOR_PASSWORD = 'kata-sandi-keandalan';

export interface ApprovalFixture {
  programId: string;
  villageId: string;
  facilitator: { id: string; email: string; password: string };
  /** Who the approvalWaiting handler must tell about a request on a case of the village. */
  approverIds: string[];
  /** A supervisor of the same program in another district: never told. */
  outOfScopeSupervisorId: string;
}

/**
 * One program, a province with two districts, and its people: the facilitator who asks (with a
 * real argon2 hash, to sign in over HTTP), a supervisor of the village's district and a program
 * manager of the province who must be told, and a supervisor of the other district who must not.
 */
export async function seedApprovalFixture(dataSource: DataSource): Promise<ApprovalFixture> {
  const programId = (await newProgram(dataSource)).id;
  const province = await newRegion(dataSource, '33');
  const district = await newRegion(dataSource, '33.74.01');
  const otherDistrict = await newRegion(dataSource, '33.74.02');
  const villageId = (await newRegion(dataSource, '33.74.01.1001', 'Tandang')).id;

  const person = async (role: Role, regionId: string, passwordHash = 'not-a-real-hash') => {
    const user = await newUser(dataSource, { role, passwordHash, fullName: `Test ${role}` });
    await dataSource.query('INSERT INTO user_programs (user_id, program_id) VALUES ($1, $2)', [
      user.id,
      programId,
    ]);
    await dataSource.query('INSERT INTO user_regions (user_id, region_id) VALUES ($1, $2)', [
      user.id,
      regionId,
    ]);
    return user;
  };
  const facilitator = await person(
    'facilitator',
    district.id,
    await hash(FACILITATOR_PASSWORD, { type: argon2id }),
  );
  const supervisor = await person('supervisor', district.id);
  const programManager = await person('programManager', province.id);
  const outOfScope = await person('supervisor', otherDistrict.id);
  return {
    programId,
    villageId,
    facilitator: { id: facilitator.id, email: facilitator.email, password: FACILITATOR_PASSWORD },
    approverIds: [supervisor.id, programManager.id].sort(),
    outOfScopeSupervisorId: outOfScope.id,
  };
}

/** `count` cases at intake (version 1) in the fixture's village, in one statement. */
export async function insertCases(
  dataSource: DataSource,
  fixture: ApprovalFixture,
  count: number,
): Promise<string[]> {
  const intake = {
    solidarity: 'high',
    trust: 'high',
    norms: 'medium',
    leaderPresentAndEnthusiastic: true,
  } as const;
  const { approach, reason } = recommendApproach(intake);
  const snapshot = start(definition);
  const rows = await dataSource.query<{ id: string }[]>(
    `INSERT INTO cases (program_id, region_id, facilitator_id, group_name, group_type, approach,
       recommended_approach, approach_reason, intake, workflow_definition_id,
       workflow_definition_version, snapshot, stage, stage_entered_at, started_on)
     SELECT $1, $2, $3, 'Kelompok ' || g, 'farmers', $4, $4, $5, $6, $7, $8, $9, 'intake', now(),
            current_date
       FROM generate_series(1, $10::int) g
     RETURNING id`,
    [
      fixture.programId,
      fixture.villageId,
      fixture.facilitator.id,
      approach,
      reason,
      intake,
      definition.id,
      definition.version,
      snapshot,
      count,
    ],
  );
  return rows.map((row) => row.id);
}

/**
 * A pending ADVANCE request by the facilitator on each case, with its `approvalWaiting` outbox
 * row, in one transaction: what `count` facilitators' HTTP requests leave behind, written at once.
 */
export async function insertPendingRequests(
  dataSource: DataSource,
  fixture: ApprovalFixture,
  caseIds: readonly string[],
): Promise<string[]> {
  const planned = transition(definition, start(definition), 'ADVANCE', {
    checklist: ADVANCE_CHECKLIST,
  });
  if (!planned.ok) throw new Error(planned.message);
  return dataSource.transaction(async (tx) => {
    const rows = await tx.query<{ id: string }[]>(
      `INSERT INTO transition_requests (case_id, event, from_stage, to_stage, requested_by,
         checklist, case_version, remind_at, escalate_at, expire_at)
       SELECT c.id, 'ADVANCE', 'intake', $2, $3, $4, 1, now() + interval '3 days',
              now() + interval '7 days', now() + interval '14 days'
         FROM unnest($1::uuid[]) AS c(id)
       RETURNING id`,
      [caseIds, planned.to, fixture.facilitator.id, ADVANCE_CHECKLIST],
    );
    const requestIds = rows.map((row) => row.id);
    await writeOutbox(
      tx,
      requestIds.map((requestId) => jobIntent('notifications.approvalWaiting', { requestId })),
    );
    return requestIds;
  });
}

/** Signs the facilitator in over HTTP; the access token. */
export async function signIn(baseUrl: string, fixture: ApprovalFixture): Promise<string> {
  const { email, password } = fixture.facilitator;
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`sign-in answered ${response.status}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

/** The facilitator asks for ADVANCE on a case at version 1: the api's status and the request id. */
export async function requestAdvance(
  baseUrl: string,
  token: string,
  caseId: string,
): Promise<{ status: number; requestId: string | undefined }> {
  const response = await fetch(`${baseUrl}/api/cases/${caseId}/transitions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ event: 'ADVANCE', checklist: ADVANCE_CHECKLIST, expectedVersion: 1 }),
  });
  const body = (await response.json()) as { id?: string };
  return { status: response.status, requestId: body.id };
}

/**
 * The approvalWaiting notifications, one line per (request's case, recipient) with how many each
 * got, sorted: independent of the idempotency key, whose unique index alone would hide nothing.
 */
export async function approvalWaitingCounts(
  dataSource: DataSource,
): Promise<{ caseId: string; userId: string; count: number }[]> {
  return dataSource.query(
    `SELECT case_id AS "caseId", user_id AS "userId", count(*)::int AS count
       FROM notifications
      WHERE kind = 'approvalWaiting'
      GROUP BY case_id, user_id
      ORDER BY case_id, user_id`,
  );
}

/** What approvalWaitingCounts must end as: each case's approvers, once each. */
export function oncePerApprover(
  caseIds: readonly string[],
  fixture: ApprovalFixture,
): { caseId: string; userId: string; count: number }[] {
  return [...caseIds]
    .sort()
    .flatMap((caseId) => fixture.approverIds.map((userId) => ({ caseId, userId, count: 1 })));
}

/** Unrelayed outbox rows. */
export async function outboxBacklog(dataSource: DataSource): Promise<number> {
  const [row] = await dataSource.query<{ rows: number }[]>(
    'SELECT count(*)::int AS rows FROM outbox WHERE relayed_at IS NULL',
  );
  return row.rows;
}

/** Polls `probe` until it returns a value other than undefined; fails naming `what`. */
export async function eventually<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  timeoutMs: number,
  intervalMs = 200,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((wait) => setTimeout(wait, intervalMs));
  }
}

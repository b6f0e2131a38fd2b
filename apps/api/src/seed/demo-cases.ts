import type {
  CaseEntity,
  CaseEventEntity,
  CaseEventType,
  CaseGroupType,
  CaseStatus,
  EvaluationEntity,
  TransitionRequestEntity,
  VisitEntity,
  VisitPurpose,
} from '@berdaya/db';
import {
  addDays,
  empowermentIndex,
  LEVELS,
  nextVisitDue,
  POWER_DIMENSIONS,
  recommendApproach,
  SIX_ELEMENTS,
  visitCadenceDays,
  type EvaluationScores,
  type IntakeAssessment,
} from '@berdaya/empowerment';
import {
  allowedEvents,
  isFinal,
  stagePathOf,
  start,
  transition,
  type AllowedEvent,
  type WorkflowDefinition,
  type WorkflowSnapshot,
} from '@berdaya/workflow';
import { randomUUID } from 'node:crypto';
import type { DemoRandom } from './demo-random';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The rows of one demo case, ready for batch inserts. */
export interface DemoCaseRows {
  case: Partial<CaseEntity>;
  events: Partial<CaseEventEntity>[];
  requests: Partial<TransitionRequestEntity>[];
  visits: Partial<VisitEntity>[];
  evaluations: Partial<EvaluationEntity>[];
}

export interface DemoCaseInput {
  definition: WorkflowDefinition;
  programId: string;
  village: { id: string; name: string };
  facilitatorId: string | null;
  /** Who asks for moves where there is no facilitator (the program manager). */
  requesterId: string;
  /** Who decides requests: a supervisor of the case's region, or the admin elsewhere. */
  supervisorId: string;
  today: Date;
  random: DemoRandom;
}

const GROUPS: readonly [CaseGroupType, string][] = [
  ['wholeVillage', 'Warga Desa'],
  ['women', 'Kelompok Wanita Tani'],
  ['women', 'PKK'],
  ['farmers', 'Kelompok Tani'],
  ['farmers', 'Gapoktan'],
  ['youth', 'Karang Taruna'],
  ['other', 'Kelompok Nelayan'],
];

const PURPOSE_BY_PHASE: Record<string, VisitPurpose> = {
  intake: 'assessment',
  dialogue: 'socialization',
  discovery: 'planning',
  development: 'implementationSupport',
  evaluation: 'evaluation',
};

const leafOf = (stage: string) => stage.slice(stage.lastIndexOf('.') + 1);
const dayOf = (instant: Date) => instant.toISOString().slice(0, 10);

function randomScores(random: DemoRandom, progress: number): EvaluationScores {
  // Communities further along score higher, as the process intends, with the spread of real life.
  const score = () =>
    Math.max(1, Math.min(5, Math.round(1.5 + progress * 3 + random.next() * 1.5 - 0.75)));
  const elements = Object.fromEntries(SIX_ELEMENTS.map((key) => [key, score()]));
  const power = Object.fromEntries(POWER_DIMENSIONS.map((key) => [key, score()]));
  return random.chance(0.5)
    ? ({ elements } as EvaluationScores)
    : ({ elements, power } as EvaluationScores);
}

/**
 * One case driven through the real engine from its start: every move is checked by `transition`
 * with its exit checklist ticked, so the stored snapshot is one the engine itself produced, and
 * the history tells the same story (requests approved by the supervisor, or plain moves).
 */
export function demoCase(input: DemoCaseInput): DemoCaseRows {
  const { definition, random, today, facilitatorId, supervisorId } = input;
  const id = randomUUID();
  const events: Partial<CaseEventEntity>[] = [];
  const requests: Partial<TransitionRequestEntity>[] = [];
  const visits: Partial<VisitEntity>[] = [];
  const evaluations: Partial<EvaluationEntity>[] = [];
  // Never the decider: a supervisor does not approve their own request (four-eyes rule).
  const actorId = facilitatorId ?? input.requesterId;

  const intake: IntakeAssessment = {
    solidarity: random.pick(LEVELS),
    trust: random.pick(LEVELS),
    norms: random.pick(LEVELS),
    leaderPresentAndEnthusiastic: random.chance(0.5),
  };
  const recommendation = recommendApproach(intake);
  const approach = recommendation.approach;
  const [groupType, groupLabel] = random.pick(GROUPS);
  const createdAt = new Date(today.getTime() - random.int(45, 420) * DAY_MS);
  const event = (type: CaseEventType, at: Date, fields: Partial<CaseEventEntity> = {}) =>
    events.push({ caseId: id, type, actorId, occurredAt: at, payload: {}, ...fields });

  let snapshot: WorkflowSnapshot = start(definition);
  let stage = stagePathOf(snapshot);
  event('created', createdAt, { toStage: stage });
  event('approachChosen', createdAt, {
    payload: {
      recommended: approach,
      chosen: approach,
      socialCapital: recommendation.socialCapital,
      reasonCode: recommendation.reason.code,
    },
  });

  const moves = random.int(0, 16);
  const lastMoveAt = new Date(today.getTime() - random.int(1, 40) * DAY_MS);
  const step = (lastMoveAt.getTime() - createdAt.getTime()) / Math.max(moves, 1);
  let stageEnteredAt = createdAt;
  let version = 1;
  let status: CaseStatus = 'active';

  const apply = (move: AllowedEvent, at: Date, reason?: string) => {
    const result = transition(definition, snapshot, move.event, {
      checklist: move.checklist,
      reason,
    });
    if (!result.ok) throw new Error(`demo case: ${move.event} from ${stage}: ${result.message}`);
    // A visit in the stage being left: the facilitator's work there.
    const phase = stage.split('.')[0];
    visits.push(doneVisit(id, facilitatorId, new Date(at.getTime() - 2 * DAY_MS), phase, random));
    if (move.requiresApproval) {
      const requestId = randomUUID();
      const requestedAt = new Date(at.getTime() - DAY_MS);
      requests.push({
        id: requestId,
        caseId: id,
        event: move.event,
        fromStage: result.from,
        toStage: result.to,
        requestedBy: actorId,
        reason: reason ?? null,
        checklist: move.checklist,
        status: 'approved',
        caseVersion: version,
        decidedBy: supervisorId,
        decidedAt: at,
        remindAt: new Date(requestedAt.getTime() + 3 * DAY_MS),
        escalateAt: new Date(requestedAt.getTime() + 7 * DAY_MS),
        expireAt: new Date(requestedAt.getTime() + 14 * DAY_MS),
        createdAt: requestedAt,
        updatedAt: at,
      });
      const common = { fromStage: result.from, toStage: result.to, event: move.event, reason };
      event('transitionRequested', requestedAt, { ...common, payload: { requestId } });
      event('transitionApproved', at, { ...common, actorId: supervisorId, payload: { requestId } });
    } else {
      event('moved', at, { fromStage: result.from, toStage: result.to, event: move.event, reason });
    }
    snapshot = result.snapshot;
    stage = stagePathOf(snapshot);
    stageEnteredAt = at;
    version++;
  };

  for (let i = 1; i <= moves; i++) {
    const advance = allowedEvents(definition, snapshot).find((e) => e.event === 'ADVANCE');
    if (!advance) break;
    apply(advance, new Date(createdAt.getTime() + i * step));
  }
  const ending = random.next();
  const available = allowedEvents(definition, snapshot);
  const hold = available.find((e) => e.event === 'HOLD');
  const withdraw = available.find((e) => e.event === 'WITHDRAW');
  if (ending < 0.05 && hold) {
    apply(
      hold,
      new Date(lastMoveAt.getTime() + DAY_MS),
      'Warga sedang musim panen; kegiatan ditunda',
    );
    status = 'onHold';
  } else if (ending < 0.08 && withdraw) {
    apply(withdraw, new Date(lastMoveAt.getTime() + DAY_MS), 'Kelompok bubar setelah ketua pindah');
    status = 'withdrawn';
  }
  if (isFinal(definition, snapshot) && status === 'active') status = 'closed';

  let due: string | null = null;
  const cadence =
    status === 'active' ? visitCadenceDays(definition, leafOf(stage), approach) : undefined;
  if (cadence) {
    const enteredOn = dayOf(stageEnteredAt);
    const todayOn = dayOf(today);
    // Most facilitators keep up; the rest leave an overdue visit for the supervisor to chase.
    const keptUp = random.chance(0.7);
    const lastVisitOn = keptUp ? addDays(todayOn, -random.int(0, cadence - 1)) : undefined;
    if (lastVisitOn !== undefined && lastVisitOn > enteredOn) {
      visits.push(
        doneVisit(
          id,
          facilitatorId,
          new Date(`${lastVisitOn}T03:00:00Z`),
          stage.split('.')[0],
          random,
        ),
      );
      due = nextVisitDue({ stageEnteredOn: enteredOn, lastVisitOn, cadenceDays: cadence });
    } else {
      due = nextVisitDue({ stageEnteredOn: enteredOn, cadenceDays: cadence });
    }
    visits.push({
      caseId: id,
      facilitatorId,
      plannedOn: due,
      purpose: PURPOSE_BY_PHASE[stage.split('.')[0]] ?? 'monitoring',
      status: 'scheduled',
      createdAt: stageEnteredAt,
      updatedAt: stageEnteredAt,
    });

    // Some active cases wait on the supervisor: a pending request for the next stage.
    const advance = allowedEvents(definition, snapshot).find((e) => e.event === 'ADVANCE');
    if (advance?.requiresApproval && random.chance(0.15)) {
      const requestId = randomUUID();
      const requestedAt = new Date(today.getTime() - random.int(0, 5) * DAY_MS);
      requests.push({
        id: requestId,
        caseId: id,
        event: 'ADVANCE',
        fromStage: stage,
        toStage: advance.to,
        requestedBy: actorId,
        reason: null,
        checklist: advance.checklist,
        status: 'pending',
        caseVersion: version,
        remindAt: new Date(requestedAt.getTime() + 3 * DAY_MS),
        escalateAt: new Date(requestedAt.getTime() + 7 * DAY_MS),
        expireAt: new Date(requestedAt.getTime() + 14 * DAY_MS),
        createdAt: requestedAt,
        updatedAt: requestedAt,
      });
      event('transitionRequested', requestedAt, {
        fromStage: stage,
        toStage: advance.to,
        event: 'ADVANCE',
        payload: { requestId },
      });
    }
  }

  // Periodic participatory evaluations, about every four months of the case's life.
  const progress = Math.min(1, (version - 1) / 16);
  for (let at = createdAt.getTime() + 120 * DAY_MS; at < today.getTime(); at += 120 * DAY_MS) {
    const scores = randomScores(random, progress);
    const evaluatedOn = dayOf(new Date(at));
    evaluations.push({
      caseId: id,
      kind: 'periodic',
      status: 'done',
      dueOn: evaluatedOn,
      evaluatedOn,
      scores,
      empowermentIndex: empowermentIndex(scores),
      notes: 'Evaluasi partisipatif bersama warga di balai desa.',
      evaluatorId: actorId,
      createdAt: new Date(at),
      updatedAt: new Date(at),
    });
    event('evaluationRecorded', new Date(at), { payload: { evaluatedOn } });
  }

  // The identity column gives history its order, so events go in as they happened.
  events.sort((a, b) => (a.occurredAt?.getTime() ?? 0) - (b.occurredAt?.getTime() ?? 0));
  return {
    case: {
      id,
      programId: input.programId,
      regionId: input.village.id,
      groupName: `${groupLabel} ${input.village.name}`,
      groupType,
      householdsReached: random.int(12, 240),
      facilitatorId,
      approach,
      recommendedApproach: approach,
      approachReason: recommendation.reason,
      intake,
      workflowDefinitionId: definition.id,
      workflowDefinitionVersion: definition.version,
      snapshot,
      stage,
      status,
      version,
      stageEnteredAt,
      nextVisitDue: due,
      startedOn: dayOf(createdAt),
      closedAt: status === 'closed' || status === 'withdrawn' ? stageEnteredAt : null,
      createdAt,
      updatedAt: stageEnteredAt,
    },
    events,
    requests,
    visits,
    evaluations,
  };
}

function doneVisit(
  caseId: string,
  facilitatorId: string | null,
  at: Date,
  phase: string,
  random: DemoRandom,
): Partial<VisitEntity> {
  const participants = random.int(8, 45);
  const on = dayOf(at);
  return {
    caseId,
    facilitatorId,
    plannedOn: on,
    doneOn: on,
    purpose: PURPOSE_BY_PHASE[phase] ?? 'monitoring',
    technique: random.pick(['FGD', 'Pemetaan sumber daya', 'Diagram Venn', 'Musyawarah warga']),
    participants,
    womenParticipants: random.int(0, participants),
    notes: 'Pertemuan di balai desa; warga aktif berdiskusi.',
    rolePlayed: 'enabler',
    status: 'done',
    createdAt: at,
    updatedAt: at,
  };
}

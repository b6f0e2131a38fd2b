import {
  CaseEntity,
  CaseEventEntity,
  ProgramEntity,
  RegionEntity,
  UserEntity,
  WorkflowDefinitionEntity,
} from '@berdaya/db';
import { calendarDayIn, firstVisitDueOnEntering, recommendApproach } from '@berdaya/empowerment';
import { jobIntent, writeOutbox } from '@berdaya/jobs';
import { stagePathOf, start } from '@berdaya/workflow';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../common/clock/clock';
import type { FieldProblem } from '../common/validation/field-problem';
import { UnprocessableFieldsException } from '../common/validation/request-validation.exception';
import type { CaseIntake } from './case-intake.schema';

function invalid(problem: FieldProblem): UnprocessableFieldsException {
  return new UnprocessableFieldsException([problem]);
}

/** Whether the person enrolling works in a program and region; others are treated as unknown. */
export type MayEnrolIn = (programId: string, regionPath: string) => boolean;

/**
 * Enrols a community: the intake recommends an approach, the case starts in its program's pinned
 * workflow version, and the recommendation, the choice and any override reason go into history.
 */
@Injectable()
export class CaseIntakeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  create(
    actorId: string,
    input: CaseIntake,
    mayEnrolIn: MayEnrolIn = () => true,
  ): Promise<CaseEntity> {
    return this.dataSource.transaction(async (tx) => {
      const program = await tx.findOneBy(ProgramEntity, { id: input.programId });
      const region = await tx.findOneBy(RegionEntity, { id: input.regionId });
      if (!program || (region && !mayEnrolIn(program.id, region.path))) {
        throw invalid({
          field: 'programId',
          code: 'not_your_program',
          message: 'does not name a program you work in, for that region',
        });
      }
      if (!program.active) {
        throw invalid({
          field: 'programId',
          code: 'program_inactive',
          message: 'names a program that is no longer active',
        });
      }
      if (!region) {
        throw invalid({ field: 'regionId', code: 'unknown_id', message: 'does not name a region' });
      }
      if (region.level !== 'village') {
        throw invalid({
          field: 'regionId',
          code: 'not_a_village',
          message: 'must be a village (desa/kelurahan)',
        });
      }
      if (input.facilitatorId) await this.assertFacilitator(tx, input.facilitatorId);

      const recommendation = recommendApproach(input.intake);
      const approach = input.approach ?? recommendation.approach;
      const overridden = approach !== recommendation.approach;
      if (overridden && !input.approachOverrideReason) {
        throw invalid({
          field: 'approachOverrideReason',
          code: 'override_reason_required',
          params: { approach, recommended: recommendation.approach },
          message: `is required to choose ${approach} over the recommended ${recommendation.approach}`,
        });
      }

      const { definition } = await tx.findOneByOrFail(WorkflowDefinitionEntity, {
        id: program.workflowDefinitionId,
        version: program.workflowDefinitionVersion,
      });
      const snapshot = start(definition);
      const stage = stagePathOf(snapshot);
      const now = this.clock.now();
      const today = calendarDayIn(program.timezone, now);

      const created = tx.create(CaseEntity, {
        programId: program.id,
        regionId: region.id,
        groupName: input.groupName,
        groupType: input.groupType,
        householdsReached: input.householdsReached ?? null,
        facilitatorId: input.facilitatorId ?? null,
        approach,
        recommendedApproach: recommendation.approach,
        approachReason: recommendation.reason,
        approachOverrideReason: overridden ? (input.approachOverrideReason ?? null) : null,
        intake: input.intake,
        interventionModel: input.interventionModel ?? null,
        strategyLevel: input.strategyLevel ?? null,
        workflowDefinitionId: definition.id,
        workflowDefinitionVersion: definition.version,
        snapshot,
        stage,
        status: 'active',
        stageEnteredAt: now,
        nextVisitDue: firstVisitDueOnEntering({
          definition,
          stage,
          approach,
          timeZone: program.timezone,
          enteredAt: now,
        }),
        tags: input.tags ?? [],
        startedOn: today,
      });
      const saved = await tx.save(CaseEntity, created);
      await tx.insert(CaseEventEntity, [
        { caseId: saved.id, type: 'created', actorId, toStage: stage, payload: {} },
        {
          caseId: saved.id,
          type: 'approachChosen',
          actorId,
          reason: saved.approachOverrideReason,
          payload: {
            recommended: recommendation.approach,
            chosen: approach,
            socialCapital: recommendation.socialCapital,
            reasonCode: recommendation.reason.code,
          },
        },
      ]);
      await writeOutbox(tx, [
        jobIntent('reminders.scheduleVisitReminder', {
          caseId: saved.id,
          caseVersion: saved.version,
        }),
      ]);
      return saved;
    });
  }

  private async assertFacilitator(tx: EntityManager, userId: string): Promise<void> {
    const user = await tx.findOneBy(UserEntity, { id: userId });
    if (!user || !user.active || user.role !== 'facilitator') {
      throw invalid({
        field: 'facilitatorId',
        code: 'facilitator_not_eligible',
        message: 'must name an active facilitator',
      });
    }
  }
}

import { expectedDurationDays, isStalled, type StageClock } from '@berdaya/empowerment';
import type { JobOutcome } from '@berdaya/jobs';
import type { WorkflowDefinition } from '@berdaya/workflow';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../clock/clock';
import type { JobHandler } from '../job-runner/job-handler';
import { ApprovalRecipients } from '../notifications/approval-recipients';
import { notificationKey, NotificationWriter } from '../notifications/notification-writer';
import { StalledCaseRepository, type UnflaggedCase } from './stalled-case.repository';

/** Cases read per query: keyset pages by id, so a long scan holds no cursor or lock. */
export const DETECT_STALLED_BATCH = 500;

/**
 * Flags the active cases that stayed in their stage longer than their approach expects
 * (isStalled, in the program's zone, by the pinned definition) and tells their facilitator and
 * the supervisors who see them. A move clears the flag (the api), so a case is told of once per
 * stay in a stage.
 */
@Injectable()
export class DetectStalledHandler implements JobHandler<'reminders.detectStalled'> {
  readonly name = 'reminders.detectStalled';

  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: StalledCaseRepository,
    private readonly recipients: ApprovalRecipients,
    private readonly writer: NotificationWriter,
    private readonly clock: Clock,
  ) {}

  async handle(): Promise<JobOutcome> {
    const now = this.clock.now();
    // Pinned versions never change, so one read per id@version serves the whole run.
    const definitions = new Map<string, WorkflowDefinition>();
    let flagged = 0;
    let afterId: string | null = null;
    for (;;) {
      const batch = await this.cases.findActiveUnflagged(afterId, DETECT_STALLED_BATCH);
      for (const subject of batch) {
        const clock: StageClock = {
          definition: await this.definitionOf(subject, definitions),
          stage: subject.stage,
          approach: subject.approach,
          stageEnteredAt: subject.stageEnteredAt,
        };
        if (isStalled(clock, now, subject.timezone) && (await this.flag(subject, clock))) {
          flagged += 1;
        }
      }
      if (batch.length < DETECT_STALLED_BATCH) break;
      afterId = batch[batch.length - 1].id;
    }
    return { outcome: 'done', flagged };
  }

  /**
   * Flags the case and writes its notices in one transaction; nothing when it moved since it was
   * read or another run flagged it first. Whether it flagged it.
   */
  private async flag(subject: UnflaggedCase, clock: StageClock): Promise<boolean> {
    const caseId = subject.id;
    const supervisors = await this.recipients.usersInScopeOfCase(caseId, ['supervisor']);
    const userIds = [
      ...new Set([...(subject.facilitatorId ? [subject.facilitatorId] : []), ...supervisors]),
    ];
    const stageEnteredAt = subject.stageEnteredAt.toISOString();
    const stageId = subject.stage.slice(subject.stage.lastIndexOf('.') + 1);
    const expectedDays = expectedDurationDays(clock.definition, stageId, clock.approach);
    const payload = {
      caseId,
      groupName: subject.groupName,
      stage: subject.stage,
      stageEnteredAt,
      expectedDays,
    };
    return this.dataSource.transaction(async (manager) => {
      if (!(await this.cases.flagStalled(manager, caseId, subject.stageEnteredAtExact))) {
        return false;
      }
      await this.writer.write(
        userIds.map((userId) => ({
          userId,
          kind: 'caseStalled',
          caseId,
          payload,
          // Per stay in the stage: a case stalled again after a move is told of again.
          idempotencyKey: notificationKey('caseStalled', `${caseId}:${stageEnteredAt}`, userId),
        })),
        manager,
      );
      return true;
    });
  }

  private async definitionOf(
    subject: UnflaggedCase,
    cache: Map<string, WorkflowDefinition>,
  ): Promise<WorkflowDefinition> {
    const { workflowDefinitionId: id, workflowDefinitionVersion: version } = subject;
    const key = `${id}@${version}`;
    let definition = cache.get(key);
    if (!definition) {
      definition = await this.cases.findDefinition(id, version);
      if (!definition)
        throw new Error(`workflow definition ${key} of case ${subject.id} does not exist`);
      cache.set(key, definition);
    }
    return definition;
  }
}

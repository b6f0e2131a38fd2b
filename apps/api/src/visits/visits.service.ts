import { calendarDayIn } from '@berdaya/empowerment';
import { jobIntent, writeOutbox } from '@berdaya/jobs';
import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { UserScope } from '../access';
import { CaseNotInScopeException } from '../case-scope/case-not-in-scope.exception';
import { CaseScopeRepository } from '../case-scope/case-scope.repository';
import { Clock } from '../common/clock/clock';
import { ApiException } from '../common/errors/api.exception';
import type { ListPage } from '../common/simple-rest/list-page';
import type { ListQuery } from '../common/simple-rest/list-query';
import { RequestValidationException } from '../common/validation/request-validation.exception';
import { withoutFields } from '../common/validation/without-fields';
import { nextVisitDueAfter } from './next-visit-due.rule';
import type { NewVisit, VisitChanges } from './visit-body.schema';
import { planVisitChange } from './visit-change.rule';
import { toVisitRecord, type VisitRecord } from './visit.record';
import { VisitsRepository } from './visits.repository';

type Actor = UserScope & { id: string };

/**
 * Visits are planned, then logged done, missed or cancelled. Each step goes into the case's
 * history in the same transaction, and a visit done moves the case's next due visit on.
 */
@Injectable()
export class VisitsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: VisitsRepository,
    private readonly cases: CaseScopeRepository,
    private readonly clock: Clock,
  ) {}

  async list(actor: Actor, query: ListQuery): Promise<ListPage<VisitRecord>> {
    return (await this.repository.findPageVisibleTo(actor, query)).map(toVisitRecord);
  }

  async get(actor: Actor, id: string): Promise<VisitRecord> {
    const found = await this.repository.findOneVisibleTo(actor, id);
    if (!found) {
      throw new ApiException(HttpStatus.NOT_FOUND, {
        code: 'VISIT_NOT_FOUND',
        params: { id },
        message: `visit ${id} not found`,
      });
    }
    return toVisitRecord(found);
  }

  async plan(actor: Actor, input: NewVisit): Promise<VisitRecord> {
    const subject = await this.cases.findVisibleCase(actor, input.caseId);
    if (!subject) throw new CaseNotInScopeException();
    const saved = await this.dataSource.transaction(async (tx) => {
      await this.cases.lock(tx, subject.id);
      const visit = await this.repository.save(tx, {
        caseId: subject.id,
        plannedOn: input.plannedOn,
        purpose: input.purpose,
        facilitatorId: input.facilitatorId ?? subject.facilitatorId,
        status: 'scheduled',
      });
      await this.cases.appendEvent(tx, {
        caseId: subject.id,
        type: 'visitPlanned',
        actorId: actor.id,
        payload: { visitId: visit.id, plannedOn: visit.plannedOn, purpose: visit.purpose },
      });
      return visit;
    });
    return this.get(actor, saved.id);
  }

  async change(actor: Actor, id: string, body: VisitChanges): Promise<VisitRecord> {
    const visible = await this.repository.findOneVisibleTo(actor, id);
    if (!visible) {
      throw new ApiException(HttpStatus.NOT_FOUND, {
        code: 'VISIT_NOT_FOUND',
        params: { id },
        message: `visit ${id} not found`,
      });
    }
    const changes = withoutFields(body, ['id', 'caseId', 'createdAt', 'updatedAt']);
    await this.dataSource.transaction(async (tx) => {
      const locked = await this.cases.lock(tx, visible.caseId);
      const before = await this.repository.findCurrent(tx, id);
      const after = { ...before, ...changes };
      const today = calendarDayIn(locked.program.timezone, this.clock.now());
      const outcome = planVisitChange(before, after, today);
      if (outcome.kind === 'invalid') throw new RequestValidationException(outcome.problems);
      if (outcome.kind === 'conflict') {
        throw new ApiException(HttpStatus.CONFLICT, {
          code: 'VISIT_ALREADY',
          params: { status: outcome.status },
          message: outcome.message,
        });
      }
      const saved = await this.repository.save(tx, after);
      if (!outcome.event) return;
      await this.cases.appendEvent(tx, {
        caseId: saved.caseId,
        type: outcome.event,
        actorId: actor.id,
        payload: {
          visitId: saved.id,
          plannedOn: saved.plannedOn,
          ...(saved.doneOn === null ? {} : { doneOn: saved.doneOn }),
        },
      });
      if (outcome.event !== 'visitLogged' || saved.doneOn === null) return;
      await this.cases.update(tx, saved.caseId, {
        nextVisitDue: nextVisitDueAfter(
          locked.case,
          locked.program,
          locked.definition,
          saved.doneOn,
        ),
      });
      await writeOutbox(tx, [
        jobIntent('reminders.scheduleVisitReminder', {
          caseId: saved.caseId,
          caseVersion: locked.case.version,
        }),
      ]);
    });
    return this.get(actor, id);
  }
}

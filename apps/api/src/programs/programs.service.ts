import {
  evaluationScheduleChanged,
  jobIntent,
  type ProgramScheduleSettings,
  writeOutbox,
} from '@berdaya/jobs';
import { definitionKey } from '@berdaya/workflow';
import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { UserScope } from '../access';
import { ApiException } from '../common/errors/api.exception';
import type { ListPage } from '../common/simple-rest/list-page';
import type { ListQuery } from '../common/simple-rest/list-query';
import {
  RequestValidationException,
  UnprocessableFieldsException,
} from '../common/validation/request-validation.exception';
import type { NewProgram, ProgramChanges } from './program-body.schema';
import { programSettingsProblems } from './program-settings.rule';
import { type ProgramRecord, toProgramRecord } from './program.record';
import { ProgramsRepository } from './programs.repository';

/**
 * Programs and their settings. Everyone but an admin sees only the programs assigned to them, and
 * any other program answers 404, as if it did not exist; a program manager changes the programs
 * they see (the controller admits no other role but admin). A change to a program's evaluation
 * schedule writes, in its transaction, the job that applies it to the program's job scheduler:
 * the one place schedules change from.
 */
@Injectable()
export class ProgramsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly programs: ProgramsRepository,
  ) {}

  async list(user: UserScope, query: ListQuery): Promise<ListPage<ProgramRecord>> {
    return (await this.programs.findPageInScope(query, user)).map(toProgramRecord);
  }

  async get(user: UserScope, id: string): Promise<ProgramRecord> {
    return toProgramRecord(await this.visible(user, id));
  }

  async create(input: NewProgram): Promise<ProgramRecord> {
    this.refuseInconsistent(input);
    await this.refuseUnpublishedDefinition(input);
    const id = await this.dataSource.transaction(async (tx) => {
      const inserted = await this.programs.insert(tx, input);
      await this.applyScheduleIfChanged(tx, inserted, null, input);
      return inserted;
    });
    const created = await this.programs.findById(id);
    if (!created) throw notFound(id);
    return toProgramRecord(created);
  }

  async update(user: UserScope, id: string, changes: ProgramChanges): Promise<ProgramRecord> {
    const current = toProgramRecord(await this.visible(user, id));
    const next = { ...current, ...changes };
    this.refuseInconsistent(next);
    const repinned =
      next.workflowDefinitionId !== current.workflowDefinitionId ||
      next.workflowDefinitionVersion !== current.workflowDefinitionVersion;
    // A pin made before its version was retired stays valid; only a new pin must be published.
    if (repinned) await this.refuseUnpublishedDefinition(next);
    await this.dataSource.transaction(async (tx) => {
      const before = await this.programs.lockSchedule(tx, id);
      if (!before) throw notFound(id);
      await this.programs.update(tx, id, changes);
      await this.applyScheduleIfChanged(tx, id, before, { ...before, ...changes });
    });
    return this.get(user, id);
  }

  /** Deletes a program no case belongs to; answers it as it was. */
  async delete(user: UserScope, id: string): Promise<ProgramRecord> {
    const current = await this.get(user, id);
    await this.dataSource.transaction(async (tx) => {
      const before = await this.programs.lockSchedule(tx, id);
      if (!before) throw notFound(id);
      await this.programs.delete(tx, id);
      await this.applyScheduleIfChanged(tx, id, before, null);
    });
    return current;
  }

  private async applyScheduleIfChanged(
    tx: EntityManager,
    programId: string,
    before: ProgramScheduleSettings | null,
    after: ProgramScheduleSettings | null,
  ): Promise<void> {
    if (!evaluationScheduleChanged(before, after)) return;
    await writeOutbox(tx, [jobIntent('evaluations.scheduleProgram', { programId })]);
  }

  private refuseInconsistent(settings: Parameters<typeof programSettingsProblems>[0]): void {
    const problems = programSettingsProblems(settings);
    if (problems.length > 0) throw new RequestValidationException(problems);
  }

  private async refuseUnpublishedDefinition(pin: {
    workflowDefinitionId: string;
    workflowDefinitionVersion: number;
  }): Promise<void> {
    const { workflowDefinitionId: id, workflowDefinitionVersion: version } = pin;
    const statuses = await this.programs.findDefinitionStatuses(id);
    const status = statuses.get(version);
    if (status === 'published') return;
    throw new UnprocessableFieldsException([
      statuses.size === 0
        ? {
            field: 'workflowDefinitionId',
            code: 'unknown_id',
            message: `no workflow definition has the id ${id}`,
          }
        : status === undefined
          ? {
              field: 'workflowDefinitionVersion',
              code: 'unknown_id',
              message: `workflow definition ${id} has no version ${version}`,
            }
          : {
              field: 'workflowDefinitionVersion',
              code: 'definition_unpublished',
              params: { status },
              message: `${definitionKey({ id, version })} is ${status}; a program runs on a published version`,
            },
    ]);
  }

  private async visible(user: UserScope, id: string) {
    const program = await this.programs.findByIdInScope(id, user);
    if (!program) throw notFound(id);
    return program;
  }
}

function notFound(id: string): ApiException {
  return new ApiException(HttpStatus.NOT_FOUND, {
    code: 'PROGRAM_NOT_FOUND',
    params: { id },
    message: `Program ${id} does not exist`,
  });
}

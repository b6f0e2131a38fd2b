import type { CaseEntity } from '@berdaya/db';
import { canWrite } from '@berdaya/empowerment';
import { Injectable, NotFoundException } from '@nestjs/common';
import { canSeeRecord, type UserScope } from '../access';
import { Clock } from '../common/clock/clock';
import { ListPage } from '../common/simple-rest/list-page';
import { parseListQuery } from '../common/simple-rest/list-query';
import { CaseMovesService, type MoveOutcome } from './case-moves.service';
import type { MoveInput } from './move-plan';
import { casesResource } from './cases.resource';
import type { CaseIntake } from './case-intake.schema';
import { CaseIntakeService } from './case-intake.service';
import { toCaseRecord, type CaseRecord } from './case-record';
import { CasesRepository } from './cases.repository';

export type CaseActor = UserScope & { id: string };

@Injectable()
export class CasesService {
  constructor(
    private readonly repository: CasesRepository,
    private readonly intake: CaseIntakeService,
    private readonly moves: CaseMovesService,
    private readonly clock: Clock,
  ) {}

  /** The list query is checked here, not in the route: `overdue` depends on the time of the request. */
  async list(actor: CaseActor, raw: Record<string, unknown>): Promise<ListPage<CaseRecord>> {
    const now = this.clock.now();
    const query = parseListQuery(raw, casesResource(now));
    const page = await this.repository.findPageVisibleTo(actor, query, now);
    const records = await this.toRecords(actor, page.items, now);
    return new ListPage(page.resource, page.offset, records, page.total);
  }

  async get(actor: CaseActor, id: string): Promise<CaseRecord> {
    const [record] = await this.toRecords(actor, [await this.visible(actor, id)], this.clock.now());
    return record;
  }

  /** The case, if the actor may see it; otherwise 404, so ids out of scope do not leak. */
  async visible(actor: CaseActor, id: string): Promise<CaseEntity> {
    const found = await this.repository.findOneVisibleTo(actor, id);
    if (!found) throw new NotFoundException({ message: `case ${id} not found` });
    return found;
  }

  async create(actor: CaseActor, input: CaseIntake): Promise<CaseRecord> {
    const created = await this.intake.create(
      actor.id,
      input,
      (programId: string, regionPath: string) => canSeeRecord(actor, { programId, regionPath }),
    );
    return this.get(actor, created.id);
  }

  async move(
    actor: CaseActor,
    id: string,
    input: MoveInput & { evidence?: string[] },
  ): Promise<Extract<MoveOutcome, { kind: 'requested' }> | { kind: 'moved'; case: CaseRecord }> {
    await this.visible(actor, id);
    const outcome = await this.moves.requestMove(actor, id, input);
    return outcome.kind === 'requested'
      ? outcome
      : { kind: 'moved', case: await this.get(actor, id) };
  }

  private async toRecords(
    actor: CaseActor,
    rows: readonly CaseEntity[],
    now: Date,
  ): Promise<CaseRecord[]> {
    const programs = new Map(
      (await this.repository.findProgramsByIds(rows.map((r) => r.programId))).map((p) => [p.id, p]),
    );
    return Promise.all(
      rows.map(async (row) =>
        toCaseRecord(row, {
          definition: await this.repository.definition(
            row.workflowDefinitionId,
            row.workflowDefinitionVersion,
          ),
          program: programs.get(row.programId)!,
          now,
          mayMove: canWrite(actor.role),
        }),
      ),
    );
  }
}

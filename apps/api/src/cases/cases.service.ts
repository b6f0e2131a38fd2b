import type { CaseEntity } from '@berdaya/db';
import { canWrite } from '@berdaya/empowerment';
import type { WorkflowDefinition } from '@berdaya/workflow';
import { HttpStatus, Injectable } from '@nestjs/common';
import { Readable } from 'node:stream';
import { canSeeRecord, type UserScope } from '../access';
import { Clock } from '../common/clock/clock';
import { ApiException } from '../common/errors/api.exception';
import { ListPage } from '../common/simple-rest/list-page';
import { parseListQuery } from '../common/simple-rest/list-query';
import { RequestValidationException } from '../common/validation/request-validation.exception';
import { casesResource } from './cases.resource';
import type { CaseIntake } from './case-intake.schema';
import { CaseIntakeService } from './case-intake.service';
import { toCaseRecord, type CaseRecord } from './case-record';
import { CasesRepository } from './cases.repository';
import { PublishedDefinitions } from './published-definitions';
import type { CaseExportRow } from './case-export-row';
import { CSV_BOM, csvLine } from './csv-line';
import { isCaseOverdue } from './case-overdue';
import { stageLabelOf } from './stage-label';

const EXPORT_HEADER = [
  'id',
  'program',
  'village code',
  'village name',
  'group name',
  'group type',
  'stage',
  'stage label',
  'status',
  'approach',
  'facilitator email',
  'next visit due',
  'overdue',
  'updated at',
];

export type CaseActor = UserScope & { id: string };

@Injectable()
export class CasesService {
  constructor(
    private readonly repository: CasesRepository,
    private readonly intake: CaseIntakeService,
    private readonly clock: Clock,
    private readonly definitions: PublishedDefinitions,
  ) {}

  /** The list query is checked here, not in the route: `overdue` depends on the time of the request. */
  async list(actor: CaseActor, raw: Record<string, unknown>): Promise<ListPage<CaseRecord>> {
    const now = this.clock.now();
    const query = parseListQuery(raw, casesResource(now));
    const page = await this.repository.findPageVisibleTo(actor, query, now);
    const records = await this.toRecords(actor, page.items, now);
    return new ListPage(page.resource, page.offset, records, page.total);
  }

  /**
   * The cases the list request selects, every one of them (a `range` is refused, not ignored), as
   * a CSV stream. The request is checked before anything is sent, so a bad one is still a 400.
   */
  exportCsv(actor: CaseActor, raw: Record<string, unknown>): Readable {
    const { range, ...rest } = raw;
    if (range !== undefined) {
      throw new RequestValidationException([
        {
          field: 'range',
          code: 'export_range',
          message: 'an export has every matching case; use sort and filter',
        },
      ]);
    }
    const now = this.clock.now();
    const query = parseListQuery(rest, casesResource(now));
    const { repository, definitions } = this;
    async function* lines() {
      yield CSV_BOM + csvLine(EXPORT_HEADER);
      for await (const batch of repository.exportRowsVisibleTo(actor, query, now)) {
        const rendered = await Promise.all(
          batch.map(async (row) =>
            exportLine(
              row,
              await definitions.get(row.workflowDefinitionId, row.workflowDefinitionVersion),
              now,
            ),
          ),
        );
        yield rendered.join('');
      }
    }
    return Readable.from(lines());
  }

  async get(actor: CaseActor, id: string): Promise<CaseRecord> {
    const [record] = await this.toRecords(actor, [await this.visible(actor, id)], this.clock.now());
    return record;
  }

  /** The case, if the actor may see it; otherwise 404, so ids out of scope do not leak. */
  async visible(actor: CaseActor, id: string): Promise<CaseEntity> {
    const found = await this.repository.findOneVisibleTo(actor, id);
    if (!found) {
      throw new ApiException(HttpStatus.NOT_FOUND, {
        code: 'CASE_NOT_FOUND',
        params: { id },
        message: `case ${id} not found`,
      });
    }
    return found;
  }

  async create(actor: CaseActor, input: CaseIntake): Promise<CaseRecord> {
    // A facilitator who enrols a community works with it, unless they name a colleague.
    const facilitatorId =
      input.facilitatorId ?? (actor.role === 'facilitator' ? actor.id : undefined);
    const created = await this.intake.create(
      actor.id,
      { ...input, ...(facilitatorId && { facilitatorId }) },
      (programId: string, regionPath: string) => canSeeRecord(actor, { programId, regionPath }),
    );
    return this.get(actor, created.id);
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
          definition: await this.definitions.get(
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

function exportLine(row: CaseExportRow, definition: WorkflowDefinition, now: Date): string {
  return csvLine([
    row.id,
    row.programName,
    row.villageCode,
    row.villageName,
    row.groupName,
    row.groupType,
    row.stage,
    stageLabelOf(definition, row.stage).stageLabel.en,
    row.status,
    row.approach,
    row.facilitatorEmail,
    row.nextVisitDue,
    isCaseOverdue(row, row, now),
    row.updatedAt,
  ]);
}

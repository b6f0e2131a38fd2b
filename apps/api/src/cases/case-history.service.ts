import { CaseEventEntity } from '@berdaya/db';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { CasesRepository } from './cases.repository';
import { CasesService, type CaseActor } from './cases.service';
import { CSV_BOM, csvLine } from './csv-line';

const HISTORY_HEADER = ['when', 'type', 'actor email', 'from', 'to', 'event', 'reason'];

/** A case's history: append-only, so read in the order it was written. */
@Injectable()
export class CaseHistoryService {
  constructor(
    private readonly cases: CasesService,
    private readonly repository: CasesRepository,
    @InjectRepository(CaseEventEntity) private readonly events: Repository<CaseEventEntity>,
  ) {}

  async of(actor: CaseActor, caseId: string): Promise<CaseEventEntity[]> {
    await this.cases.visible(actor, caseId);
    return this.events.find({ where: { caseId }, order: { id: 'ASC' } });
  }

  /** The same history as CSV; one case's events are few enough to answer in one piece. */
  async csvOf(actor: CaseActor, caseId: string): Promise<string> {
    await this.cases.visible(actor, caseId);
    const rows = await this.repository.historyRows(caseId);
    return (
      CSV_BOM +
      csvLine(HISTORY_HEADER) +
      rows
        .map((row) =>
          csvLine([
            row.occurredAt,
            row.type,
            row.actorEmail,
            row.fromStage,
            row.toStage,
            row.event,
            row.reason,
          ]),
        )
        .join('')
    );
  }
}

import { CaseEventEntity } from '@berdaya/db';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { CasesRepository } from './cases.repository';
import { CasesService, type CaseActor } from './cases.service';
import { CSV_BOM, csvLine } from './csv-line';
import { toCaseEventRecord, type CaseEventRecord } from '../case-events/case-event.record';
import { UserNames } from '../users/user-names';

const HISTORY_HEADER = ['when', 'type', 'actor email', 'from', 'to', 'event', 'reason'];

/** A case's history: append-only, so read in the order it was written. */
@Injectable()
export class CaseHistoryService {
  constructor(
    private readonly cases: CasesService,
    private readonly repository: CasesRepository,
    @InjectRepository(CaseEventEntity) private readonly events: Repository<CaseEventEntity>,
    private readonly userNames: UserNames,
  ) {}

  async of(actor: CaseActor, caseId: string): Promise<CaseEventRecord[]> {
    await this.cases.visible(actor, caseId);
    const events = await this.events.find({ where: { caseId }, order: { id: 'ASC' } });
    const names = await this.userNames.byId(events.map((event) => event.actorId));
    return events.map((event) =>
      toCaseEventRecord(event, event.actorId === null ? null : (names.get(event.actorId) ?? null)),
    );
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

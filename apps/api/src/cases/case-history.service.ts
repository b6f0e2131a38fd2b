import { CaseEventEntity } from '@berdaya/db';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { CasesService, type CaseActor } from './cases.service';

/** A case's history: append-only, so read in the order it was written. */
@Injectable()
export class CaseHistoryService {
  constructor(
    private readonly cases: CasesService,
    @InjectRepository(CaseEventEntity) private readonly events: Repository<CaseEventEntity>,
  ) {}

  async of(actor: CaseActor, caseId: string): Promise<CaseEventEntity[]> {
    await this.cases.visible(actor, caseId);
    return this.events.find({ where: { caseId }, order: { id: 'ASC' } });
  }
}

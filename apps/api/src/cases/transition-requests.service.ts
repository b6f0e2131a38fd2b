import { TransitionRequestEntity } from '@berdaya/db';
import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { CaseMovesService } from './case-moves.service';
import type { CaseRecord } from './case-record';
import { CasesService, type CaseActor } from './cases.service';

/**
 * Decisions on transition requests. A request is as visible as its case: out of the decider's
 * scope it answers 404, like one that does not exist.
 */
@Injectable()
export class TransitionRequestsService {
  constructor(
    private readonly cases: CasesService,
    private readonly moves: CaseMovesService,
    @InjectRepository(TransitionRequestEntity)
    private readonly requests: Repository<TransitionRequestEntity>,
  ) {}

  async approve(actor: CaseActor, id: string, comment?: string): Promise<CaseRecord> {
    await this.visible(actor, id);
    const moved = await this.moves.approve(actor, id, comment);
    return this.cases.get(actor, moved.id);
  }

  async reject(actor: CaseActor, id: string, reason: string): Promise<TransitionRequestEntity> {
    await this.visible(actor, id);
    return this.moves.reject(actor, id, reason);
  }

  async withdraw(actor: CaseActor, id: string): Promise<TransitionRequestEntity> {
    await this.visible(actor, id);
    return this.moves.withdraw(actor, id);
  }

  private async visible(actor: CaseActor, id: string): Promise<void> {
    const request = await this.requests.findOneBy({ id });
    if (!request) throw new NotFoundException({ message: `transition request ${id} not found` });
    try {
      await this.cases.visible(actor, request.caseId);
    } catch {
      throw new NotFoundException({ message: `transition request ${id} not found` });
    }
  }
}

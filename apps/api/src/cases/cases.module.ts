import {
  CaseEntity,
  CaseEventEntity,
  ProgramEntity,
  TransitionRequestEntity,
  WorkflowDefinitionEntity,
} from '@berdaya/db';
import { Module } from '@nestjs/common';
import { UserNames } from '../users/user-names';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CaseHistoryService } from './case-history.service';
import { CaseIntakeService } from './case-intake.service';
import { CaseMovesRepository } from './case-moves.repository';
import { CaseMovesService } from './case-moves.service';
import { CaseReassignmentService } from './case-reassignment.service';
import { CasesController } from './cases.controller';
import { CasesRepository } from './cases.repository';
import { CasesService } from './cases.service';
import { PublishedDefinitions } from './published-definitions';
import { TransitionRequestsController } from './transition-requests.controller';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      CaseEntity,
      CaseEventEntity,
      ProgramEntity,
      TransitionRequestEntity,
      WorkflowDefinitionEntity,
    ]),
  ],
  controllers: [CasesController, TransitionRequestsController],
  providers: [
    CasesRepository,
    PublishedDefinitions,
    CasesService,
    CaseIntakeService,
    CaseMovesService,
    CaseHistoryService,
    CaseMovesRepository,
    CaseReassignmentService,
    UserNames,
  ],
})
export class CasesModule {}

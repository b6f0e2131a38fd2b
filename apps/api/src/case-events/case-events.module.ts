import { CaseEventEntity } from '@berdaya/db';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CaseEventsController } from './case-events.controller';
import { CaseEventsRepository } from './case-events.repository';
import { CaseEventsService } from './case-events.service';
import { UserNames } from '../users/user-names';

@Module({
  imports: [TypeOrmModule.forFeature([CaseEventEntity])],
  controllers: [CaseEventsController],
  providers: [CaseEventsRepository, CaseEventsService, UserNames],
})
export class CaseEventsModule {}

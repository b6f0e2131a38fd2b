import { VisitEntity } from '@berdaya/db';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CaseScopeModule } from '../case-scope/case-scope.module';
import { VisitsController } from './visits.controller';
import { VisitsRepository } from './visits.repository';
import { VisitsService } from './visits.service';

@Module({
  imports: [TypeOrmModule.forFeature([VisitEntity]), CaseScopeModule],
  controllers: [VisitsController],
  providers: [VisitsRepository, VisitsService],
})
export class VisitsModule {}

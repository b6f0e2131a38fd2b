import { TransitionRequestEntity } from '@berdaya/db';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TransitionRequestReadsController } from './transition-request-reads.controller';
import { TransitionRequestReadsRepository } from './transition-request-reads.repository';
import { TransitionRequestReadsService } from './transition-request-reads.service';
import { UserNames } from '../users/user-names';

@Module({
  imports: [TypeOrmModule.forFeature([TransitionRequestEntity])],
  controllers: [TransitionRequestReadsController],
  providers: [TransitionRequestReadsRepository, TransitionRequestReadsService, UserNames],
})
export class TransitionRequestReadsModule {}

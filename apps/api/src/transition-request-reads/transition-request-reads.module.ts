import { TransitionRequestEntity, UserEntity } from '@berdaya/db';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TransitionRequestReadsController } from './transition-request-reads.controller';
import { TransitionRequestReadsRepository } from './transition-request-reads.repository';
import { TransitionRequestReadsService } from './transition-request-reads.service';

@Module({
  imports: [TypeOrmModule.forFeature([TransitionRequestEntity, UserEntity])],
  controllers: [TransitionRequestReadsController],
  providers: [TransitionRequestReadsRepository, TransitionRequestReadsService],
})
export class TransitionRequestReadsModule {}

import { AttachmentEntity } from '@berdaya/db';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CaseScopeModule } from '../case-scope/case-scope.module';
import { AttachmentStorage } from './attachment.storage';
import { AttachmentsController } from './attachments.controller';
import { AttachmentsRepository } from './attachments.repository';
import { AttachmentsService } from './attachments.service';

@Module({
  imports: [TypeOrmModule.forFeature([AttachmentEntity]), CaseScopeModule],
  controllers: [AttachmentsController],
  providers: [AttachmentStorage, AttachmentsRepository, AttachmentsService],
})
export class AttachmentsModule {}

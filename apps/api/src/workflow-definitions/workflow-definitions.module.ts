import { WorkflowDefinitionEntity } from '@berdaya/db';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BuiltInDefinitionsSeeder } from './built-in-definitions.seeder';
import { WorkflowDefinitionsController } from './workflow-definitions.controller';
import { WorkflowDefinitionsRepository } from './workflow-definitions.repository';
import { WorkflowDefinitionsService } from './workflow-definitions.service';

@Module({
  imports: [TypeOrmModule.forFeature([WorkflowDefinitionEntity])],
  controllers: [WorkflowDefinitionsController],
  providers: [WorkflowDefinitionsService, WorkflowDefinitionsRepository, BuiltInDefinitionsSeeder],
})
export class WorkflowDefinitionsModule {}

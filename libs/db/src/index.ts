export { prepareDatabase } from './prepare-database';
export { dataSourceOptions } from './data-source-options';
export { entities } from './entities';
export { migrations } from './migrations';
export {
  WorkflowDefinitionEntity,
  WORKFLOW_DEFINITION_STATUSES,
} from './entities/workflow-definition.entity';
export type { WorkflowDefinitionStatus } from './entities/workflow-definition.entity';
export { DatabaseModule } from './database.module';

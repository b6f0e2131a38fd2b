import { WorkflowDefinitionEntity } from './workflow-definition.entity';

/** Every entity, listed by hand like the migrations: no globs, so the built output needs no scan. */
export const entities = [WorkflowDefinitionEntity];

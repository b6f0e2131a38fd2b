import { DEFAULT_PROCESS_DEFINITION } from '@berdaya/empowerment';
import type { DataSource } from 'typeorm';
import { ProgramEntity } from '../entities/program.entity';
import { WorkflowDefinitionEntity } from '../entities/workflow-definition.entity';

/** A saved program pinned to the default process, which is published first if it is not yet. */
export async function newProgram(dataSource: DataSource, overrides: Partial<ProgramEntity> = {}) {
  const definition = DEFAULT_PROCESS_DEFINITION;
  await dataSource
    .createQueryBuilder()
    .insert()
    .into(WorkflowDefinitionEntity)
    .values({ id: definition.id, version: definition.version, status: 'published', definition })
    .orIgnore()
    .execute();
  return dataSource.getRepository(ProgramEntity).save({
    name: 'Test program',
    workflowDefinitionId: definition.id,
    workflowDefinitionVersion: definition.version,
    ...overrides,
  });
}

import { ProgramEntity } from '@berdaya/db';
import { DEFAULT_PROCESS_DEFINITION } from '@berdaya/empowerment';
import type { DataSource } from 'typeorm';

/**
 * A saved program on the default process (which the api publishes at start), with the settings'
 * defaults except where overridden.
 */
export function newProgram(dataSource: DataSource, overrides: Partial<ProgramEntity> = {}) {
  return dataSource.getRepository(ProgramEntity).save({
    name: 'Program uji coba',
    workflowDefinitionId: DEFAULT_PROCESS_DEFINITION.id,
    workflowDefinitionVersion: DEFAULT_PROCESS_DEFINITION.version,
    ...overrides,
  });
}

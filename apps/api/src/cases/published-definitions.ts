import { WorkflowDefinitionEntity } from '@berdaya/db';
import type { WorkflowDefinition } from '@berdaya/workflow';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/**
 * The workflow definitions cases are pinned to. A published version never changes, so each is read
 * once per process; the engine's compiled machine is then found by the same object every time.
 */
@Injectable()
export class PublishedDefinitions {
  private readonly loaded = new Map<string, Promise<WorkflowDefinition>>();

  constructor(private readonly dataSource: DataSource) {}

  get(id: string, version: number): Promise<WorkflowDefinition> {
    const key = `${id}@${version}`;
    let found = this.loaded.get(key);
    if (!found) {
      found = this.dataSource
        .getRepository(WorkflowDefinitionEntity)
        .findOneByOrFail({ id, version })
        .then((row) => row.definition);
      // A failed read is not remembered: the next request tries again.
      found.catch(() => this.loaded.delete(key));
      this.loaded.set(key, found);
    }
    return found;
  }
}

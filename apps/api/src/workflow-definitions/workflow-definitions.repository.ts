import { WorkflowDefinitionEntity, type WorkflowDefinitionStatus } from '@berdaya/db';
import type { LocalizedText, WorkflowDefinition } from '@berdaya/workflow';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { findListPage } from '../common/simple-rest/find-list-page';
import type { ListPage } from '../common/simple-rest/list-page';
import type { ListQuery } from '../common/simple-rest/list-query';
import type { DefinitionKey } from './definition-key';
import { WORKFLOW_DEFINITIONS_RESOURCE } from './workflow-definitions.resource';

/** A row of the list: the definition's name only, as the whole JSON can weigh tens of kilobytes. */
export interface WorkflowDefinitionSummaryRow {
  definitionId: string;
  version: number;
  status: WorkflowDefinitionStatus;
  name: LocalizedText;
  createdAt: Date;
}

@Injectable()
export class WorkflowDefinitionsRepository {
  constructor(
    @InjectRepository(WorkflowDefinitionEntity)
    private readonly rows: Repository<WorkflowDefinitionEntity>,
  ) {}

  findSummaries(query: ListQuery): Promise<ListPage<WorkflowDefinitionSummaryRow>> {
    const base = this.rows
      .createQueryBuilder('wd')
      .select('wd.id', 'definitionId')
      .addSelect('wd.version', 'version')
      .addSelect('wd.status', 'status')
      .addSelect(`wd.definition -> 'name'`, 'name')
      .addSelect('wd.createdAt', 'createdAt');
    return findListPage(base, WORKFLOW_DEFINITIONS_RESOURCE, query, (page) =>
      page.getRawMany<WorkflowDefinitionSummaryRow>(),
    );
  }

  findByKey(key: DefinitionKey): Promise<WorkflowDefinitionEntity | null> {
    return this.rows.findOneBy({ id: key.id, version: key.version });
  }

  /** Inserts a draft unless that id and version exist; answers whether it did. */
  async insertDraft(definition: WorkflowDefinition): Promise<boolean> {
    const inserted = await this.rows
      .createQueryBuilder()
      .insert()
      .values({ id: definition.id, version: definition.version, status: 'draft', definition })
      .orIgnore()
      .returning('id')
      .execute();
    // RETURNING lists the inserted rows only: none when the key was taken.
    return (inserted.raw as unknown[]).length === 1;
  }

  /** Inserts those of `definitions` that are missing, as published; leaves existing ones alone. */
  async insertPublishedUnlessPresent(definitions: readonly WorkflowDefinition[]): Promise<void> {
    await this.rows
      .createQueryBuilder()
      .insert()
      .values(
        definitions.map((definition) => ({
          id: definition.id,
          version: definition.version,
          status: 'published' as const,
          definition,
        })),
      )
      .orIgnore()
      .execute();
  }

  /** Replaces the definition of a version that is still a draft; answers whether one was. */
  async updateDraft(key: DefinitionKey, definition: WorkflowDefinition): Promise<boolean> {
    const { affected } = await this.rows.update({ ...key, status: 'draft' }, { definition });
    return affected === 1;
  }

  /** Moves a version from one status to the next if it is still in the first; answers whether it was. */
  async updateStatus(
    key: DefinitionKey,
    from: WorkflowDefinitionStatus,
    to: WorkflowDefinitionStatus,
  ): Promise<boolean> {
    const { affected } = await this.rows.update({ ...key, status: from }, { status: to });
    return affected === 1;
  }

  /** Deletes a version that is still a draft; answers whether one was. */
  async deleteDraft(key: DefinitionKey): Promise<boolean> {
    const { affected } = await this.rows.delete({ ...key, status: 'draft' });
    return affected === 1;
  }
}

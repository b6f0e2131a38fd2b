import type { ResourceEntity } from '@berdaya/db';
import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { UserScope } from '../access';
import { CaseNotInScopeException } from '../case-scope/case-not-in-scope.exception';
import { CaseScopeRepository } from '../case-scope/case-scope.repository';
import { ApiException } from '../common/errors/api.exception';
import type { ListPage } from '../common/simple-rest/list-page';
import type { ListQuery } from '../common/simple-rest/list-query';
import { withoutFields } from '../common/validation/without-fields';
import type { NewResource, ResourceChanges } from './resource-body.schema';
import { toResourceRecord, type ResourceRecord } from './resource.record';
import { ResourcesRepository } from './resources.repository';

type Actor = UserScope & { id: string };

/** The resources found for a case in discovery; recording one goes into the case's history. */
@Injectable()
export class ResourcesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ResourcesRepository,
    private readonly cases: CaseScopeRepository,
  ) {}

  async list(actor: Actor, query: ListQuery): Promise<ListPage<ResourceRecord>> {
    return (await this.repository.findPageVisibleTo(actor, query)).map(toResourceRecord);
  }

  async get(actor: Actor, id: string): Promise<ResourceRecord> {
    return toResourceRecord(await this.findVisible(actor, id));
  }

  async record(actor: Actor, input: NewResource): Promise<ResourceRecord> {
    const subject = await this.cases.findVisibleCase(actor, input.caseId);
    if (!subject) throw new CaseNotInScopeException();
    const saved = await this.dataSource.transaction(async (tx) => {
      await this.cases.lock(tx, subject.id);
      const resource = await this.repository.save(tx, {
        caseId: subject.id,
        name: input.name,
        kind: input.kind,
        description: input.description ?? null,
        blockers: input.blockers ?? [],
      });
      await this.cases.appendEvent(tx, {
        caseId: subject.id,
        type: 'resourceRecorded',
        actorId: actor.id,
        payload: { resourceId: resource.id, name: resource.name, kind: resource.kind },
      });
      return resource;
    });
    return this.get(actor, saved.id);
  }

  async change(actor: Actor, id: string, body: ResourceChanges): Promise<ResourceRecord> {
    const before = await this.findVisible(actor, id);
    const changes = withoutFields(body, ['id', 'caseId', 'createdAt', 'updatedAt']);
    await this.repository.save(this.dataSource.manager, { ...before, ...changes });
    return this.get(actor, id);
  }

  async delete(actor: Actor, id: string): Promise<ResourceRecord> {
    const before = await this.get(actor, id);
    await this.repository.delete(id);
    return before;
  }

  private async findVisible(actor: Actor, id: string): Promise<ResourceEntity> {
    const found = await this.repository.findOneVisibleTo(actor, id);
    if (!found) {
      throw new ApiException(HttpStatus.NOT_FOUND, {
        code: 'RESOURCE_NOT_FOUND',
        params: { id },
        message: `resource ${id} not found`,
      });
    }
    return found;
  }
}

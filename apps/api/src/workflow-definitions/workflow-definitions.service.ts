import type { WorkflowDefinitionEntity, WorkflowDefinitionStatus } from '@berdaya/db';
import {
  definitionKey,
  parseDefinition,
  validateDefinition,
  type WorkflowDefinition,
} from '@berdaya/workflow';
import type { API_ERRORS, ApiErrorCode } from '@berdaya/api-problems';
import { HttpStatus, Injectable } from '@nestjs/common';
import { ApiException } from '../common/errors/api.exception';
import type { ListPage } from '../common/simple-rest/list-page';
import type { ListQuery } from '../common/simple-rest/list-query';
import { RequestValidationException } from '../common/validation/request-validation.exception';
import type { DefinitionKey } from './definition-key';
import { DefinitionProblemsException } from './definition-problems.exception';
import type { DefinitionValidation } from './definition-validation.schema';
import {
  toDetail,
  toSummary,
  type WorkflowDefinitionDetail,
  type WorkflowDefinitionSummary,
} from './workflow-definition.record';
import { WorkflowDefinitionsRepository } from './workflow-definitions.repository';

// The codes of a refusal that names only the definition's key.
type RefusalCode = {
  [C in ApiErrorCode]: (typeof API_ERRORS)[C] extends readonly ['key'] ? C : never;
}[ApiErrorCode];
type Refusal = { code: RefusalCode; text: string };

// Why each status refuses each change; a case is pinned to the version it started on, so only a
// draft may change or disappear.
const REFUSALS: Record<
  'change' | 'publish' | 'retire' | 'delete',
  Partial<Record<WorkflowDefinitionStatus, Refusal>>
> = {
  change: {
    published: {
      code: 'DEFINITION_PUBLISHED_FIXED',
      text: 'is published, and a published version never changes; create a new version instead',
    },
    retired: {
      code: 'DEFINITION_RETIRED_FIXED',
      text: 'is retired, and a retired version never changes; create a new version instead',
    },
  },
  publish: {
    published: { code: 'DEFINITION_ALREADY_PUBLISHED', text: 'is already published' },
    retired: {
      code: 'DEFINITION_RETIRED_NOT_REPUBLISHED',
      text: 'is retired and cannot be published again; create a new version instead',
    },
  },
  retire: {
    draft: {
      code: 'DEFINITION_DRAFT_NOT_RETIRED',
      text: 'is a draft; delete it instead of retiring it',
    },
    retired: { code: 'DEFINITION_ALREADY_RETIRED', text: 'is already retired' },
  },
  delete: {
    published: {
      code: 'DEFINITION_PUBLISHED_KEPT',
      text: 'is published and cases may be pinned to it; retire it instead',
    },
    retired: {
      code: 'DEFINITION_RETIRED_KEPT',
      text: 'is retired and cases may be pinned to it; it stays',
    },
  },
};

/**
 * The lifecycle of workflow definition versions: a draft may change, be published or be deleted;
 * a published version never changes and can only be retired. Every change re-checks the status in
 * the same statement that makes it, so two requests racing cannot both win.
 */
@Injectable()
export class WorkflowDefinitionsService {
  constructor(private readonly definitions: WorkflowDefinitionsRepository) {}

  async list(query: ListQuery): Promise<ListPage<WorkflowDefinitionSummary>> {
    return (await this.definitions.findSummaries(query)).map(toSummary);
  }

  async get(key: DefinitionKey): Promise<WorkflowDefinitionDetail> {
    return toDetail(await this.existing(key));
  }

  validate(input: unknown): DefinitionValidation {
    const problems = validateDefinition(input);
    return { valid: problems.length === 0, problems };
  }

  async createDraft(input: unknown): Promise<WorkflowDefinitionDetail> {
    const definition = this.accepted(input);
    if (!(await this.definitions.insertDraft(definition))) {
      const key = definitionKey(definition);
      throw new ApiException(HttpStatus.CONFLICT, {
        code: 'DEFINITION_EXISTS',
        params: { key },
        message: `Workflow definition ${key} already exists; give the new one another version`,
      });
    }
    return this.get(definition);
  }

  async updateDraft(key: DefinitionKey, input: unknown): Promise<WorkflowDefinitionDetail> {
    this.refuseUnless('draft', await this.existing(key), 'change');
    const definition = this.accepted(input);
    const mismatched = (['id', 'version'] as const).filter(
      (part) => definition[part] !== key[part],
    );
    if (mismatched.length > 0) {
      throw new RequestValidationException(
        mismatched.map((part) => ({
          field: part,
          code: 'definition_key_mismatch',
          params: { value: key[part] },
          message: `must be ${JSON.stringify(key[part])}, as in the URL ${definitionKey(key)}`,
        })),
      );
    }
    if (!(await this.definitions.updateDraft(key, definition))) {
      this.refuseUnless('draft', await this.existing(key), 'change');
    }
    return this.get(key);
  }

  async publish(key: DefinitionKey): Promise<WorkflowDefinitionDetail> {
    const current = await this.existing(key);
    this.refuseUnless('draft', current, 'publish');
    // The engine may have learnt a rule since the draft was saved: only what it accepts today goes live.
    const parsed = parseDefinition(current.definition);
    if (!parsed.ok) throw new DefinitionProblemsException(parsed.problems, key);
    await this.move(key, 'draft', 'published', 'publish');
    return this.get(key);
  }

  async retire(key: DefinitionKey): Promise<WorkflowDefinitionDetail> {
    this.refuseUnless('published', await this.existing(key), 'retire');
    await this.move(key, 'published', 'retired', 'retire');
    return this.get(key);
  }

  async delete(key: DefinitionKey): Promise<WorkflowDefinitionDetail> {
    const current = await this.existing(key);
    this.refuseUnless('draft', current, 'delete');
    if (!(await this.definitions.deleteDraft(key))) {
      this.refuseUnless('draft', await this.existing(key), 'delete');
    }
    return toDetail(current);
  }

  private async move(
    key: DefinitionKey,
    from: WorkflowDefinitionStatus,
    to: WorkflowDefinitionStatus,
    action: keyof typeof REFUSALS,
  ): Promise<void> {
    if (!(await this.definitions.updateStatus(key, from, to))) {
      // Another request changed it between the read and the update: say what it is now.
      this.refuseUnless(from, await this.existing(key), action);
    }
  }

  private async existing(key: DefinitionKey): Promise<WorkflowDefinitionEntity> {
    const found = await this.definitions.findByKey(key);
    if (!found) {
      throw new ApiException(HttpStatus.NOT_FOUND, {
        code: 'WORKFLOW_DEFINITION_NOT_FOUND',
        params: { key: definitionKey(key) },
        message: `Workflow definition ${definitionKey(key)} does not exist`,
      });
    }
    return found;
  }

  private refuseUnless(
    status: WorkflowDefinitionStatus,
    current: WorkflowDefinitionEntity,
    action: keyof typeof REFUSALS,
  ): void {
    if (current.status === status) return;
    const key = definitionKey(current);
    const refusal = REFUSALS[action][current.status];
    throw new ApiException(
      HttpStatus.CONFLICT,
      refusal
        ? {
            code: refusal.code,
            params: { key },
            message: `Workflow definition ${key} ${refusal.text}`,
          }
        : {
            code: 'DEFINITION_STATUS',
            params: { key, status: current.status },
            message: `Workflow definition ${key} is ${current.status}`,
          },
    );
  }

  private accepted(input: unknown): WorkflowDefinition {
    const parsed = parseDefinition(input);
    if (!parsed.ok) throw new DefinitionProblemsException(parsed.problems);
    return parsed.definition;
  }
}

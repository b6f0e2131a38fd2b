import { BUILT_IN_DEFINITIONS } from '@berdaya/empowerment';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { WorkflowDefinitionsRepository } from './workflow-definitions.repository';

/**
 * Makes the built-in workflows available as published versions from the first start. Every
 * replica runs it at boot; inserting only what is missing makes that safe, and leaves a version
 * that was since retired as it is.
 */
@Injectable()
export class BuiltInDefinitionsSeeder implements OnModuleInit {
  constructor(private readonly definitions: WorkflowDefinitionsRepository) {}

  onModuleInit(): Promise<void> {
    return this.definitions.insertPublishedUnlessPresent(BUILT_IN_DEFINITIONS);
  }
}

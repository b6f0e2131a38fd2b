export * from './definition.schema';
export { validateDefinition, parseDefinition } from './validate-definition';
export type {
  DefinitionProblem,
  DefinitionProblemParams,
  ProblemCode,
  ParseResult,
} from './validate-definition';
export { compile, definitionKey, InvalidDefinitionError } from './compile';
export type { CompiledWorkflow, WorkflowMachine, WorkflowEvent } from './compile';
export { start, allowedEvents, transition, stagePathOf, isFinal } from './engine';
export type {
  WorkflowSnapshot,
  AllowedEvent,
  TransitionResult,
  TransitionErrorCode,
} from './engine';
export type { MoveFacts, Blocker } from './move';
export { findStage, leafStages, stageAt } from './stage-lookup';
export { pathsToEveryStage } from './stage-paths';
export type { StagePath } from './stage-paths';
export type { StageInfo } from './stage-lookup';

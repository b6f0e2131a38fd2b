export { prepareDatabase } from './prepare-database';
export { dataSourceOptions } from './data-source-options';
export { entities } from './entities';
export { migrations } from './migrations';
export { DatabaseModule } from './database.module';
export { hydrateRow, selectColumns } from './raw-rows';
export { preparedQuery } from './prepared-query';

// The values the entities' columns take are the domain's; kept importable from here too.
export {
  FACILITATOR_ROLES,
  type FacilitatorRole,
  NOTIFICATION_KINDS,
  type NotificationKind,
  PROGRAM_TIMEZONES,
  type ProgramTimezone,
  REGION_LEVELS,
  type RegionLevel,
  TRANSITION_REQUEST_STATUSES,
  type TransitionRequestStatus,
  USER_LOCALES,
  type UserLocale,
  VISIT_PURPOSES,
  VISIT_STATUSES,
  type VisitPurpose,
  type VisitRecordStatus,
  WORKFLOW_DEFINITION_STATUSES,
  type WorkflowDefinitionStatus,
} from '@berdaya/empowerment';
export { WorkflowDefinitionEntity } from './entities/workflow-definition.entity';
export { UserEntity } from './entities/user.entity';
export { UserProgramEntity } from './entities/user-program.entity';
export { UserRegionEntity } from './entities/user-region.entity';
export { RefreshTokenEntity } from './entities/refresh-token.entity';
export { LoginAttemptEntity } from './entities/login-attempt.entity';
export { RegionEntity } from './entities/region.entity';
export { ProgramEntity } from './entities/program.entity';
export {
  CaseEntity,
  CASE_GROUP_TYPES,
  CASE_STATUSES,
  INTERVENTION_MODELS,
  STRATEGY_LEVELS,
} from './entities/case.entity';
export type {
  CaseGroupType,
  CaseStatus,
  InterventionModel,
  StrategyLevel,
} from './entities/case.entity';
export { CaseEventEntity, CASE_EVENT_TYPES } from './entities/case-event.entity';
export type { CaseEventType } from './entities/case-event.entity';
export { TransitionRequestEntity } from './entities/transition-request.entity';
export { VisitEntity } from './entities/visit.entity';
export { GoalEntity, GOAL_STATUSES } from './entities/goal.entity';
export type { GoalStatus } from './entities/goal.entity';
export { ResourceEntity, RESOURCE_BLOCKERS, RESOURCE_KINDS } from './entities/resource.entity';
export type { ResourceBlocker, ResourceKind } from './entities/resource.entity';
export {
  EvaluationEntity,
  EVALUATION_KINDS,
  EVALUATION_STATUSES,
} from './entities/evaluation.entity';
export type { EvaluationKind, EvaluationStatus } from './entities/evaluation.entity';
export { AttachmentEntity } from './entities/attachment.entity';
export { NotificationEntity } from './entities/notification.entity';
export { EmailDigestEntity } from './entities/email-digest.entity';
export { ProgramIndicatorSnapshotEntity } from './entities/program-indicator-snapshot.entity';
export { OutboxMessageEntity } from './entities/outbox-message.entity';

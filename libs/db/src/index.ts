export { prepareDatabase } from './prepare-database';
export { dataSourceOptions } from './data-source-options';
export { entities } from './entities';
export { migrations } from './migrations';
export { DatabaseModule } from './database.module';
export { hydrateRow, selectColumns } from './raw-rows';
export { preparedQuery } from './prepared-query';

export {
  WorkflowDefinitionEntity,
  WORKFLOW_DEFINITION_STATUSES,
} from './entities/workflow-definition.entity';
export type { WorkflowDefinitionStatus } from './entities/workflow-definition.entity';
export { UserEntity, USER_LOCALES } from './entities/user.entity';
export type { UserLocale } from './entities/user.entity';
export { UserProgramEntity } from './entities/user-program.entity';
export { UserRegionEntity } from './entities/user-region.entity';
export { RefreshTokenEntity } from './entities/refresh-token.entity';
export { LoginAttemptEntity } from './entities/login-attempt.entity';
export { RegionEntity, REGION_LEVELS } from './entities/region.entity';
export type { RegionLevel } from './entities/region.entity';
export { ProgramEntity, PROGRAM_TIMEZONES } from './entities/program.entity';
export type { ProgramTimezone } from './entities/program.entity';
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
export {
  TransitionRequestEntity,
  TRANSITION_REQUEST_STATUSES,
} from './entities/transition-request.entity';
export type { TransitionRequestStatus } from './entities/transition-request.entity';
export {
  VisitEntity,
  FACILITATOR_ROLES,
  VISIT_PURPOSES,
  VISIT_STATUSES,
} from './entities/visit.entity';
export type { FacilitatorRole, VisitPurpose, VisitRecordStatus } from './entities/visit.entity';
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
export { NotificationEntity, NOTIFICATION_KINDS } from './entities/notification.entity';
export type { NotificationKind } from './entities/notification.entity';
export { EmailDigestEntity } from './entities/email-digest.entity';
export { ProgramIndicatorSnapshotEntity } from './entities/program-indicator-snapshot.entity';
export { OutboxMessageEntity } from './entities/outbox-message.entity';

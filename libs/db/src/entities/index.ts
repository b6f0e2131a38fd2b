import { AttachmentEntity } from './attachment.entity';
import { CaseEventEntity } from './case-event.entity';
import { CaseEntity } from './case.entity';
import { EmailDigestEntity } from './email-digest.entity';
import { EvaluationEntity } from './evaluation.entity';
import { GoalEntity } from './goal.entity';
import { LoginAttemptEntity } from './login-attempt.entity';
import { NotificationEntity } from './notification.entity';
import { OutboxMessageEntity } from './outbox-message.entity';
import { ProgramIndicatorSnapshotEntity } from './program-indicator-snapshot.entity';
import { ProgramEntity } from './program.entity';
import { RefreshTokenEntity } from './refresh-token.entity';
import { RegionEntity } from './region.entity';
import { ResourceEntity } from './resource.entity';
import { TransitionRequestEntity } from './transition-request.entity';
import { UserProgramEntity } from './user-program.entity';
import { UserRegionEntity } from './user-region.entity';
import { UserEntity } from './user.entity';
import { VisitEntity } from './visit.entity';
import { WorkflowDefinitionEntity } from './workflow-definition.entity';

/** Every entity, listed by hand like the migrations: no globs, so the built output needs no scan. */
export const entities = [
  WorkflowDefinitionEntity,
  UserEntity,
  UserProgramEntity,
  UserRegionEntity,
  RefreshTokenEntity,
  LoginAttemptEntity,
  RegionEntity,
  ProgramEntity,
  CaseEntity,
  CaseEventEntity,
  TransitionRequestEntity,
  VisitEntity,
  GoalEntity,
  ResourceEntity,
  EvaluationEntity,
  AttachmentEntity,
  NotificationEntity,
  EmailDigestEntity,
  ProgramIndicatorSnapshotEntity,
  OutboxMessageEntity,
];

export { APPROACHES, LEVELS } from './approach.types';
export type { Approach, Level } from './approach.types';
export { recommendApproach } from './approach.rule';
export type {
  ApproachReason,
  ApproachReasonCode,
  ApproachRecommendation,
  IntakeAssessment,
} from './approach.rule';
export {
  APPROACH_TIMING_FACTORS,
  expectedDurationDays,
  visitCadenceDays,
} from './stage-timing.rule';
export type { TimingFactors } from './stage-timing.rule';
export {
  BUILT_IN_DEFINITIONS,
  DEFAULT_PROCESS_DEFINITION,
  FIVE_ACTIVITIES_DEFINITION,
  SIX_STEPS_DEFINITION,
} from './definitions';
export {
  MAX_SCORE,
  MIN_SCORE,
  POWER_DIMENSIONS,
  SIX_ELEMENTS,
  evaluationScoresSchema,
  parseEvaluationScores,
} from './evaluation/evaluation-scores.schema';
export type {
  EvaluationScores,
  PowerDimension,
  SixElement,
} from './evaluation/evaluation-scores.schema';
export { InvalidScoresError } from './evaluation/invalid-scores.error';
export type { ScoreProblem } from './evaluation/invalid-scores.error';
export { empowermentIndex } from './evaluation/empowerment-index.scoring';
export { TREND_THRESHOLD, trend, trendDirection } from './evaluation/trend.scoring';
export type { Trend, TrendDirection } from './evaluation/trend.scoring';
export {
  LOW_SELF_RELIANCE_SCORE,
  LOW_STREAK,
  dependencyRisk,
} from './evaluation/dependency-risk.rule';
export { nextVisitDue, visitStatus } from './visits/visit-schedule.rule';
export type { VisitScheduleInput, VisitStatus } from './visits/visit-schedule.rule';
export { addDays, calendarDayIn, daysBetween } from './visits/calendar-day';
export { localTimeToInstant } from './visits/local-time';
export { firstVisitDueOnEntering } from './visits/stage-entry-visit.rule';
export type { StageEntry } from './visits/stage-entry-visit.rule';
export {
  VISIT_ALERT_LOCAL_TIME,
  visitOverdueAlertAt,
  visitReminderAt,
} from './visits/visit-alerts.rule';
export type { VisitOverdueAlertInput, VisitReminderInput } from './visits/visit-alerts.rule';
export { approvalLadderStep, nextApprovalStepAt } from './approvals/approval-ladder.rule';
export type { ApprovalLadder, ApprovalLadderStep } from './approvals/approval-ladder.rule';
export { isStalled, STALLED_FLAG, stalledSince } from './stalled-case.rule';
export type { StageClock } from './stalled-case.rule';
export { countedMedian } from './indicators/counted-median';
export type { CountedValue } from './indicators/counted-median';
export {
  APPROVAL_TURNAROUND_WINDOW_DAYS,
  INDEX_BUCKETS,
  INDEX_LEVELS,
  programIndicators,
} from './indicators/program-indicators.rule';
export type {
  IndexBucketCount,
  IndexLevel,
  ProgramIndicatorInputs,
  ProgramIndicators,
  StageIndicator,
} from './indicators/program-indicators.rule';
export { ROLES, canWrite, seesEverything } from './access/roles';
export type { Role } from './access/roles';
export { decisionRight } from './access/transition-decision.rule';
export type { Decider, DecisionRefusal, DecisionRight } from './access/transition-decision.rule';
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
} from './record-vocabularies';
export { PROGRAM_DEFAULTS } from './program-defaults';

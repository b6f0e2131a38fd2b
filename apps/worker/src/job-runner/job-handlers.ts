import type { Provider } from '@nestjs/common';
import { EvaluationRunHandler } from '../evaluations/evaluation-run.handler';
import { EvaluationScheduleHandler } from '../evaluations/evaluation-schedule.handler';
import { EvaluationSnapshotHandler } from '../evaluations/evaluation-snapshot.handler';
import { ApprovalDecidedHandler } from '../notifications/approval-decided.handler';
import { ApprovalWaitingHandler } from '../notifications/approval-waiting.handler';
import { NotificationDigestHandler } from '../mail/notification-digest.handler';
import { ApprovalLadderHandler } from '../reminders/approval-ladder.handler';
import { DetectStalledHandler } from '../reminders/detect-stalled.handler';
import { ScheduleVisitReminderHandler } from '../reminders/schedule-visit-reminder.handler';
import { VisitDueHandler } from '../reminders/visit-due.handler';
import { VisitOverdueHandler } from '../reminders/visit-overdue.handler';
import type { JobHandlers } from './job-handler';

export const JOB_HANDLERS = Symbol('JOB_HANDLERS');

/** The one place a job name meets its handler. */
export function jobHandlers(
  approvalWaiting: ApprovalWaitingHandler,
  approvalDecided: ApprovalDecidedHandler,
  scheduleVisitReminder: ScheduleVisitReminderHandler,
  visitDue: VisitDueHandler,
  visitOverdue: VisitOverdueHandler,
  approvalLadder: ApprovalLadderHandler,
  digest: NotificationDigestHandler,
  detectStalled: DetectStalledHandler,
  scheduleProgram: EvaluationScheduleHandler,
  evaluationRun: EvaluationRunHandler,
  evaluationSnapshot: EvaluationSnapshotHandler,
): JobHandlers {
  return {
    'notifications.approvalWaiting': approvalWaiting,
    'notifications.approvalDecided': approvalDecided,
    'reminders.scheduleVisitReminder': scheduleVisitReminder,
    'reminders.visitDue': visitDue,
    'reminders.visitOverdue': visitOverdue,
    'reminders.approvalLadder': approvalLadder,
    'notifications.digest': digest,
    'reminders.detectStalled': detectStalled,
    'evaluations.scheduleProgram': scheduleProgram,
    'evaluations.run': evaluationRun,
    'evaluations.snapshot': evaluationSnapshot,
  };
}

export const jobHandlersProvider: Provider = {
  provide: JOB_HANDLERS,
  inject: [
    ApprovalWaitingHandler,
    ApprovalDecidedHandler,
    ScheduleVisitReminderHandler,
    VisitDueHandler,
    VisitOverdueHandler,
    ApprovalLadderHandler,
    NotificationDigestHandler,
    DetectStalledHandler,
    EvaluationScheduleHandler,
    EvaluationRunHandler,
    EvaluationSnapshotHandler,
  ],
  useFactory: jobHandlers,
};

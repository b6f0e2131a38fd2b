import { transitionRequestsMessages } from '../approvals/approvals.messages';
import { apiProblemsMessages } from '../common/api-problems.messages';
import { casePageMessages } from '../case-page/case-page.messages';
import { casesMessages } from '../cases/cases.messages';
import { dashboardMessages } from '../dashboard/dashboard.messages';
import { notificationsMessages } from '../notifications/notifications.messages';
import { programsMessages } from '../programs/programs.messages';
import { regionsMessages } from '../regions/regions.messages';
import { usersMessages } from '../users/users.messages';
import { visitsMessages } from '../visits/visits.messages';
import { workflowDefinitionsMessages } from '../workflow-definitions/workflow-definitions.messages';
import type { FeatureMessages } from './define-messages';

/** The messages of each part of the panel, merged into the base ones by the i18n provider. */
export const FEATURE_MESSAGES: readonly FeatureMessages[] = [
  dashboardMessages,
  casesMessages,
  casePageMessages,
  transitionRequestsMessages,
  visitsMessages,
  regionsMessages,
  programsMessages,
  workflowDefinitionsMessages,
  usersMessages,
  notificationsMessages,
  apiProblemsMessages,
];

import type { AppResource } from './app-resource';
import { transitionRequestsResource } from './approvals/transition-requests.resource';
import { casesResource } from './cases/cases.resource';
import { notificationsResource } from './notifications/notifications.resource';
import { programsResource } from './programs/programs.resource';
import { regionsResource } from './regions/regions.resource';
import { usersResource } from './users/users.resource';
import { visitsResource } from './visits/visits.resource';
import { workflowDefinitionsResource } from './workflow-definitions/workflow-definitions.resource';

/** Every resource of the panel, in menu order. */
export const RESOURCES: readonly AppResource[] = [
  casesResource,
  transitionRequestsResource,
  visitsResource,
  regionsResource,
  programsResource,
  workflowDefinitionsResource,
  usersResource,
  notificationsResource,
];

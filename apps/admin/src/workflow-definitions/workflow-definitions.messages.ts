import { defineMessages } from '../i18n/define-messages';

export const workflowDefinitionsMessages = defineMessages(
  { resources: { 'workflow-definitions': { name: 'Workflow |||| Workflows' } } },
  { resources: { 'workflow-definitions': { name: 'Alur kerja' } } },
);

import type { WorkflowDefinition } from '@berdaya/workflow';
import { useCallback } from 'react';
import { useCreate, useNotify, useRedirect, useUpdate } from 'react-admin';
import { type EditorProblem, serverProblems } from './definition-validation';
import type { DefinitionVersion } from './definition-version';

const RESOURCE = 'workflow-definitions';

const messageOf = (error: unknown) =>
  error instanceof Error && error.message ? error.message : String(error);

/**
 * Saves a draft: a new one (POST) or the one being edited (PUT, whose body is the definition
 * itself). Resolves to the API's problems when it refuses the definition (422), else shows the
 * saved version.
 */
export function useSaveDefinition(editing?: DefinitionVersion) {
  const [create] = useCreate<DefinitionVersion>();
  const [update] = useUpdate<DefinitionVersion>();
  const notify = useNotify();
  const redirect = useRedirect();

  return useCallback(
    async (definition: WorkflowDefinition): Promise<EditorProblem[]> => {
      try {
        const saved = editing
          ? await update(
              RESOURCE,
              { id: editing.id, data: definition, previousData: editing },
              { mutationMode: 'pessimistic', returnPromise: true },
            )
          : await create(RESOURCE, { data: definition }, { returnPromise: true });
        notify('berdaya.workflow_definitions.editor.saved', { type: 'success' });
        redirect('show', RESOURCE, saved ? saved.id : editing?.id);
        return [];
      } catch (error) {
        const problems = serverProblems(error);
        if (problems.length === 0) {
          notify('berdaya.workflow_definitions.actions.failed', {
            type: 'error',
            messageArgs: { message: messageOf(error) },
          });
        }
        return problems;
      }
    },
    [editing, create, update, notify, redirect],
  );
}

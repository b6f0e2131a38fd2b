import type { WorkflowDefinition } from '@berdaya/workflow';
import { useCallback } from 'react';
import { useGetOne } from 'react-admin';
import { stageLabel } from '../common/workflow-labels';
import { useLocaleFormat } from './locale-format';

interface DefinitionDetail {
  id: string;
  definition: WorkflowDefinition;
}

/**
 * Names stage paths (`dialogue.buildingTrust`) in the user's language from the definition a case
 * or program is pinned to; until it is loaded, or for a stage it does not know, the path itself.
 */
export const useStageLabels = (definitionKey: string | undefined): ((path: string) => string) => {
  const format = useLocaleFormat();
  const { data } = useGetOne<DefinitionDetail>(
    'workflow-definitions',
    { id: definitionKey ?? '' },
    { enabled: definitionKey !== undefined, staleTime: Infinity },
  );
  const definition = data?.definition;
  return useCallback(
    (path: string) => format.text(stageLabel(definition, path), path),
    [definition, format],
  );
};

import {
  BUILT_IN_LABELS,
  findStage,
  ON_HOLD,
  WITHDRAWN,
  type WorkflowDefinition,
} from '@berdaya/workflow';
import { useCallback } from 'react';
import { useGetOne } from 'react-admin';
import { useLocaleFormat } from './locale-format';

interface DefinitionDetail {
  id: string;
  definition: WorkflowDefinition;
}

/** The `<definitionId>@<version>` key GET /api/workflow-definitions/:id takes. */
export const definitionKeyOf = (id: string, version: number): string => `${id}@${version}`;

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
    (path: string) => {
      const leaf = path.slice(path.lastIndexOf('.') + 1);
      const builtIn = leaf === ON_HOLD || leaf === WITHDRAWN ? BUILT_IN_LABELS[leaf] : undefined;
      const info = definition ? findStage(definition, leaf) : undefined;
      return format.text(builtIn ?? info?.stage.label, path);
    },
    [definition, format],
  );
};

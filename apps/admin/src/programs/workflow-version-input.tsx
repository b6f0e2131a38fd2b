import { useEffect, useMemo } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { required, SelectInput, useGetList, useRecordContext, useTranslate } from 'react-admin';
import { useLocalizedText } from '../common/localized-text';
import type { DefinitionVersionSummary } from '../workflow-definitions/definition-version';

/**
 * The workflow a program runs on: a definition, then one of its published versions. The version
 * the program is pinned to stays listed even once retired, so the form shows what is stored.
 */
export const WorkflowVersionInput = () => {
  const translate = useTranslate();
  const localized = useLocalizedText();
  const record = useRecordContext<{
    workflowDefinitionId: string;
    workflowDefinitionVersion: number;
  }>();
  const { setValue } = useFormContext();
  const definitionId = useWatch<Record<string, unknown>>({ name: 'workflowDefinitionId' });
  const { data = [], isPending } = useGetList<DefinitionVersionSummary>('workflow-definitions', {
    filter: { status: 'published' },
    pagination: { page: 1, perPage: 1000 },
    sort: { field: 'version', order: 'DESC' },
  });

  const definitions = useMemo(() => {
    const byId = new Map<string, string>();
    for (const version of data) {
      byId.set(version.definitionId, localized(version.name));
    }
    if (record && !byId.has(record.workflowDefinitionId)) {
      byId.set(record.workflowDefinitionId, record.workflowDefinitionId);
    }
    return [...byId].map(([id, name]) => ({ id, name: `${name} (${id})` }));
  }, [data, localized, record]);

  const versions = useMemo(() => {
    const published = data
      .filter((version) => version.definitionId === definitionId)
      .map((version) => ({
        id: version.version,
        name: translate('berdaya.programs.version_label', { version: version.version }),
      }));
    const pinned = record?.workflowDefinitionVersion;
    if (
      record?.workflowDefinitionId === definitionId &&
      pinned !== undefined &&
      !published.some((choice) => choice.id === pinned)
    ) {
      published.push({
        id: pinned,
        name: translate('berdaya.programs.version_not_published', { version: pinned }),
      });
    }
    return published;
  }, [data, definitionId, record, translate]);

  // A definition just chosen starts on its newest published version.
  const firstVersion = versions[0]?.id;
  const currentVersion = useWatch<Record<string, unknown>>({ name: 'workflowDefinitionVersion' });
  useEffect(() => {
    if (firstVersion !== undefined && !versions.some((choice) => choice.id === currentVersion)) {
      setValue('workflowDefinitionVersion', firstVersion, { shouldDirty: true });
    }
  }, [firstVersion, currentVersion, versions, setValue]);

  return (
    <>
      <SelectInput
        source="workflowDefinitionId"
        choices={definitions}
        isPending={isPending}
        validate={required()}
      />
      <SelectInput
        source="workflowDefinitionVersion"
        choices={versions}
        isPending={isPending}
        validate={required()}
        helperText="berdaya.programs.help.workflowVersion"
      />
    </>
  );
};

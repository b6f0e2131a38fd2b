import { canWrite, type Role } from '@berdaya/empowerment';
import type { WorkflowDefinition } from '@berdaya/workflow';
import { useCallback, useMemo } from 'react';
import { useGetIdentity, usePermissions, useTranslate } from 'react-admin';
import { stageLabels } from '../workflow-diagram/diagram-layout';
import { useLocalizedText } from '../common/localized-text';
import type { CaseRecord } from './case-records';
import { useCaseDates, type CaseDates } from './use-case-dates';

/** What every part of the case page needs to show the case to the signed-in user. */
export interface CaseView {
  record: CaseRecord;
  definition: WorkflowDefinition | undefined;
  dates: CaseDates;
  /** A stage's label in the user's language, from its dotted path. */
  stageLabel: (path: string | null) => string;
  /** A user's name as far as the signed-in user may read it. */
  nameOf: (userId: string | null) => string;
  myId: string | undefined;
  mayWrite: boolean;
}

const BUILT_IN_STAGES: Record<string, string> = {
  onHold: 'berdaya.workflow_diagram.on_hold',
  withdrawn: 'berdaya.workflow_diagram.withdrawn',
};

export function useCaseView(
  record: CaseRecord,
  definition: WorkflowDefinition | undefined,
  timeZone: string | undefined,
  /** The names of the people the page mentions, by id, as the records carry them. */
  names: ReadonlyMap<string, string>,
): CaseView {
  const translate = useTranslate();
  const localized = useLocalizedText();
  const dates = useCaseDates(timeZone);
  const { identity } = useGetIdentity();
  const { permissions } = usePermissions<Role | undefined>();
  const labels = useMemo(() => (definition ? stageLabels(definition) : undefined), [definition]);
  const myId = identity?.id === undefined ? undefined : String(identity.id);

  const stageLabel = useCallback(
    (path: string | null) => {
      if (!path) return '';
      if (path === record.stage) return localized(record.stageLabel);
      const label = labels?.get(path);
      if (label) return localized(label);
      const builtIn = BUILT_IN_STAGES[path];
      return builtIn ? translate(builtIn) : path;
    },
    [labels, localized, record.stage, record.stageLabel, translate],
  );

  const nameOf = useCallback(
    (userId: string | null) => {
      if (!userId) return translate('berdaya.case_page.someone_else');
      const name = names.get(userId);
      if (userId === myId) {
        return translate('berdaya.case_page.you', { name: name ?? identity?.fullName ?? '' });
      }
      return name ?? translate('berdaya.case_page.someone_else');
    },
    [identity?.fullName, myId, names, translate],
  );

  return {
    record,
    definition,
    dates,
    stageLabel,
    nameOf,
    myId,
    mayWrite: permissions !== undefined && canWrite(permissions),
  };
}

import { useLocation } from 'react-router';
import { useRedirect, useTranslate } from 'react-admin';
import { TitledPage } from '../common/titled-page';
import { definitionJson } from './definition-json';
import { DefinitionEditor } from './definition-editor';
import { useSaveDefinition } from './use-save-definition';

// A new definition starts as the smallest one the engine accepts: two stages and a move.
const STARTER = {
  id: 'new-workflow',
  version: 1,
  name: { en: 'New workflow', id: 'Alur kerja baru' },
  initial: 'start',
  final: ['done'],
  stages: [
    { id: 'start', label: { en: 'Start', id: 'Mulai' } },
    { id: 'done', label: { en: 'Done', id: 'Selesai' } },
  ],
  transitions: [{ event: 'FINISH', from: 'start', to: 'done' }],
};

/** The definition a "new version" link passes in the location state, react-admin's clone way. */
const copiedDefinition = (state: unknown): unknown => {
  if (typeof state !== 'object' || state === null || !('record' in state)) return undefined;
  const { record } = state;
  return typeof record === 'object' && record !== null && 'definition' in record
    ? record.definition
    : undefined;
};

const DefinitionCreate = () => {
  const translate = useTranslate();
  const redirect = useRedirect();
  const location = useLocation();
  const save = useSaveDefinition();
  const initial = copiedDefinition(location.state) ?? STARTER;
  const title = translate('berdaya.workflow_definitions.title_new');

  return (
    <TitledPage title={title}>
      <DefinitionEditor
        initialText={definitionJson(initial)}
        onSave={save}
        onCancel={() => redirect('list', 'workflow-definitions')}
      />
    </TitledPage>
  );
};

export default DefinitionCreate;

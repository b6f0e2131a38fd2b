import { Alert, LinearProgress } from '@mui/material';
import {
  Link,
  useCreatePath,
  useGetOne,
  useGetRecordId,
  useRedirect,
  useTranslate,
} from 'react-admin';
import { TitledPage } from '../common/titled-page';
import { definitionJson } from './definition-json';
import { DefinitionEditor } from './definition-editor';
import type { DefinitionVersion } from './definition-version';
import { useSaveDefinition } from './use-save-definition';

const RESOURCE = 'workflow-definitions';

const DraftEditor = ({ record }: { record: DefinitionVersion }) => {
  const redirect = useRedirect();
  const save = useSaveDefinition(record);
  return (
    <DefinitionEditor
      initialText={definitionJson(record.definition)}
      onSave={save}
      onCancel={() => redirect('show', RESOURCE, record.id)}
    />
  );
};

/** Edits a draft; a published or retired version never changes, so it is only shown. */
const DefinitionEdit = () => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const id = useGetRecordId();
  const {
    data: record,
    isPending,
    error,
  } = useGetOne<DefinitionVersion>(RESOURCE, { id: String(id) });

  if (isPending) return <LinearProgress />;
  if (error || !record) return <Alert severity="error">{translate('ra.page.error')}</Alert>;
  const title = translate('berdaya.workflow_definitions.title_edit', { id: record.id });

  return (
    <TitledPage title={title}>
      {record.status === 'draft' ? (
        <DraftEditor record={record} />
      ) : (
        <Alert severity="info">
          {translate('berdaya.workflow_definitions.editor.read_only')}{' '}
          <Link to={createPath({ resource: RESOURCE, type: 'show', id: record.id })}>
            {record.id}
          </Link>
        </Alert>
      )}
    </TitledPage>
  );
};

export default DefinitionEdit;

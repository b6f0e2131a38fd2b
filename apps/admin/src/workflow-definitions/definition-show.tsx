import type { Role } from '@berdaya/empowerment';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import EditIcon from '@mui/icons-material/Edit';
import { Alert, Card, CardContent, LinearProgress, Stack, Typography } from '@mui/material';
import {
  Button,
  Link,
  Title,
  useCreatePath,
  useGetOne,
  useGetRecordId,
  usePermissions,
  useTranslate,
} from 'react-admin';
import { useLocalizedText } from '../common/localized-text';
import { definitionJson } from './definition-json';
import { DefinitionLifecycleButton } from './definition-lifecycle-button';
import { DefinitionPreview } from './definition-preview';
import { DefinitionStatusChip } from './definition-status-chip';
import type { DefinitionVersion } from './definition-version';
import { JsonEditor } from './json-editor';

const RESOURCE = 'workflow-definitions';

/** What an admin may do with a version: edit or publish a draft, retire a published one, copy any. */
const DefinitionActions = ({ record }: { record: DefinitionVersion }) => {
  const createPath = useCreatePath();
  const { permissions } = usePermissions<Role>();
  if (permissions !== 'admin') return null;
  const copy = { ...record.definition, version: record.version + 1 };
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ my: 2 }}>
      {record.status === 'draft' && (
        <Button
          component={Link}
          to={createPath({ resource: RESOURCE, type: 'edit', id: record.id })}
          label="ra.action.edit"
          variant="outlined"
        >
          <EditIcon />
        </Button>
      )}
      {record.status === 'draft' && <DefinitionLifecycleButton record={record} action="publish" />}
      {record.status === 'published' && (
        <DefinitionLifecycleButton record={record} action="retire" />
      )}
      <Button
        component={Link}
        to={createPath({ resource: RESOURCE, type: 'create' })}
        state={{ record: { definition: copy } }}
        label="berdaya.workflow_definitions.actions.new_version"
      >
        <ContentCopyIcon />
      </Button>
    </Stack>
  );
};

const DefinitionShow = () => {
  const translate = useTranslate();
  const localized = useLocalizedText();
  const id = useGetRecordId();
  const {
    data: record,
    isPending,
    error,
  } = useGetOne<DefinitionVersion>(RESOURCE, { id: String(id) });

  if (isPending) return <LinearProgress />;
  if (error || !record) return <Alert severity="error">{translate('ra.page.error')}</Alert>;
  const title = translate('berdaya.workflow_definitions.title_show', {
    name: localized(record.name),
    version: record.version,
  });

  return (
    <>
      <Title title={title} />
      <Card sx={{ mt: 2 }}>
        <CardContent>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <Typography component="h1" variant="h5">
              {title}
            </Typography>
            <DefinitionStatusChip status={record.status} />
          </Stack>
          <Typography variant="body2" sx={{ mt: 1 }} component="p">
            <code>{record.id}</code>
            {' · '}
            {translate(`berdaya.workflow_definitions.status_help.${record.status}`)}
          </Typography>
          <DefinitionActions record={record} />
          <DefinitionPreview definition={record.definition} />
          <JsonEditor
            label={translate('berdaya.workflow_definitions.json')}
            value={definitionJson(record.definition)}
            readOnly
            helperText={
              record.status === 'draft'
                ? undefined
                : translate('berdaya.workflow_definitions.editor.read_only')
            }
          />
        </CardContent>
      </Card>
    </>
  );
};

export default DefinitionShow;

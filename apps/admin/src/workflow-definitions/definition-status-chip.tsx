import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { DefinitionStatus } from './definition-version';

const COLORS = { draft: 'warning', published: 'success', retired: 'default' } as const;

export const DefinitionStatusChip = ({ status }: { status: DefinitionStatus }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      variant="outlined"
      color={COLORS[status]}
      label={translate(`berdaya.workflow_definitions.statuses.${status}`)}
    />
  );
};

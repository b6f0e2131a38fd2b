import type { WorkflowDefinitionStatus } from '@berdaya/empowerment';
import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';

const COLORS = { draft: 'warning', published: 'success', retired: 'default' } as const;

export const DefinitionStatusChip = ({ status }: { status: WorkflowDefinitionStatus }) => {
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

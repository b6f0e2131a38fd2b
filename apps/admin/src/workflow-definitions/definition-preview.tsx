import type { WorkflowDefinition } from '@berdaya/workflow';
import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { WorkflowDiagram } from '../workflow-diagram/workflow-diagram';

/** The definition drawn as its stages and moves. */
export const DefinitionPreview = ({ definition }: { definition: WorkflowDefinition }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ my: 2 }}>
      <Typography component="h2" variant="h6" gutterBottom>
        {translate('berdaya.workflow_definitions.diagram')}
      </Typography>
      <WorkflowDiagram definition={definition} />
    </Box>
  );
};

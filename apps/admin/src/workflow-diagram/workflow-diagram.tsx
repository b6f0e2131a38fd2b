import type { WorkflowDefinition } from '@berdaya/workflow';
import { Box, Chip, Stack, Typography } from '@mui/material';
import { Fragment, useId, useMemo } from 'react';
import { useTranslate } from 'react-admin';
import {
  diagramColumns,
  diagramJumps,
  stageLabels,
  type DiagramColumn,
  type DiagramStage,
} from './diagram-layout';
import { useLocalizedText } from '../common/localized-text';

export interface WorkflowDiagramProps {
  definition: WorkflowDefinition;
  /** Dotted path of the stage to highlight, e.g. `dialogue.buildingTrust` or `onHold`. */
  currentStage?: string;
  /** Dotted paths of the stages entered so far, oldest first; a stage may appear more than once. */
  pathTaken?: string[];
}

const ON_HOLD = 'onHold';
const WITHDRAWN = 'withdrawn';

const visuallyHidden = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

type StageState = 'current' | 'visited' | 'ahead';

const stageStyles: Record<StageState, object> = {
  current: {
    bgcolor: 'primary.main',
    color: 'primary.contrastText',
    borderColor: 'primary.dark',
    fontWeight: 'bold',
  },
  visited: { bgcolor: '#e8f5e9', color: 'text.primary', borderColor: 'success.dark' },
  ahead: {
    bgcolor: 'background.paper',
    color: 'text.secondary',
    borderColor: 'divider',
    borderStyle: 'dashed',
  },
};

/** Where each stage stands: current, on the path taken (with its step numbers), or not reached. */
function useStageStates(currentStage: string | undefined, pathTaken: readonly string[]) {
  return useMemo(() => {
    const steps = new Map<string, number[]>();
    pathTaken.forEach((path, index) => steps.set(path, [...(steps.get(path) ?? []), index + 1]));
    const stateOf = (path: string): StageState =>
      path === currentStage ? 'current' : steps.has(path) ? 'visited' : 'ahead';
    return { steps, stateOf };
  }, [currentStage, pathTaken]);
}

/**
 * A workflow definition drawn as a ladder: its top-level stages from left to right (top to bottom
 * on a phone), each phase with its sub-stages; the current stage filled, the path taken outlined
 * and numbered, and the moves the ladder cannot show (loops, jumps) listed below it.
 */
export const WorkflowDiagram = ({
  definition,
  currentStage,
  pathTaken = [],
}: WorkflowDiagramProps) => {
  const translate = useTranslate();
  const localized = useLocalizedText();
  const titleId = useId();
  const columns = useMemo(() => diagramColumns(definition), [definition]);
  const jumps = useMemo(() => diagramJumps(definition), [definition]);
  const labels = useMemo(() => stageLabels(definition), [definition]);
  const { steps, stateOf } = useStageStates(currentStage, pathTaken);

  const labelOf = (path: string) => {
    const label = labels.get(path);
    return label ? localized(label) : path;
  };

  const stageBox = (stage: DiagramStage | { path: string; label: string }, key: string) => {
    const state = stateOf(stage.path);
    const taken = steps.get(stage.path);
    const text = typeof stage.label === 'string' ? stage.label : localized(stage.label);
    return (
      <Box
        key={key}
        component="li"
        aria-current={state === 'current' ? 'step' : undefined}
        data-stage={stage.path}
        data-state={state}
        sx={{
          // Holds the visually hidden state text, which would otherwise sit past the page's edge.
          position: 'relative',
          listStyle: 'none',
          border: 2,
          borderRadius: 1,
          px: 1,
          py: 0.5,
          fontSize: '0.8125rem',
          lineHeight: 1.3,
          ...stageStyles[state],
        }}
      >
        {state === 'visited' && <span aria-hidden="true">✓ </span>}
        {text}
        {taken && (
          <Box component="span" sx={{ display: 'block', fontSize: '0.75rem' }}>
            {translate('berdaya.workflow_diagram.steps', { steps: taken.join(', ') })}
          </Box>
        )}
        <Box component="span" sx={visuallyHidden}>
          {` (${translate(
            state === 'current'
              ? 'berdaya.workflow_diagram.current'
              : state === 'visited'
                ? 'berdaya.workflow_diagram.visited'
                : 'berdaya.workflow_diagram.not_visited',
          )})`}
        </Box>
      </Box>
    );
  };

  const columnBox = (column: DiagramColumn) => (
    <Box
      key={column.id}
      component="li"
      sx={{ listStyle: 'none', flex: { sm: '1 1 0' }, minWidth: { sm: 88 } }}
    >
      {column.isPhase && (
        <Typography
          component="h3"
          variant="subtitle2"
          sx={{
            mb: 0.5,
            fontWeight: column.stages.some((s) => s.path === currentStage) ? 'bold' : undefined,
          }}
        >
          {localized(column.label)}
        </Typography>
      )}
      <Box component="ol" sx={{ m: 0, p: 0, display: 'grid', gap: 0.5 }}>
        {column.stages.map((stage) => stageBox(stage, stage.path))}
      </Box>
    </Box>
  );

  const arrow = (key: string) => (
    <Box
      key={key}
      component="li"
      aria-hidden="true"
      sx={{
        listStyle: 'none',
        alignSelf: 'center',
        color: 'text.secondary',
        fontSize: '1.25rem',
        lineHeight: 1,
        textAlign: 'center',
      }}
    >
      <Box component="span" sx={{ display: { xs: 'inline', sm: 'none' } }}>
        ↓
      </Box>
      <Box component="span" sx={{ display: { xs: 'none', sm: 'inline' } }}>
        →
      </Box>
    </Box>
  );

  const builtIn = [
    { path: ON_HOLD, label: translate('berdaya.workflow_diagram.on_hold') },
    { path: WITHDRAWN, label: translate('berdaya.workflow_diagram.withdrawn') },
  ];

  return (
    <Box component="figure" aria-labelledby={titleId} sx={{ m: 0 }}>
      <Typography id={titleId} component="h2" variant="h6" gutterBottom>
        {translate('berdaya.workflow_diagram.title', { name: localized(definition.name) })}
      </Typography>
      <Stack direction="row" spacing={1} sx={{ mb: 1, flexWrap: 'wrap' }} aria-hidden="true">
        <Chip size="small" color="primary" label={translate('berdaya.workflow_diagram.current')} />
        <Chip
          size="small"
          variant="outlined"
          sx={{ borderColor: 'success.dark', bgcolor: '#e8f5e9' }}
          label={`✓ ${translate('berdaya.workflow_diagram.visited')}`}
        />
      </Stack>
      <Box
        role="region"
        tabIndex={0}
        aria-labelledby={titleId}
        // Its own scrollbar on a narrow screen: contain keeps the ladder's width from widening the page.
        sx={{ overflowX: 'auto', contain: 'inline-size', pb: 1 }}
      >
        <Box
          component="ol"
          data-testid="workflow-ladder"
          sx={{
            m: 0,
            p: 0,
            display: 'flex',
            flexDirection: { xs: 'column', sm: 'row' },
            alignItems: { sm: 'flex-start' },
            gap: 1,
          }}
        >
          {columns.map((column, index) => (
            <Fragment key={column.id}>
              {index > 0 && arrow(`arrow-${column.id}`)}
              {columnBox(column)}
            </Fragment>
          ))}
        </Box>
      </Box>
      <Box sx={{ mt: 1, display: 'grid', gap: 1, gridTemplateColumns: { md: '2fr 1fr' } }}>
        {jumps.length > 0 && (
          <Box>
            <Typography component="h3" variant="subtitle2">
              {translate('berdaya.workflow_diagram.other_moves')}
            </Typography>
            <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
              {jumps.map((jump) => (
                <Typography
                  key={`${jump.event}-${jump.from}-${jump.to}`}
                  component="li"
                  variant="body2"
                >
                  {translate('berdaya.workflow_diagram.move', {
                    from: labelOf(jump.from),
                    to: labelOf(jump.to),
                    label: jump.label ? localized(jump.label) : jump.event,
                  })}
                </Typography>
              ))}
            </Box>
          </Box>
        )}
        <Box>
          <Typography component="h3" variant="subtitle2">
            {translate('berdaya.workflow_diagram.any_stage')}
          </Typography>
          <Box component="ul" sx={{ m: 0, p: 0, display: 'flex', gap: 1, flexWrap: 'wrap' }}>
            {builtIn.map((stage) => stageBox(stage, stage.path))}
          </Box>
        </Box>
      </Box>
    </Box>
  );
};

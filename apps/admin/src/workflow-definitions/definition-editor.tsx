import type { WorkflowDefinition } from '@berdaya/workflow';
import SaveIcon from '@mui/icons-material/Save';
import { Alert, Box, Stack } from '@mui/material';
import { useDeferredValue, useMemo, useState } from 'react';
import { Button, useTranslate } from 'react-admin';
import { DefinitionPreview } from './definition-preview';
import { DefinitionProblems } from './definition-problems';
import { checkDefinitionText, type EditorProblem } from './definition-validation';
import { JsonEditor } from './json-editor';

interface DefinitionEditorProps {
  initialText: string;
  /** Saves the checked definition; resolves to the server's problems when it refuses it. */
  onSave: (definition: WorkflowDefinition) => Promise<EditorProblem[]>;
  onCancel: () => void;
}

/**
 * The JSON of a draft, checked with the engine's rules as it is typed (the same rules the API
 * applies on save), with the diagram of the last valid text.
 */
export const DefinitionEditor = ({ initialText, onSave, onCancel }: DefinitionEditorProps) => {
  const translate = useTranslate();
  const [text, setText] = useState(initialText);
  const [saving, setSaving] = useState(false);
  const [refused, setRefused] = useState<{ text: string; problems: EditorProblem[] }>();
  // Checked at lower priority than the keystrokes, so typing stays fluid in a long definition.
  const checkedText = useDeferredValue(text);
  const check = useMemo(() => checkDefinitionText(checkedText), [checkedText]);
  const stale = checkedText !== text;

  const save = async () => {
    if (!check.ok) return;
    setSaving(true);
    try {
      const problems = await onSave(check.definition);
      setRefused(problems.length > 0 ? { text: checkedText, problems } : undefined);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Box>
      <JsonEditor
        label={translate('berdaya.workflow_definitions.editor.label')}
        value={text}
        onChange={setText}
        helperText={translate('berdaya.workflow_definitions.editor.help')}
      />
      <Box role="status" aria-live="polite" sx={{ mb: 2 }}>
        {stale ? (
          <Alert severity="info">{translate('berdaya.workflow_definitions.editor.checking')}</Alert>
        ) : check.ok ? (
          <Alert severity="success">{translate('berdaya.workflow_definitions.editor.valid')}</Alert>
        ) : (
          <DefinitionProblems
            problems={check.problems}
            title={translate('berdaya.workflow_definitions.editor.problems', {
              smart_count: check.problems.length,
            })}
          />
        )}
      </Box>
      {refused && refused.text === text && (
        <Box sx={{ mb: 2 }}>
          <DefinitionProblems
            problems={refused.problems}
            title={translate('berdaya.workflow_definitions.editor.server_problems')}
          />
        </Box>
      )}
      <Stack direction="row" spacing={2} sx={{ mb: 2 }}>
        <Button
          label="berdaya.workflow_definitions.editor.save"
          variant="contained"
          disabled={!check.ok || stale || saving}
          onClick={() => void save()}
        >
          <SaveIcon />
        </Button>
        <Button label="berdaya.workflow_definitions.editor.cancel" onClick={onCancel} />
      </Stack>
      {check.ok && <DefinitionPreview definition={check.definition} />}
    </Box>
  );
};

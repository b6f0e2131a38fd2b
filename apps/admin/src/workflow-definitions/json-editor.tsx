import { Box, FormHelperText, InputLabel } from '@mui/material';
import { useId, useMemo, useRef } from 'react';

interface JsonEditorProps {
  label: string;
  value: string;
  onChange?: (value: string) => void;
  readOnly?: boolean;
  helperText?: string;
  minRows?: number;
}

const LINE_HEIGHT = 1.5;

/**
 * A plain monospace text area with line numbers beside it (no code-editor library: a definition
 * is a few hundred lines, and the problems below it name the path). Lines do not wrap, so each
 * number stays beside its line; the numbers scroll with the text.
 */
export const JsonEditor = ({
  label,
  value,
  onChange,
  readOnly = false,
  helperText,
  minRows = 24,
}: JsonEditorProps) => {
  const id = useId();
  const helperId = `${id}-help`;
  const gutter = useRef<HTMLPreElement>(null);
  const lineCount = useMemo(() => value.split('\n').length, [value]);
  const numbers = useMemo(
    () => Array.from({ length: lineCount }, (_, index) => index + 1).join('\n'),
    [lineCount],
  );
  const rows = Math.max(minRows, Math.min(lineCount, 40));
  const font = {
    fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
    fontSize: '0.8125rem',
    lineHeight: LINE_HEIGHT,
    m: 0,
    py: 1,
  };

  return (
    <Box sx={{ mb: 2 }}>
      <InputLabel htmlFor={id} sx={{ mb: 0.5 }}>
        {label}
      </InputLabel>
      <Box
        sx={{
          display: 'flex',
          border: 1,
          borderColor: 'divider',
          borderRadius: 1,
          bgcolor: readOnly ? 'action.hover' : 'background.paper',
          '&:focus-within': { borderColor: 'primary.main', boxShadow: 1 },
        }}
      >
        <Box
          component="pre"
          ref={gutter}
          aria-hidden="true"
          sx={{
            ...font,
            px: 1,
            textAlign: 'right',
            color: 'text.secondary',
            bgcolor: 'action.hover',
            borderRight: 1,
            borderColor: 'divider',
            overflow: 'hidden',
            userSelect: 'none',
            minWidth: '3.5em',
            height: `calc(${rows * LINE_HEIGHT}em + 16px)`,
          }}
        >
          {numbers}
        </Box>
        <Box
          component="textarea"
          id={id}
          value={value}
          readOnly={readOnly}
          aria-describedby={helperText ? helperId : undefined}
          spellCheck={false}
          wrap="off"
          rows={rows}
          onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) =>
            onChange?.(event.target.value)
          }
          onScroll={(event: React.UIEvent<HTMLTextAreaElement>) => {
            if (gutter.current) gutter.current.scrollTop = event.currentTarget.scrollTop;
          }}
          sx={{
            ...font,
            px: 1,
            flex: 1,
            border: 0,
            outline: 0,
            resize: 'none',
            whiteSpace: 'pre',
            overflow: 'auto',
            bgcolor: 'transparent',
            color: 'text.primary',
            minWidth: 0,
            height: `calc(${rows * LINE_HEIGHT}em + 16px)`,
          }}
        />
      </Box>
      {helperText && <FormHelperText id={helperId}>{helperText}</FormHelperText>}
    </Box>
  );
};

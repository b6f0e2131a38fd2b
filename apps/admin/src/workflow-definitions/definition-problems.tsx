import { Alert, List, ListItem, ListItemText } from '@mui/material';
import { useTranslate } from 'react-admin';
import { definitionProblemText } from './definition-problem-text';
import type { EditorProblem } from './definition-validation';

/** Each problem with its kind, where it is and what is wrong, in the user's language. */
export const DefinitionProblems = ({
  problems,
  title,
}: {
  problems: readonly EditorProblem[];
  title: string;
}) => {
  const translate = useTranslate();
  return (
    <Alert severity="error" sx={{ '& .MuiAlert-message': { width: '100%' } }}>
      {title}
      <List dense disablePadding aria-label={title}>
        {problems.map((problem, index) => {
          const where =
            problem.line !== undefined
              ? translate('berdaya.workflow_definitions.editor.at_line', {
                  line: problem.line,
                  column: problem.column ?? 1,
                })
              : problem.path;
          const kind = translate(`berdaya.workflow_definitions.problem_codes.${problem.code}`, {
            _: problem.code,
          });
          return (
            <ListItem key={`${problem.path}-${index}`} disableGutters sx={{ py: 0 }}>
              <ListItemText
                primary={
                  <>
                    {where && (
                      <code style={{ fontWeight: 600 }}>
                        {where}
                        {': '}
                      </code>
                    )}
                    {definitionProblemText(problem, translate)}
                  </>
                }
                secondary={kind}
                slotProps={{ secondary: { color: 'inherit' } }}
              />
            </ListItem>
          );
        })}
      </List>
    </Alert>
  );
};

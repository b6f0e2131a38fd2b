import { REGION_LEVELS } from '@berdaya/empowerment';
import {
  Alert,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useTranslate } from 'react-admin';
import { describeImportError, type RegionImportProblem } from './region-import-problem';
import type { RegionImportReport } from './region-import-report';

const isLevel = (value: string) => (REGION_LEVELS as readonly string[]).includes(value);

const useProblemText = () => {
  const translate = useTranslate();
  return (problem: RegionImportProblem) => {
    if (!problem.key) return problem.message;
    const args = Object.fromEntries(
      Object.entries(problem.args ?? {}).map(([name, value]) => [
        name,
        typeof value === 'string' && isLevel(value)
          ? translate(`berdaya.regions.levels.${value}`)
          : value,
      ]),
    );
    return translate(problem.key, { ...args, _: problem.message });
  };
};

/** What a dry run found: each problem by line, or what the import would do. */
export const RegionImportPreview = ({ report }: { report: RegionImportReport }) => {
  const translate = useTranslate();
  const problemText = useProblemText();

  if (report.errorCount === 0) {
    return (
      <Alert severity="success" sx={{ my: 2 }}>
        {translate('berdaya.regions.import.ready', {
          rows: report.rows,
          created: report.created,
          updated: report.updated,
          unchanged: report.unchanged,
        })}
      </Alert>
    );
  }

  const problems = report.errors.map(describeImportError);
  return (
    <>
      <Alert severity="error" sx={{ my: 2 }}>
        {translate('berdaya.regions.import.problems', { smart_count: report.errorCount })}
      </Alert>
      <TableContainer>
        <Table size="small" aria-label={translate('berdaya.regions.import.columns.problem')}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('berdaya.regions.import.columns.line')}</TableCell>
              <TableCell>{translate('berdaya.regions.import.columns.field')}</TableCell>
              <TableCell>{translate('berdaya.regions.import.columns.code')}</TableCell>
              <TableCell>{translate('berdaya.regions.import.columns.problem')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {problems.map((problem, index) => (
              <TableRow key={`${problem.line}-${index}`}>
                <TableCell>{problem.line}</TableCell>
                <TableCell>{translate(`berdaya.regions.import.fields.${problem.field}`)}</TableCell>
                <TableCell sx={{ fontFamily: 'monospace' }}>{problem.code ?? ''}</TableCell>
                <TableCell>{problemText(problem)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {report.errors.length < report.errorCount && (
        <Typography variant="body2" sx={{ mt: 1 }}>
          {translate('berdaya.regions.import.problems_more', {
            shown: report.errors.length,
            total: report.errorCount,
          })}
        </Typography>
      )}
    </>
  );
};

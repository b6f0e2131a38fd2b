import { Box, Typography } from '@mui/material';
import { ChartTable } from './chart-table';

export interface BarRow {
  key: string;
  label: string;
  value: number;
  /** The value as shown beside its bar. */
  display: string;
  /** The table's cells after the label; the shown value alone when absent. */
  cells?: readonly string[];
}

interface BarChartProps {
  title: string;
  help?: string;
  /** Column headers of the text alternative: the label's, then the cells'. */
  headers: readonly string[];
  rows: readonly BarRow[];
}

/**
 * Horizontal bars, one a row, labels above them so long stage names wrap on a phone. The drawing is
 * hidden from assistive technology, which reads the same figures from the table.
 */
export const BarChart = ({ title, help, headers, rows }: BarChartProps) => {
  const max = Math.max(0, ...rows.map((row) => row.value));
  return (
    <Box component="figure" sx={{ m: 0, minWidth: 0 }}>
      <Typography component="figcaption" variant="subtitle1" sx={{ fontWeight: 500 }}>
        {title}
      </Typography>
      {help ? (
        <Typography variant="body2" color="text.secondary">
          {help}
        </Typography>
      ) : null}
      <Box aria-hidden sx={{ mt: 1 }}>
        {rows.map((row) => (
          <Box key={row.key} sx={{ mb: 0.75 }}>
            <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
              {row.label}
            </Typography>
            <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
              <Box sx={{ flex: 1, bgcolor: 'action.hover', borderRadius: 0.5, height: 12 }}>
                <Box
                  sx={{
                    width: max > 0 ? `${(row.value / max) * 100}%` : 0,
                    minWidth: row.value > 0 ? 2 : 0,
                    height: '100%',
                    bgcolor: 'primary.main',
                    borderRadius: 0.5,
                  }}
                />
              </Box>
              <Typography variant="body2" sx={{ minWidth: '3.5em', textAlign: 'right' }}>
                {row.display}
              </Typography>
            </Box>
          </Box>
        ))}
      </Box>
      <ChartTable
        caption={title}
        headers={headers}
        rows={rows.map((row) => ({
          key: row.key,
          cells: [row.label, ...(row.cells ?? [row.display])],
        }))}
      />
    </Box>
  );
};

import { Box } from '@mui/material';

// Hidden from sight but read by screen readers: the figures a chart draws, as a table.
const visuallyHidden = {
  border: 0,
  clip: 'rect(0 0 0 0)',
  height: '1px',
  margin: '-1px',
  overflow: 'hidden',
  padding: 0,
  position: 'absolute',
  whiteSpace: 'nowrap',
  width: '1px',
} as const;

export interface ChartTableProps {
  caption: string;
  headers: readonly string[];
  /** Each row's cells, already formatted; the first is the row's header. */
  rows: readonly { key: string; cells: readonly string[] }[];
}

/** The text alternative of a chart: its title as the caption and every figure it shows. */
export const ChartTable = ({ caption, headers, rows }: ChartTableProps) => (
  // A table grows to its content whatever its width, so the box around it is what hides it.
  <Box sx={visuallyHidden}>
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {headers.map((header) => (
            <th key={header} scope="col">
              {header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(({ key, cells: [first, ...rest] }) => (
          <tr key={key}>
            <th scope="row">{first}</th>
            {rest.map((cell, index) => (
              <td key={index}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  </Box>
);

import {
  Box,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
  useMediaQuery,
  type Theme,
} from '@mui/material';
import { Fragment, type ReactNode } from 'react';

export interface RecordColumn<T> {
  key: string;
  label: string;
  render: (row: T) => ReactNode;
}

/**
 * A small read-only table of a case's records; on a phone each record becomes a card of
 * label–value lines, since wide tables would need sideways scrolling.
 */
export function RecordTable<T extends { id: string }>({
  rows,
  columns,
  empty,
  caption,
}: {
  rows: readonly T[];
  columns: readonly RecordColumn<T>[];
  empty: string;
  caption: string;
}) {
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  if (rows.length === 0) return <Typography variant="body2">{empty}</Typography>;
  if (phone) {
    return (
      <Box component="ul" aria-label={caption} sx={{ m: 0, p: 0 }}>
        {rows.map((row) => (
          <Box
            key={row.id}
            component="li"
            sx={{ listStyle: 'none', borderBottom: 1, borderColor: 'divider', py: 1 }}
          >
            <Box
              component="dl"
              sx={{ m: 0, display: 'grid', gridTemplateColumns: 'auto 1fr', gap: '2px 12px' }}
            >
              {columns.map((column) => (
                <Fragment key={column.key}>
                  <Typography component="dt" variant="caption" color="text.secondary">
                    {column.label}
                  </Typography>
                  <Typography component="dd" variant="body2" sx={{ m: 0 }}>
                    {column.render(row)}
                  </Typography>
                </Fragment>
              ))}
            </Box>
          </Box>
        ))}
      </Box>
    );
  }
  return (
    <TableContainer>
      <Table size="small" aria-label={caption}>
        <TableHead>
          <TableRow>
            {columns.map((column) => (
              <TableCell key={column.key}>{column.label}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.id}>
              {columns.map((column) => (
                <TableCell key={column.key}>{column.render(row)}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

import { Box, Typography, useTheme } from '@mui/material';
import { ChartTable } from './chart-table';

export interface LinePoint {
  key: string;
  /** The point's date, as the axis and the table show it. */
  label: string;
  value: number | null;
  display: string;
}

interface LineChartProps {
  title: string;
  headers: readonly [string, string];
  points: readonly LinePoint[];
  /** Shown instead of a line with fewer than two points. */
  tooFew: string;
}

const WIDTH = 320;
const HEIGHT = 120;
const PAD = { top: 10, right: 10, bottom: 22, left: 40 };

/**
 * One figure over the snapshots, oldest to newest; a snapshot without the figure breaks the line.
 * The drawing is hidden from assistive technology, which reads the points from the table.
 */
export const LineChart = ({ title, headers, points, tooFew }: LineChartProps) => {
  const theme = useTheme();
  const values = points.flatMap((point) => (point.value === null ? [] : [point.value]));
  // Every figure charted is a count, a share, hours or an index: none below zero.
  const min = 0;
  const max = Math.max(...values, Number.MIN_VALUE);
  const x = (index: number) =>
    PAD.left +
    (points.length < 2 ? 0 : (index / (points.length - 1)) * (WIDTH - PAD.left - PAD.right));
  const y = (value: number) =>
    PAD.top + (1 - (value - min) / (max - min)) * (HEIGHT - PAD.top - PAD.bottom);
  // Consecutive known points form one segment each.
  const segments: string[][] = [];
  points.forEach((point, index) => {
    if (point.value === null) {
      segments.push([]);
      return;
    }
    if (segments.length === 0) segments.push([]);
    segments[segments.length - 1].push(`${x(index)},${y(point.value)}`);
  });
  const axisText = { fontSize: 10, fill: theme.palette.text.secondary };
  const maxDisplay = points.find((point) => point.value === max)?.display ?? '';
  const first = points[0];
  const last = points[points.length - 1];
  return (
    <Box component="figure" sx={{ m: 0, minWidth: 0 }}>
      <Typography component="figcaption" variant="subtitle1" sx={{ fontWeight: 500 }}>
        {title}
      </Typography>
      {values.length < 2 ? (
        <Typography variant="body2" color="text.secondary">
          {tooFew}
        </Typography>
      ) : (
        <Box
          component="svg"
          aria-hidden
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          sx={{ width: '100%', maxWidth: 480, height: 'auto', display: 'block', mt: 1 }}
        >
          <line
            x1={PAD.left}
            x2={WIDTH - PAD.right}
            y1={HEIGHT - PAD.bottom}
            y2={HEIGHT - PAD.bottom}
            stroke={theme.palette.divider}
          />
          <text x={PAD.left - 4} y={y(max) + 4} textAnchor="end" {...axisText}>
            {maxDisplay}
          </text>
          <text x={PAD.left - 4} y={y(min) + 4} textAnchor="end" {...axisText}>
            0
          </text>
          {segments
            .filter((segment) => segment.length > 0)
            .map((segment, index) => (
              <polyline
                key={index}
                points={segment.join(' ')}
                fill="none"
                stroke={theme.palette.primary.main}
                strokeWidth={2}
              />
            ))}
          {points.map((point, index) =>
            point.value === null ? null : (
              <circle
                key={point.key}
                cx={x(index)}
                cy={y(point.value)}
                r={3}
                fill={theme.palette.primary.main}
              />
            ),
          )}
          <text x={x(0)} y={HEIGHT - 6} textAnchor="start" {...axisText}>
            {first?.label}
          </text>
          <text x={x(points.length - 1)} y={HEIGHT - 6} textAnchor="end" {...axisText}>
            {last?.label}
          </text>
        </Box>
      )}
      <ChartTable
        caption={title}
        headers={headers}
        rows={points.map((point) => ({ key: point.key, cells: [point.label, point.display] }))}
      />
    </Box>
  );
};

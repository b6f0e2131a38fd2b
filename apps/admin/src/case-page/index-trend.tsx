import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

const WIDTH = 240;
const HEIGHT = 48;
const PAD = 4;

/**
 * The empowerment index (0–100) of a case's evaluations, oldest first, as a small line: enough
 * to see the direction at a glance, with the numbers said in words for screen readers.
 */
export const IndexTrend = ({ values }: { values: readonly number[] }) => {
  const translate = useTranslate();
  if (values.length < 2) return null;
  const step = (WIDTH - 2 * PAD) / (values.length - 1);
  // The band around the values rather than 0–100, so that a few points of change show.
  const low = Math.max(0, Math.min(...values) - 10);
  const high = Math.min(100, Math.max(...values) + 10);
  const y = (value: number) => PAD + ((high - value) / (high - low)) * (HEIGHT - 2 * PAD);
  const points = values.map((value, index) => `${PAD + index * step},${y(value)}`).join(' ');
  const summary = translate('berdaya.case_page.evaluations.trend_summary', {
    first: values[0],
    last: values[values.length - 1],
    smart_count: values.length,
  });
  return (
    <Box component="figure" sx={{ m: 0, mb: 2 }}>
      <Typography component="figcaption" variant="subtitle2">
        {translate('berdaya.case_page.evaluations.trend_title')}
      </Typography>
      <Box
        component="svg"
        role="img"
        aria-label={summary}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        sx={{ width: '100%', maxWidth: WIDTH, height: HEIGHT, display: 'block' }}
      >
        <polyline points={points} fill="none" stroke="#1565c0" strokeWidth={2} />
        {values.map((value, index) => (
          <circle key={index} cx={PAD + index * step} cy={y(value)} r={2.5} fill="#1565c0" />
        ))}
      </Box>
      <Typography variant="caption" color="text.secondary">
        {summary}
      </Typography>
    </Box>
  );
};

// Box chart of quartiles (0 to 100): a box from the first to the third quartile, a tick at the median, and a dot at
// a city's own score when there is one; loaded on demand with the chart library.
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { QuartileRow } from './views.ts';

interface Props {
  rows: QuartileRow[];
  labels: { box: string; median: string; score?: string };
}

export default function QuartileChart({ rows, labels }: Props) {
  return (
    <ResponsiveContainer width="100%" height={Math.max(160, rows.length * 40 + 70)}>
      <ComposedChart data={rows} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" domain={[0, 100]} />
        <YAxis type="category" dataKey="label" width={180} interval={0} tick={{ fontSize: 12 }} />
        <Tooltip />
        {/* Legend texts in the body colour: the series' own colours are too light to read on white. */}
        <Legend formatter={(value) => <span style={{ color: 'var(--ink)' }}>{value}</span>} />
        <Bar
          dataKey="offset"
          stackId="box"
          fill="transparent"
          legendType="none"
          tooltipType="none"
          isAnimationActive={false}
        />
        <Bar
          dataKey="box"
          stackId="box"
          name={labels.box}
          fill="#9ec5e8"
          stroke="#005493"
          isAnimationActive={false}
        />
        <Line
          dataKey="median"
          name={labels.median}
          stroke="#003a66"
          strokeWidth={0}
          dot={{ r: 5, fill: '#003a66', stroke: '#003a66' }}
          legendType="diamond"
          isAnimationActive={false}
        />
        {labels.score && (
          <Line
            dataKey="score"
            name={labels.score}
            stroke="#b45309"
            strokeWidth={0}
            dot={{ r: 6, fill: '#b45309', stroke: '#ffffff', strokeWidth: 2 }}
            legendType="circle"
            isAnimationActive={false}
          />
        )}
      </ComposedChart>
    </ResponsiveContainer>
  );
}

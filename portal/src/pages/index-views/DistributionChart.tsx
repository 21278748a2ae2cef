// Stacked bars of how many cities gave each maturity answer, one bar per characteristic; loaded on demand with the
// chart library. The table beside it carries the same counts for screen readers.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { seriesColours } from './colours.ts';

interface Props {
  rows: Record<string, string | number>[];
  series: { key: string; label: string }[];
}

export default function DistributionChart({ rows, series }: Props) {
  return (
    <ResponsiveContainer width="100%" height={40 + rows.length * 32}>
      <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} />
        <YAxis type="category" dataKey="label" width={140} tick={{ fontSize: 12 }} />
        <Tooltip />
        <Legend />
        {series.map((s, i) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.label}
            stackId="answers"
            fill={seriesColours[i % seriesColours.length]}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}

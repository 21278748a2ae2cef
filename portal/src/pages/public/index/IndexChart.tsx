// Grouped horizontal bars of scores (0 to 100): the named cities' dimensions, or the compared cities side by side;
// loaded on demand with the chart library.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { seriesColours } from '../../index-views/colours.ts';

export default function IndexChart({
  rows,
  series,
}: {
  /** One row per bar group, named by `label`, with each series' value under its key. */
  rows: Record<string, string | number | null>[];
  series: { key: string; label: string }[];
}) {
  return (
    <ResponsiveContainer width="100%" height={Math.max(200, rows.length * (series.length * 14 + 20) + 60)}>
      <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" domain={[0, 100]} />
        <YAxis type="category" dataKey="label" width={160} interval={0} tick={{ fontSize: 12 }} />
        <Tooltip />
        <Legend />
        {series.map((s, i) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.label}
            fill={seriesColours[i % seriesColours.length]}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}

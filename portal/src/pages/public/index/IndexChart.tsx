// Grouped bars of the named cities' dimension scores; loaded on demand with the chart library.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

/** One colour per dimension, each readable against white. */
const colours = ['#005493', '#1f7a3d', '#b45309'];

export default function IndexChart({
  rows,
  dimensions,
}: {
  rows: Record<string, string | number | null>[];
  dimensions: { path: string; label: string }[];
}) {
  return (
    <ResponsiveContainer width="100%" height={Math.max(200, rows.length * 48 + 60)}>
      <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" domain={[0, 100]} />
        <YAxis type="category" dataKey="city" width={160} interval={0} tick={{ fontSize: 12 }} />
        <Tooltip />
        <Legend />
        {dimensions.map((d, i) => (
          <Bar
            key={d.path}
            dataKey={d.path}
            name={d.label}
            fill={colours[i % colours.length]}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}

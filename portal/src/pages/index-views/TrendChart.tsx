// Lines of a city's KPI points (1 to 4) across its certified cycles; loaded on demand with the chart library.
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { seriesColours } from './colours.ts';

interface Props {
  rows: Record<string, string | number | null>[];
  kpiIds: string[];
}

export default function TrendChart({ rows, kpiIds }: Props) {
  return (
    <ResponsiveContainer width="100%" height={280}>
      <LineChart data={rows} margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="label" />
        <YAxis domain={[1, 4]} ticks={[1, 2, 3, 4]} width={32} />
        <Tooltip />
        <Legend />
        {kpiIds.map((id, i) => (
          <Line
            key={id}
            dataKey={id}
            name={id}
            stroke={seriesColours[i % seriesColours.length]}
            strokeWidth={2}
            connectNulls={false}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}

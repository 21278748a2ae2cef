// Horizontal bars of a city's category scores in percent; loaded on demand with the chart library.
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface CategoryBar {
  path: string;
  label: string;
  percentage: number;
  points: number;
}

/** Band colours from the lowest (1 point) to the highest (4 points), each readable against white. */
const bandColours = ['#a11d1d', '#b45309', '#2f6f9f', '#1f7a3d'];

export default function ScoreChart({ bars }: { bars: CategoryBar[] }) {
  return (
    <ResponsiveContainer width="100%" height={Math.max(160, bars.length * 24 + 40)}>
      <BarChart data={bars} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" domain={[0, 100]} unit=" %" />
        <YAxis type="category" dataKey="label" width={220} interval={0} tick={{ fontSize: 12 }} />
        <Tooltip formatter={(value) => `${value} %`} />
        <Bar dataKey="percentage" isAnimationActive={false}>
          {bars.map((bar) => (
            <Cell key={bar.path} fill={bandColours[bar.points - 1] ?? '#005493'} />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}

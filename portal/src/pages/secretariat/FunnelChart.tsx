// The stage funnel: how many pilots reached each of the programme's steps, widest at the letter of intent; loaded
// on demand with the other chart so only the secretariat downloads the chart library.
import { Bar, BarChart, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';

export interface FunnelStep {
  label: string;
  reached: number;
}

export default function FunnelChart({ steps }: { steps: FunnelStep[] }) {
  return (
    <ResponsiveContainer width="100%" height={36 * steps.length + 16}>
      <BarChart data={steps} layout="vertical" margin={{ top: 4, right: 48, bottom: 4, left: 8 }}>
        <XAxis type="number" hide allowDecimals={false} />
        <YAxis type="category" dataKey="label" width={130} tick={{ fontSize: 12 }} />
        <Bar dataKey="reached" fill="#005493" isAnimationActive={false}>
          <LabelList dataKey="reached" position="right" />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}

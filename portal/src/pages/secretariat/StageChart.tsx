// Bar chart of pilots per stage; loaded on demand so only the secretariat downloads the chart library.
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Stage } from '../../api/types.ts';

export interface StageCount {
  stage: Stage;
  label: string;
  count: number;
}

interface Props {
  counts: StageCount[];
  selected?: Stage;
  onSelect: (stage: Stage) => void;
}

export default function StageChart({ counts, selected, onSelect }: Props) {
  return (
    <ResponsiveContainer width="100%" height={260}>
      <BarChart data={counts} margin={{ top: 8, right: 16, bottom: 8, left: 40 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis
          dataKey="label"
          interval={0}
          angle={-35}
          textAnchor="end"
          tick={{ fontSize: 12 }}
          height={90}
        />
        <YAxis allowDecimals={false} width={32} />
        <Tooltip cursor={{ fill: 'rgba(0, 84, 147, 0.08)' }} />
        <Bar dataKey="count" onClick={(entry) => onSelect((entry as unknown as StageCount).stage)}>
          {counts.map((entry) => (
            <Cell
              key={entry.stage}
              cursor="pointer"
              fill={selected === entry.stage ? '#b45309' : '#005493'}
            />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}

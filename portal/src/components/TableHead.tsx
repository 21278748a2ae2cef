// A table's header row: every column gets a scoped header cell, numeric ones aligned right.
import type { ReactNode } from 'react';

export type Column = ReactNode | { label: ReactNode; numeric: true };

const isNumeric = (column: Column): column is { label: ReactNode; numeric: true } =>
  typeof column === 'object' && column !== null && 'numeric' in column;

export function TableHead({ columns }: { columns: Column[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column, position) => (
          // Columns are fixed per table, so their position is a stable key.
          // biome-ignore lint/suspicious/noArrayIndexKey: header cells never reorder
          <th key={position} scope="col" className={isNumeric(column) ? 'num' : undefined}>
            {isNumeric(column) ? column.label : column}
          </th>
        ))}
      </tr>
    </thead>
  );
}

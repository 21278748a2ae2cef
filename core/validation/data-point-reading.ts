// What reading one data point row yields: its inputs and their cells, notes and metadata, and what the sheet shows.
import type { DataPointInputs } from '../kpis/compute.ts';
import type { DataPoint, InputId } from '../kpis/schema.ts';

export interface DataPointReading {
  point: DataPoint;
  /** Row number on the sheet; undefined when the row is missing. */
  row?: number;
  inputs: DataPointInputs;
  /** Cell address of each input, for findings about its value. */
  cells: Partial<Record<InputId, string>>;
  /** Inputs present but unreadable (already reported), so completeness does not report them again. */
  unreadable: InputId[];
  notes: string;
  /** The data quality choice and the data origin, as typed (trimmed), which every reported value needs. */
  dataQuality: string;
  dataOrigin: string;
  /** The source the city names for the value (a publication, a register), which the verifier traces. */
  source: string;
  /** The result the city's sheet shows (the cached value of an intact result formula), when it is a number. */
  shownResult?: number;
}

// Captures the JSON lines Powertools writes to stdout and stderr; call it at the top of a test file.
import { afterAll, afterEach, beforeAll, type MockInstance, vi } from 'vitest';

export type LogLine = Record<string, unknown> & { message: string };

/** The lines logged by the running test; emptied after each test. */
export function captureLogLines(): LogLine[] {
  const lines: LogLine[] = [];
  const capture = (chunk: string | Uint8Array) => {
    for (const line of String(chunk).split('\n')) if (line.startsWith('{')) lines.push(JSON.parse(line));
    return true;
  };
  let spies: MockInstance[] = [];
  beforeAll(() => {
    spies = [process.stdout, process.stderr].map((stream) =>
      vi.spyOn(stream, 'write').mockImplementation(capture as typeof stream.write),
    );
  });
  afterEach(() => {
    lines.splice(0);
  });
  afterAll(() => {
    for (const spy of spies) spy.mockRestore();
  });
  return lines;
}

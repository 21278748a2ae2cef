// Opens a workbook in LibreOffice and saves it again as .xlsx, as a city using LibreOffice Calc would.
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The file as LibreOffice saves it; `workdir` holds its profile and copies (the caller removes it). */
export async function resavedByLibreOffice(
  bytes: Buffer,
  workdir: string,
  name = 'city.xlsx',
): Promise<Buffer> {
  const source = join(workdir, name);
  await writeFile(source, bytes);
  const outdir = join(workdir, 'out');
  await run(
    'soffice',
    [
      `-env:UserInstallation=file://${join(workdir, 'profile')}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'xlsx',
      '--outdir',
      outdir,
      source,
    ],
    { env: { ...process.env, HOME: workdir }, timeout: 50_000 },
  );
  return readFile(join(outdir, name));
}

// Points document rendering at the fonts: the fonts folder of the function's code asset where a local bundle has it
// (infra/bundling.ts copies it there), else the fonts layer Lambda mounts at /opt. Imported for its effect, before
// any document is built.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLED_FONT_FOLDER, FONT_DIR_ENV } from '../core/documents/fonts.ts';

const bundled = join(process.env.LAMBDA_TASK_ROOT ?? process.cwd(), BUNDLED_FONT_FOLDER);
process.env[FONT_DIR_ENV] ??= existsSync(bundled) ? bundled : join('/opt', BUNDLED_FONT_FOLDER);

// Points document rendering at the fonts folder of the function's code asset, where infra/bundling.ts copies them
// for every function that renders PDFs. Imported for its effect, before any document is built.
import { join } from 'node:path';
import { BUNDLED_FONT_FOLDER, FONT_DIR_ENV } from '../core/documents/fonts.ts';

process.env[FONT_DIR_ENV] ??= join(process.env.LAMBDA_TASK_ROOT ?? process.cwd(), BUNDLED_FONT_FOLDER);

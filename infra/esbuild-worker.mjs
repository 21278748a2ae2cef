// Runs one esbuild build for infra/bundling.ts, which must bundle synchronously (CDK's local bundling calls it so)
// yet needs a plugin, which esbuild's synchronous API cannot take. Options arrive on stdin; the metafile leaves on
// stdout. Plain JavaScript, so that Node starts it without a TypeScript loader.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { build } from 'esbuild';

const NAMED_ZOD_IMPORT = /^import \{ z \} from 'zod';$/m;

/**
 * The Powertools Parser binds zod by name (`import { z } from 'zod'`), and esbuild keeps a namespace reached that
 * way whole (zod issue 6597): all of zod, every locale included, some 0.45 MB more to read at each cold start. Bound
 * as a namespace (`import * as z`, as this project's own modules do), only what the schemas call is kept. The two
 * bindings are the same module namespace, and the Parser only ever reads properties of it.
 */
const parserBindsZodAsNamespace = {
  name: 'parser-binds-zod-as-namespace',
  setup(context) {
    context.onLoad({ filter: /[\\/]@aws-lambda-powertools[\\/]parser[\\/].*\.js$/ }, async ({ path }) => ({
      contents: (await readFile(path, 'utf8')).replace(NAMED_ZOD_IMPORT, "import * as z from 'zod';"),
      loader: 'js',
    }));
  },
};

const options = JSON.parse(readFileSync(0, 'utf8'));
const { metafile } = await build({ ...options, plugins: [parserBindsZodAsNamespace] });
process.stdout.write(JSON.stringify(metafile));

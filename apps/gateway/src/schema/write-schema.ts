import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { printGatewaySchema } from './print-schema.js';

/** `npm run schema` writes apps/gateway/schema.gql; `--check` fails when the committed file is stale. */
const target = fileURLToPath(new URL('../../schema.gql', import.meta.url));
const sdl = await printGatewaySchema();
if (process.argv.includes('--check')) {
  const committed = await readFile(target, 'utf8').catch(() => '');
  if (committed !== sdl) {
    console.error('apps/gateway/schema.gql is stale: run `npm run schema` and commit it');
    process.exit(1);
  }
  console.log('schema.gql is up to date');
} else {
  await writeFile(target, sdl);
  console.log(`wrote ${target}`);
}

/**
 * `npm run knowledge -- <source files…> [--out FILE] [--format json|text]`:
 * compiles source documents into a knowledge pack and prints or writes it.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { compileSources } from '../lib/knowledge/compile';
import { formatPackText } from '../lib/knowledge/format-text';
import { readSourceFile } from './source-files';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string' }, format: { type: 'string', default: 'json' } },
});

if (!positionals.length || !['json', 'text'].includes(values.format!)) {
  console.error('usage: npm run knowledge -- <source files…> [--out FILE] [--format json|text]');
  process.exit(2);
}

const inputs = await Promise.all(positionals.map(async (file) => readSourceFile(file, await readFile(file, 'utf8'))));
const pack = compileSources(inputs);
const output = values.format === 'text' ? formatPackText(pack) : `${JSON.stringify(pack, null, 2)}\n`;
if (values.out) {
  await writeFile(values.out, output);
  console.error(`Wrote ${pack.entities.length} entities and ${pack.events.length} events to ${values.out}`);
} else {
  process.stdout.write(output);
}
for (const warning of pack.warnings) console.error(`warning: ${warning}`);

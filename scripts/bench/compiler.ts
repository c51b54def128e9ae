import { readFile } from 'node:fs/promises';
import { compileSource } from '../../lib/knowledge/compile';
import { MAX_SOURCE_CHARS } from '../../lib/knowledge/source-format';
import { readSourceFile, sourceFileNames } from '../source-files';
import { max, median } from './stats';

const FIXTURES = new URL('../../tests/fixtures/sources/', import.meta.url);
const BUNDLED = new URL('../../sources/', import.meta.url);
const RUNS = 5;

export interface CompileTiming {
  file: string;
  bytes: number;
  /** readSourceFile + compileSource, per run after one warm-up. */
  runsMs: number[];
}

/** The knowledge compiler in Node: each fixture source and each bundled source, read and compiled, timed. */
export async function benchCompiler(): Promise<CompileTiming[]> {
  const files = [
    ...(await sourceFileNames(FIXTURES)).map((f) => ({ dir: FIXTURES, file: f, label: `tests/fixtures/sources/${f}` })),
    ...(await sourceFileNames(BUNDLED)).map((f) => ({ dir: BUNDLED, file: f, label: `sources/${f}` })),
  ];
  const timings: CompileTiming[] = [];
  for (const { dir, file, label } of files) {
    const raw = await readFile(new URL(file, dir), 'utf8');
    const compile = () => compileSource(readSourceFile(file, raw));
    compile();
    const runsMs: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      compile();
      runsMs.push(performance.now() - started);
    }
    timings.push({ file: label, bytes: Buffer.byteLength(raw), runsMs });
  }
  timings.push(await benchLargest());
  return timings;
}

/** The largest source Backstory accepts (the bundled article repeated): it must compile in seconds, not minutes. */
async function benchLargest(): Promise<CompileTiming> {
  const [file] = await sourceFileNames(BUNDLED);
  const article = readSourceFile(file!, await readFile(new URL(file!, BUNDLED), 'utf8'));
  const body = article.text.slice(article.bodyStart);
  const text = `${article.text.slice(0, article.bodyStart)}${body.repeat(Math.ceil(MAX_SOURCE_CHARS / body.length))}`.slice(0, MAX_SOURCE_CHARS);
  const started = performance.now();
  compileSource({ ...article, text });
  return { file: `largest accepted source (sources/${file} repeated)`, bytes: Buffer.byteLength(text), runsMs: [performance.now() - started] };
}

export const medianOf = (t: CompileTiming) => median(t.runsMs);
export const maxOf = (t: CompileTiming) => max(t.runsMs);

import { readdir } from 'node:fs/promises';
import { parseHTML } from 'linkedom';
import { readSource, type SourceInput } from '../lib/knowledge/source-format';

/** Reads a source file for the compiler in Node, where linkedom stands in for the browser's DOMParser. */
export function readSourceFile(fileName: string, raw: string): SourceInput {
  return readSource(raw, { fileName, parseHtml: (html) => parseHTML(html).document as unknown as Document });
}

/** The source documents in a folder, as the build bundles them from `sources/`: their names, sorted. */
export async function sourceFileNames(dir: string | URL): Promise<string[]> {
  return (await readdir(dir)).filter((f) => /\.(?:txt|md|markdown|html?)$/iu.test(f)).sort();
}

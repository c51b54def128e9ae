import { readPlainSource, type SourceInput } from '../lib/knowledge/source-format';

/** Reads a source file for the compiler in Node, by its name's ending. */
export function readSourceFile(_fileName: string, raw: string): SourceInput {
  return readPlainSource(raw);
}

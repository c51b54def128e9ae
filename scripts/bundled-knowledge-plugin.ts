import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { compileSources } from '../lib/knowledge/compile';
import { readSourceFile, sourceFileNames } from './source-files';

const MODULE_ID = 'virtual:bundled-knowledge';

/** Compiles the bundled source documents at build time into `virtual:bundled-knowledge`. */
export function bundledKnowledge(dir: string): Plugin {
  const resolvedId = `\0${MODULE_ID}`;
  return {
    name: 'backstory-bundled-knowledge',
    resolveId: (id) => (id === MODULE_ID ? resolvedId : undefined),
    async load(id) {
      if (id !== resolvedId) return undefined;
      const files = await sourceFileNames(dir);
      const inputs = await Promise.all(
        files.map(async (file) => {
          const path = resolve(join(dir, file));
          this.addWatchFile(path);
          return readSourceFile(file, await readFile(path, 'utf8'));
        }),
      );
      const pack = compileSources(inputs);
      for (const warning of pack.warnings) this.warn(warning);
      return `export default ${JSON.stringify(pack)};`;
    },
  };
}

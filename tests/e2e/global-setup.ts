import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBrowsers } from '../../scripts/browsers';
import { BUILD_DIRS } from '../../scripts/extension-browser';

/** Browser tests need both browsers and both builds; missing ones fail the run, never skip it. */
export default function setup(): void {
  ensureBrowsers(['chromium', 'firefox']);
  for (const [browser, dir] of Object.entries(BUILD_DIRS)) {
    if (!existsSync(join(dir, 'manifest.json'))) {
      throw new Error(`No ${browser} build in ${dir}: run "npm run build" and "npm run build:firefox" first (npm test does).`);
    }
  }
}

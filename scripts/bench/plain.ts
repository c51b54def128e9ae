import { readFile } from 'node:fs/promises';
import { taskDurationMs } from './backstory';
import type { BenchBrowser, HeapUsage } from './browser';
import { heapAfterGc } from './browser';
import { sleep, TimeoutError, withTimeout } from './stats';

const MARK_JS = new URL('../../node_modules/mark.js/dist/mark.min.js', import.meta.url);
export const MARK_CAP_MS = 120_000;
const SETTLE_MS = 500;
// A cold pass varies with what else the browser is doing (1.5 to 4 ms here): enough loads for a steady median.
const FLOOR_PASSES = 11;

/** One load of a page without any extension: the baseline Backstory is compared with, then mark.js. */
export interface PlainRun {
  dom: number;
  heap: HeapUsage;
  chromiumTaskMs: number;
  /** mark.js over the article, or null when it did not finish within the cap. */
  markMs: number | null;
  marks: number | null;
}

interface MarkWindow extends Window {
  Mark: new (context: Element) => { mark(keywords: string[], options: object): void };
}

/**
 * Loads the page in a browser without the extension and measures, in order:
 * its elements and its heap after GC (the baseline Backstory's figures are
 * compared with), then mark.js with `names` over the article. When mark.js runs
 * past the cap the browser is killed: the caller launches a new one.
 */
export async function runPlain(bench: BenchBrowser, url: string, names: string[], withMark: boolean): Promise<PlainRun> {
  const { page, cdp } = await bench.newPage();
  let stuck = false;
  try {
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await sleep(SETTLE_MS);
    const dom = await page.evaluate(() => document.getElementsByTagName('*').length);
    const chromiumTaskMs = await taskDurationMs(cdp);
    const heap = await heapAfterGc(cdp);
    let markMs: number | null = null;
    let marks: number | null = null;
    if (withMark) {
      await page.addScriptTag({ content: await readFile(MARK_JS, 'utf8') });
      const run = page.evaluate(
        (keywords: string[]) =>
          new Promise<{ ms: number; marks: number }>((resolve) => {
            const article = document.querySelector('article')!;
            const Mark = (window as unknown as MarkWindow).Mark;
            const started = performance.now();
            new Mark(article).mark(keywords, {
              separateWordSearch: false,
              accuracy: { value: 'exactly', limiters: [',', '.', "'", '’', '"', '“', '”', '(', ')', ';', ':'] },
              done: (total: number) => resolve({ ms: performance.now() - started, marks: total }),
            });
          }),
        names,
      );
      try {
        ({ ms: markMs, marks } = await withTimeout(run, MARK_CAP_MS, 'mark.js'));
      } catch (error) {
        if (!(error instanceof TimeoutError)) throw error;
        stuck = true;
        run.catch(() => {});
      }
    }
    return { dom, heap, chromiumTaskMs, markMs, marks };
  } finally {
    if (stuck) await bench.close();
    else await page.close().catch(() => {});
  }
}

/**
 * The floor alone: one pass over the text of a freshly loaded page, as
 * Backstory's own first pass meets it (a second pass over the same text is
 * several times faster), in a load served cross-origin isolated (COOP + COEP)
 * so `performance.now()` has its fine (5 µs) resolution. One pass per load,
 * `passes` loads.
 */
export async function runFloor(bench: BenchBrowser, isolatedUrl: string, passes = FLOOR_PASSES): Promise<{ passesMs: number[]; chars: number; isolated: boolean }> {
  const passesMs: number[] = [];
  let chars = 0;
  let isolated = true;
  for (let load = 0; load < passes; load++) {
    const { page } = await bench.newPage();
    try {
      await page.goto(isolatedUrl, { waitUntil: 'load', timeout: 60_000 });
      await sleep(SETTLE_MS);
      const pass = await page.evaluate(() => {
        const started = performance.now();
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        let length = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) length += (node as Text).data.length;
        return { ms: performance.now() - started, length, isolated: crossOriginIsolated };
      });
      passesMs.push(pass.ms);
      chars = pass.length;
      isolated &&= pass.isolated;
    } finally {
      await page.close().catch(() => {});
    }
  }
  return { passesMs, chars, isolated };
}

/** Headers that make a page cross-origin isolated (it loads nothing from elsewhere). */
export const ISOLATION_HEADERS = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };

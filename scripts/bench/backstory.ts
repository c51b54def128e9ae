import type { CDPSession } from 'puppeteer-core';
import type { BenchBrowser, HeapUsage } from './browser';
import { heapAfterGc } from './browser';
import type { BenchWindow } from './page-state';
import { max, sleep, sum, withTimeout } from './stats';

/** One load of a page with the bench build of Backstory. */
export interface BackstoryRun {
  /** Sum of Backstory's own main-thread tasks. */
  totalMs: number;
  longestMs: number;
  tasks: number;
  /** Each task Backstory reported, in order. */
  taskMs: number[];
  /** paintedAt - startedAt. */
  wallMs: number;
  mentions: number;
  /** Elements at DOMContentLoaded (before content scripts) and once Backstory has painted. */
  domAtReady: number;
  domAfter: number;
  heap: HeapUsage;
  /** Chromium's own count of main-thread task time in this tab (CDP Performance.getMetrics), for a cross-check. */
  chromiumTaskMs: number;
}

const REPORT_TIMEOUT = 90_000;
/** After the report, the session goes on to set up its card surface: let it finish before counting. */
const SETTLE_MS = 500;

export async function runBackstory(bench: BenchBrowser, url: string): Promise<BackstoryRun> {
  const { page, cdp } = await bench.newPage();
  try {
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    const report = await withTimeout(
      page.evaluate(() => (window as unknown as BenchWindow).__bench.reported),
      REPORT_TIMEOUT,
      `Backstory's bench report on ${url}`,
    );
    await sleep(SETTLE_MS);
    const dom = await page.evaluate(() => ({
      atReady: (window as unknown as BenchWindow).__bench.domAtReady,
      after: document.getElementsByTagName('*').length,
    }));
    const chromiumTaskMs = await taskDurationMs(cdp);
    const heap = await heapAfterGc(cdp);
    return {
      totalMs: sum(report.tasks),
      longestMs: max(report.tasks),
      tasks: report.tasks.length,
      taskMs: report.tasks,
      wallMs: report.paintedAt - report.startedAt,
      mentions: report.mentions,
      domAtReady: dom.atReady,
      domAfter: dom.after,
      heap,
      chromiumTaskMs,
    };
  } finally {
    await page.close().catch(() => {});
  }
}

export async function taskDurationMs(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN) * 1000;
}

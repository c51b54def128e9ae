import type { CDPSession } from 'puppeteer-core';
import type { BenchBrowser, HeapUsage } from './browser';
import { heapAfterGc } from './browser';
import type { BenchWindow } from './page-state';
import { max, sleep, sum, withTimeout } from './stats';

/**
 * One load of a page with the bench build of Backstory: its tasks from
 * content-script start until the page has settled (the screen painted, and
 * whatever it reads ahead), then those reading the rest of the page when
 * asked, as the popup asks.
 */
export interface BackstoryRun {
  /** Sum of Backstory's own main-thread tasks at load. */
  totalMs: number;
  longestMs: number;
  /** The first task: from the content script's first line until the session waits for the extension. */
  startUpMs: number;
  tasks: number;
  /** Each task Backstory reported, in order. */
  taskMs: number[];
  /** paintedAt - startedAt: until what is on screen is painted. */
  wallMs: number;
  /** Mentions painted at load. */
  mentions: number;
  /** Elements at DOMContentLoaded (before content scripts) and once Backstory has painted. */
  domAtReady: number;
  domAfter: number;
  heap: HeapUsage;
  /** Chromium's own count of main-thread task time in this tab (CDP Performance.getMetrics), for a cross-check. */
  chromiumTaskMs: number;
  /** Reading the rest of the page afterwards, as the popup asks for it. */
  rest: { totalMs: number; longestMs: number; tasks: number; mentions: number };
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
    const whole = await withTimeout(
      page.evaluate(() => (window as unknown as BenchWindow).__bench.readAll()),
      REPORT_TIMEOUT,
      `Backstory's report on the whole of ${url}`,
    );
    const atLoad = whole.tasks.slice(0, whole.before!.tasks);
    const restTasks = whole.tasks.slice(whole.before!.tasks);
    return {
      totalMs: sum(atLoad),
      longestMs: max(atLoad),
      startUpMs: atLoad[0] ?? NaN,
      tasks: atLoad.length,
      taskMs: atLoad,
      wallMs: report.paintedAt - report.startedAt,
      mentions: whole.before!.mentions,
      domAtReady: dom.atReady,
      domAfter: dom.after,
      heap,
      chromiumTaskMs,
      rest: { totalMs: sum(restTasks), longestMs: max(restTasks), tasks: restTasks.length, mentions: whole.mentions },
    };
  } finally {
    await page.close().catch(() => {});
  }
}

export async function taskDurationMs(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN) * 1000;
}

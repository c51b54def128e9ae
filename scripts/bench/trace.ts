import type { BenchBrowser } from './browser';
import type { BenchWindow } from './page-state';
import { max, sleep, sum, withTimeout } from './stats';

/**
 * A cross-check of Backstory's own timings in Chromium's trace, from one extra
 * load per page (tracing slows the page somewhat, so these figures are a
 * little high). Backstory's TaskTimer times pieces of work; the trace shows
 * the browser's real tasks, which may hold several pieces, and what the
 * timer cannot see: evaluating the content script, and the frame that paints
 * the highlights.
 */
export interface TraceFigures {
  /** Evaluating content.js: compiling it (untimed by Backstory), then its first task, which Backstory times from the script's first line. */
  contentScriptMs: number;
  /** Evaluating frames.js, the frame loader, which every frame runs (the top page too). */
  loaderScriptMs: number;
  /** Longest main-thread task between content-script start and paintedAt that is not rendering. */
  longestScriptTaskMs: number;
  /** Sum of those tasks. */
  scriptTasksMs: number;
  scriptTasks: number;
  /** The first rendering task after paintedAt: the frame that paints the highlights. */
  highlightFrameMs: number;
  /** The same once the whole page is read (the popup asked): mentions far from the screen are painted only as the reader nears them. */
  wholeFrameMs: number;
  /** Backstory's own figures in this same (traced) load, for comparison. */
  reportedLongestMs: number;
  reportedTotalMs: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; documentLoaderURL?: string } };
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'toplevel', 'blink.user_timing'];
const RENDERING = new Set(['Layout', 'UpdateLayoutTree', 'PrePaint', 'Paint', 'Commit', 'Layerize', 'UpdateLayer']);
const SETTLE_MS = 500;

export async function runTraced(bench: BenchBrowser, url: string): Promise<TraceFigures> {
  const { page } = await bench.newPage();
  try {
    await page.tracing.start({ categories: CATEGORIES });
    let traced = false;
    try {
      await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
      const report = await withTimeout(page.evaluate(() => (window as unknown as BenchWindow).__bench.reported), 90_000, `traced bench report on ${url}`);
      await sleep(SETTLE_MS);
      const whole = await withTimeout(page.evaluate(() => (window as unknown as BenchWindow).__bench.readAll()), 90_000, `traced whole-page report on ${url}`);
      await sleep(SETTLE_MS);
      const buffer = await page.tracing.stop();
      traced = true;
      const { traceEvents } = JSON.parse(new TextDecoder().decode(buffer)) as { traceEvents: TraceEvent[] };
      return analyse(traceEvents, url, report.paintedAt, report.tasks, whole.paintedAt);
    } finally {
      if (!traced) await page.tracing.stop().catch(() => {});
    }
  } finally {
    await page.close().catch(() => {});
  }
}

function analyse(events: TraceEvent[], url: string, paintedAt: number, reported: number[], wholePaintedAt: number): TraceFigures {
  // performance.now() counts from the navigation start of the page's document.
  const navigation = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url);
  if (!navigation) throw new Error('The trace has no navigationStart for the bench page');
  const pid = navigation.pid;
  const tid = events.find((e) => e.pid === pid && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')?.tid;
  const main = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined);
  const evaluation = (file: RegExp) => main.find((e) => e.name === 'EvaluateScript' && file.test(e.args?.data?.url ?? ''));
  const script = evaluation(/\/content-scripts\/content\.js$/u);
  const loader = evaluation(/\/content-scripts\/frames\.js$/u);
  if (!script) throw new Error('The trace does not show the content script running');
  const paintedTs = navigation.ts + paintedAt * 1000;

  // Top-level tasks: RunTask events not inside another one.
  const runs = main.filter((e) => e.name === 'RunTask').sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const tasks: TraceEvent[] = [];
  let end = -Infinity;
  for (const run of runs) {
    if (run.ts >= end) {
      tasks.push(run);
      end = run.ts + run.dur!;
    }
  }
  const renderingShare = (task: TraceEvent) => {
    const inside = main.filter((e) => RENDERING.has(e.name) && e.ts >= task.ts && e.ts + e.dur! <= task.ts + task.dur!);
    return sum(inside.map((e) => e.dur!)) / task.dur!;
  };
  const window = tasks.filter((t) => t.ts + t.dur! > script.ts && t.ts <= paintedTs);
  const scriptTasks = window.filter((t) => renderingShare(t) < 0.5);
  const frameAfter = (ts: number) => tasks.find((t) => t.ts > ts && renderingShare(t) >= 0.5);
  const frame = frameAfter(paintedTs);
  const wholeFrame = frameAfter(navigation.ts + wholePaintedAt * 1000);
  return {
    contentScriptMs: script.dur! / 1000,
    loaderScriptMs: loader ? loader.dur! / 1000 : NaN,
    longestScriptTaskMs: max(scriptTasks.map((t) => t.dur! / 1000)),
    scriptTasksMs: sum(scriptTasks.map((t) => t.dur! / 1000)),
    scriptTasks: scriptTasks.length,
    highlightFrameMs: frame ? frame.dur! / 1000 : NaN,
    // No frame at all: nothing on screen changed.
    wholeFrameMs: wholeFrame ? wholeFrame.dur! / 1000 : 0,
    reportedLongestMs: max(reported),
    reportedTotalMs: sum(reported),
  };
}

import { BENCH_READ_ALL, type BenchReport } from './bench-protocol';
import { scriptStartedAt } from './script-start';

// Only a benchmark build keeps the timings: a page left open for days would otherwise collect them forever.
const TIMING = import.meta.env.MODE === 'bench';

/** Runs a piece of work as one of Backstory's timed tasks. */
export type Timed = <T>(task: () => T) => T;

/**
 * Backstory's own main-thread tasks on a page, each timed with
 * `performance.now()` from the content script's first line: the benchmark
 * sums them and checks the longest.
 */
export class TaskTimer {
  readonly startedAt = scriptStartedAt;
  readonly tasks: number[] = [];
  private timing = false;

  /** Times `task` as one of Backstory's tasks; one timed inside another is part of it. */
  time<T>(task: () => T): T {
    if (!TIMING || this.timing) return task();
    this.timing = true;
    const started = performance.now();
    try {
      return task();
    } finally {
      this.timing = false;
      this.tasks.push(performance.now() - started);
    }
  }

  /** A callback the browser calls (an observer's, a timer's), timed each time it runs. */
  timed<A extends unknown[], R>(callback: (...args: A) => R): (...args: A) => R {
    return (...args) => this.time(() => callback(...args));
  }

  /** The task that began with the script's first line, ending now. */
  recordStartUp(): void {
    this.record(performance.now() - this.startedAt);
  }

  /** A task timed by whoever ran it; within a timed task it is part of that one. */
  record(ms: number): void {
    if (TIMING && !this.timing) this.tasks.push(ms);
  }
}

const LOADER_TIME = '__backstoryLoaderMs';

/**
 * The frame loader (`entrypoints/frames.content.ts`), a script of its own in
 * every frame, leaves its one task's time where the page engine, which shares
 * its isolated world, reports it. Only in a benchmark build.
 */
export function leaveLoaderTime(): void {
  if (import.meta.env.MODE !== 'bench') return;
  (globalThis as Record<string, unknown>)[LOADER_TIME] = performance.now() - scriptStartedAt;
}

/**
 * Only a `wxt build --mode bench` build reports; in every other build this is
 * removed as dead code. Once it has reported, it answers the benchmark's
 * request to read the whole page with a second report.
 */
export function reportForBenchmark(timer: TaskTimer, mentions: () => number, readAll: () => Promise<void>): void {
  if (import.meta.env.MODE !== 'bench') return;
  // The frame loader runs in this frame too, as a script of its own: its task is Backstory's as well.
  const loaderMs = (globalThis as Record<string, unknown>)[LOADER_TIME];
  if (typeof loaderMs === 'number') timer.record(loaderMs);
  const report = (): BenchReport => ({ type: 'backstory:bench', startedAt: timer.startedAt, paintedAt: performance.now(), tasks: [...timer.tasks], mentions: mentions() });
  window.postMessage(report(), '*');
  window.addEventListener('message', (event) => {
    if (event.source !== window || (event.data as { type?: string } | null)?.type !== BENCH_READ_ALL) return;
    const before = { tasks: timer.tasks.length, mentions: mentions() };
    void readAll().then(() => window.postMessage({ ...report(), before }, '*'));
  });
}

import { BENCH_READ_ALL, type BenchReport } from './bench-protocol';

// Only a benchmark build keeps the timings: a page left open for days would otherwise collect them forever.
const TIMING = import.meta.env.MODE === 'bench';

/**
 * Backstory's own main-thread tasks on a page, each timed with
 * `performance.now()`: the benchmark sums them and checks the longest.
 */
export class TaskTimer {
  readonly startedAt = performance.now();
  readonly tasks: number[] = [];

  time<T>(task: () => T): T {
    if (!TIMING) return task();
    const started = performance.now();
    try {
      return task();
    } finally {
      this.tasks.push(performance.now() - started);
    }
  }

  record(ms: number): void {
    if (TIMING) this.tasks.push(ms);
  }
}

/**
 * Only a `wxt build --mode bench` build reports; in every other build this is
 * removed as dead code. Once it has reported, it answers the benchmark's
 * request to read the whole page with a second report.
 */
export function reportForBenchmark(timer: TaskTimer, mentions: () => number, readAll: () => Promise<void>): void {
  if (import.meta.env.MODE !== 'bench') return;
  const report = (): BenchReport => ({ type: 'backstory:bench', startedAt: timer.startedAt, paintedAt: performance.now(), tasks: [...timer.tasks], mentions: mentions() });
  window.postMessage(report(), '*');
  window.addEventListener('message', (event) => {
    if (event.source !== window || (event.data as { type?: string } | null)?.type !== BENCH_READ_ALL) return;
    const before = { tasks: timer.tasks.length, mentions: mentions() };
    void readAll().then(() => window.postMessage({ ...report(), before }, '*'));
  });
}

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

/** What a benchmark build reports to the page once the first scan is painted. */
export interface BenchReport {
  type: 'backstory:bench';
  startedAt: number;
  paintedAt: number;
  tasks: number[];
  mentions: number;
}

/** Only a `wxt build --mode bench` build reports; in every other build this is removed as dead code. */
export function reportForBenchmark(timer: TaskTimer, mentions: number): void {
  if (import.meta.env.MODE !== 'bench') return;
  const report: BenchReport = { type: 'backstory:bench', startedAt: timer.startedAt, paintedAt: performance.now(), tasks: timer.tasks, mentions };
  window.postMessage(report, '*');
}

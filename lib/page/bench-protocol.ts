/** What a benchmark build of the content script and `npm run bench` say to each other through the page. */

/** What a benchmark build reports to the page once what is near the screen is painted, and again once all of it is. */
export interface BenchReport {
  type: 'backstory:bench';
  startedAt: number;
  paintedAt: number;
  tasks: number[];
  mentions: number;
  /** In the report on the whole page: how many of its tasks, and mentions, there were when the benchmark asked for it. */
  before?: { tasks: number; mentions: number };
}

/** What the benchmark posts to ask for the rest of the page, as the popup does. */
export const BENCH_READ_ALL = 'backstory:bench-read-all';

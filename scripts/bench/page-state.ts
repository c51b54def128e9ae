import type { BenchReport } from '../../lib/page/bench-protocol';

/** What the bench pages' head script keeps on `window` (see pages.ts). */
export interface BenchState {
  report: BenchReport | null;
  domAtReady: number;
  reported: Promise<BenchReport>;
  /** Asks Backstory for the rest of the page (as the popup does); settles with its report once all of it is painted. */
  readAll(): Promise<BenchReport>;
}

export type BenchWindow = Window & { __bench: BenchState };

import type { BenchReport } from '../../lib/page/task-timer';

/** What the bench pages' head script keeps on `window` (see pages.ts). */
export interface BenchState {
  report: BenchReport | null;
  domAtReady: number;
  reported: Promise<BenchReport>;
}

export type BenchWindow = Window & { __bench: BenchState };

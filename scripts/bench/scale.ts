import { build } from 'esbuild';
import type { MatchTarget } from '../../lib/match/matcher';
import type { BenchBrowser } from './browser';
import type { BackstoryMatchApi } from './matcher-entry';
import { median } from './stats';

const ENTRY = new URL('./matcher-entry.ts', import.meta.url).pathname;
const STARTUP_RUNS = 3;
const MATCH_ROUNDS = 3;

export interface ScaleCase {
  label: string;
  targets: MatchTarget[];
}

export interface ScaleResult {
  label: string;
  targets: number;
  names: number;
  /** compileMatcher, each in a fresh page. */
  startupMs: number[];
  /** One pass of matcher.find over every text block of Page A's article. */
  matchMs: number[];
  /** Names found in one pass. */
  found: number;
}

export interface ScaleReport {
  blocks: number;
  chars: number;
  cases: ScaleResult[];
}

type MatchWindow = Window & {
  __backstoryMatch: BackstoryMatchApi;
  __targets?: MatchTarget[];
  __blocks?: string[];
  __matchers?: Record<string, ReturnType<BackstoryMatchApi['compileMatcher']>>;
};

/** Backstory's matcher and text-block reader as one script for a page. */
export async function bundleMatcher(): Promise<string> {
  const result = await build({ entryPoints: [ENTRY], bundle: true, format: 'iife', write: false, platform: 'browser', target: 'chrome116', logLevel: 'silent' });
  return result.outputFiles[0]!.text;
}

/**
 * Matcher start-up and matching time in Chromium for each knowledge size:
 * start-up in a fresh page per run; matching over Page A's article blocks,
 * all matchers in one page, warmed up, then timed round by round.
 */
export async function runScale(bench: BenchBrowser, blankUrl: string, pageAUrl: string, cases: ScaleCase[]): Promise<ScaleReport> {
  const script = await bundleMatcher();
  const startup = new Map<string, number[]>(cases.map((c) => [c.label, []]));
  for (let run = 0; run < STARTUP_RUNS; run++) {
    for (const { label, targets } of cases) {
      const { page } = await bench.newPage();
      try {
        await page.goto(blankUrl);
        await page.addScriptTag({ content: script });
        await page.evaluate((t: MatchTarget[]) => void ((window as unknown as MatchWindow).__targets = t), targets);
        const ms = await page.evaluate(() => {
          const w = window as unknown as MatchWindow;
          const { compileMatcher, NEUTRAL_WORDS } = w.__backstoryMatch;
          const started = performance.now();
          const matcher = compileMatcher(w.__targets!, NEUTRAL_WORDS);
          const elapsed = performance.now() - started;
          return matcher.targets.length ? elapsed : NaN;
        });
        startup.get(label)!.push(ms);
      } finally {
        await page.close().catch(() => {});
      }
    }
  }

  const { page } = await bench.newPage();
  try {
    await page.goto(pageAUrl, { waitUntil: 'load', timeout: 60_000 });
    await page.addScriptTag({ content: script });
    const { blocks, chars } = await page.evaluate(() => {
      const w = window as unknown as MatchWindow;
      const root = w.__backstoryMatch.findArticleRoot(document);
      w.__blocks = root ? w.__backstoryMatch.textBlocks(root).map((b) => b.text) : [];
      w.__matchers = {};
      return { blocks: w.__blocks.length, chars: w.__blocks.reduce((n, b) => n + b.length, 0) };
    });
    if (!blocks) throw new Error('Backstory finds no article on Page A');
    for (const { label, targets } of cases) {
      await page.evaluate(
        (l: string, t: MatchTarget[]) => {
          const w = window as unknown as MatchWindow;
          w.__matchers![l] = w.__backstoryMatch.compileMatcher(t, w.__backstoryMatch.NEUTRAL_WORDS);
        },
        label,
        targets,
      );
    }
    const pass = (label: string) =>
      page.evaluate((l: string) => {
        const w = window as unknown as MatchWindow;
        const matcher = w.__matchers![l]!;
        const started = performance.now();
        let found = 0;
        for (const text of w.__blocks!) found += matcher.find(text).length;
        return { ms: performance.now() - started, found };
      }, label);
    const found = new Map<string, number>();
    for (const { label } of cases) found.set(label, (await pass(label)).found); // warm-up
    const times = new Map<string, number[]>(cases.map((c) => [c.label, []]));
    for (let round = 0; round < MATCH_ROUNDS; round++) {
      for (const { label } of cases) times.get(label)!.push((await pass(label)).ms);
    }
    return {
      blocks,
      chars,
      cases: cases.map(({ label, targets }) => ({
        label,
        targets: targets.length,
        names: targets.reduce((n, t) => n + t.names.length, 0),
        startupMs: startup.get(label)!,
        matchMs: times.get(label)!,
        found: found.get(label)!,
      })),
    };
  } finally {
    await page.close().catch(() => {});
  }
}

export const startupOf = (r: ScaleResult) => median(r.startupMs);
export const matchOf = (r: ScaleResult) => median(r.matchMs);

/**
 * `npm run bench`: how much Backstory costs a page, measured in real Chromium
 * with the bench build (`wxt build --mode bench`), next to a bare text pass
 * (the floor) and mark.js; how its matcher scales to 10,000 and 100,000
 * names; and how fast the knowledge compiler reads a source. Prints a table,
 * writes `.output/bench.json`; `--update-readme` puts a summary in README.md
 * between `<!-- bench:start -->` and `<!-- bench:end -->`.
 *
 * The bench reports and never fails on a figure: a missed target is printed
 * as MISSED and the run still exits 0. Only a crash exits non-zero.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { compileSources } from '../lib/knowledge/compile';
import type { MatchTarget } from '../lib/match/matcher';
import { matchTargets, withFirstWords } from '../lib/match/targets';
import { runBackstory, type BackstoryRun } from './bench/backstory';
import { BENCH_BUILD, launchBench, type BenchBrowser } from './bench/browser';
import { benchCompiler, maxOf, medianOf, type CompileTiming } from './bench/compiler';
import { count, megabytes, ms, table, times, verdict } from './bench/format';
import { pageA, pageB, type BenchPage } from './bench/pages';
import { ISOLATION_HEADERS, MARK_CAP_MS, runFloor, runPlain, type PlainRun } from './bench/plain';
import { matchOf, runScale, startupOf, type ScaleReport } from './bench/scale';
import { max, median } from './bench/stats';
import { syntheticTargets } from './bench/synthetic-names';
import { runTraced, type TraceFigures } from './bench/trace';
import { serve, type Route } from './serve';
import { readSourceFile, sourceFileNames } from './source-files';

const RUNS = 5;
const OUTPUT = '.output/bench.json';
const README = 'README.md';
const MARKERS = { start: '<!-- bench:start -->', end: '<!-- bench:end -->' };
const TARGETS = {
  overFloor: 3,
  overMark: 50,
  longestMs: 16,
  growth10k: 2,
  growth100k: 4,
  startup100kMs: 50,
  compileMs: 100,
  compileMaxBytes: 20 * 1024,
};

interface PageFigures {
  id: string;
  title: string;
  articleChars: number;
  floor: { passesMs: number[]; medianMs: number; chars: number; crossOriginIsolated: boolean };
  backstory: {
    runs: BackstoryRun[];
    totalMs: number;
    longestMs: number;
    /** The first task: the content script's modules set up and the session begun. */
    startUpMs: number;
    tasks: number;
    wallMs: number;
    mentions: number;
    domAtReady: number;
    domAfter: number;
    heapJsBytes: number;
    heapEmbedderBytes: number;
    chromiumTaskMs: number;
    /** Reading the rest of the page when the popup asks for it. */
    rest: { totalMs: number; longestMs: number; tasks: number; mentions: number };
    /** At load and the rest together: what reading the whole page costs. */
    wholeMs: number;
  };
  withoutExtension: { runs: PlainRun[]; dom: number; heapJsBytes: number; heapEmbedderBytes: number; chromiumTaskMs: number };
  markjs: { runsMs: (number | null)[]; medianMs: number | null; capped: boolean; marks: number | null };
  /** One extra load with Chromium's tracing on: what Backstory's own timer cannot see. */
  trace: TraceFigures;
  results: {
    backstoryOverFloor: number;
    markOverBackstory: number;
    wholeOverFloor: number;
    markOverWhole: number;
    /** When mark.js hit the cap, the ratio is at least this. */
    markOverBackstoryAtLeast: boolean;
    domAdded: number;
    heapJsGrowthBytes: number;
    heapEmbedderGrowthBytes: number;
    chromiumTaskGrowthMs: number;
  };
}

const log = (message: string) => console.error(`[bench] ${message}`);

async function main(): Promise<void> {
  const updateReadme = process.argv.includes('--update-readme');
  if (!existsSync(join(BENCH_BUILD, 'manifest.json'))) throw new Error(`No bench build in ${BENCH_BUILD}: run \`npx wxt build --mode bench\` first (npm run bench does).`);
  const began = Date.now();

  const bundled = await bundledTargets();
  // mark.js matches case-insensitively: "Al-Sudani" and "al-Sudani" are one keyword to it (else it marks them twice).
  const names = [...new Map(bundled.flatMap((t) => t.names).map((n) => [n.toLowerCase(), n] as const)).values()];

  log('knowledge compiler in Node…');
  const compiler = await benchCompiler();

  const pages = [await pageA(), await pageB()];
  const routes = new Map<string, Route>([['/blank.html', { body: '<!doctype html><html lang="en"><title>blank</title><body></body></html>' }]]);
  for (const page of pages) {
    routes.set(`/${page.id}.html`, { body: page.html });
    routes.set(`/${page.id}-isolated.html`, { body: page.html, headers: ISOLATION_HEADERS });
  }
  // As the background hands them to pages: first words folded once per knowledge, not by each page.
  const targets10k = withFirstWords(syntheticTargets(bundled, 10_000));
  const targets100k = withFirstWords(syntheticTargets(bundled, 100_000));

  const server = await serve(routes);
  const url = (path: string) => `${server.origin}${path}`;
  const backstoryRuns = new Map<string, BackstoryRun[]>(pages.map((p) => [p.id, []]));
  const plainRuns = new Map<string, PlainRun[]>(pages.map((p) => [p.id, []]));
  const floors = new Map<string, Awaited<ReturnType<typeof runFloor>>>();
  const traces = new Map<string, TraceFigures>();
  let scale: ScaleReport | undefined;
  let chromium: string | undefined;
  let warmup: BackstoryRun | undefined;
  try {
    const withExtension = await launchBench(true);
    try {
      chromium = await withExtension.browser.version();
      // The first load after launch pays for cold caches (content script, service worker): not counted, kept in the JSON.
      log('warm-up load with Backstory (not counted)…');
      warmup = await runBackstory(withExtension, url('/A.html'));
      for (const page of pages) {
        for (let run = 1; run <= RUNS; run++) {
          log(`Page ${page.id}, Backstory, run ${run}/${RUNS}…`);
          backstoryRuns.get(page.id)!.push(await runBackstory(withExtension, url(`/${page.id}.html`)));
        }
        log(`Page ${page.id}, Backstory, traced load…`);
        traces.set(page.id, await runTraced(withExtension, url(`/${page.id}.html`)));
      }
    } finally {
      await withExtension.close();
    }

    // Without the extension; relaunched when mark.js ran past the cap (runPlain then kills it).
    let plain: BenchBrowser | undefined;
    const plainBrowser = async () => (plain ??= await launchBench(false));
    try {
      for (const page of pages) {
        log(`Page ${page.id}, floor…`);
        floors.set(page.id, await runFloor(await plainBrowser(), url(`/${page.id}-isolated.html`)));
        // After one run past the cap, the others would be too: they only take the baseline.
        let markCapped = false;
        for (let run = 1; run <= RUNS; run++) {
          log(`Page ${page.id}, without extension${markCapped ? '' : ' + mark.js'}, run ${run}/${RUNS}…`);
          const result = await runPlain(await plainBrowser(), url(`/${page.id}.html`), names, !markCapped);
          plainRuns.get(page.id)!.push(result);
          if (!markCapped && result.markMs === null) {
            markCapped = true;
            plain = undefined;
          }
        }
      }
      log('scale: matcher with the bundled knowledge, 10,000 and 100,000 names…');
      scale = await runScale(await plainBrowser(), url('/blank.html'), url('/A.html'), [
        { label: 'bundled', targets: bundled },
        { label: '10k', targets: targets10k },
        { label: '100k', targets: targets100k },
      ]);
    } finally {
      await (plain as BenchBrowser | undefined)?.close();
    }
  } finally {
    await server.close();
  }

  if (!scale) throw new Error('The scale test did not run');
  const figures = pages.map((page) => pageFigures(page, backstoryRuns.get(page.id)!, plainRuns.get(page.id)!, floors.get(page.id)!, traces.get(page.id)!));
  const environment = { date: new Date().toISOString(), chromium: chromium ?? 'Chromium', node: process.version, cores: availableParallelism(), benchSeconds: (Date.now() - began) / 1000 };
  console.log(render(figures, scale, compiler, environment, names.length));

  await mkdir('.output', { recursive: true });
  await writeFile(OUTPUT, `${JSON.stringify({ environment, targets: TARGETS, names, warmupLoad: warmup, pages: figures, scale, compiler: compilerSummary(compiler) }, null, 2)}\n`);
  console.log(`\nFigures written to ${OUTPUT}.`);
  if (updateReadme) await writeReadme(figures, scale, compiler, environment);
}

/** The bundled knowledge's people and organizations, compiled in Node as the build does. */
async function bundledTargets(): Promise<MatchTarget[]> {
  const dir = new URL('../sources/', import.meta.url);
  const files = await sourceFileNames(dir);
  const inputs = await Promise.all(files.map(async (f) => readSourceFile(f, await readFile(new URL(f, dir), 'utf8'))));
  return matchTargets(compileSources(inputs), ['person', 'organization']);
}

/** The run whose total is the median: its tasks, in order, show where a typical load's time goes. */
function medianRun(runs: BackstoryRun[]): BackstoryRun {
  const sorted = [...runs].sort((a, b) => a.totalMs - b.totalMs);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

function pageFigures(page: BenchPage, runs: BackstoryRun[], plain: PlainRun[], floor: Awaited<ReturnType<typeof runFloor>>, trace: TraceFigures): PageFigures {
  const m = (f: (r: BackstoryRun) => number) => median(runs.map(f));
  const p = (f: (r: PlainRun) => number) => median(plain.map(f));
  const backstory = {
    runs,
    totalMs: m((r) => r.totalMs),
    longestMs: m((r) => r.longestMs),
    startUpMs: m((r) => r.startUpMs),
    tasks: m((r) => r.tasks),
    wallMs: m((r) => r.wallMs),
    mentions: m((r) => r.mentions),
    domAtReady: m((r) => r.domAtReady),
    domAfter: m((r) => r.domAfter),
    heapJsBytes: m((r) => r.heap.js),
    heapEmbedderBytes: m((r) => r.heap.embedder),
    chromiumTaskMs: m((r) => r.chromiumTaskMs),
    rest: { totalMs: m((r) => r.rest.totalMs), longestMs: m((r) => r.rest.longestMs), tasks: m((r) => r.rest.tasks), mentions: m((r) => r.rest.mentions) },
    wholeMs: m((r) => r.totalMs + r.rest.totalMs),
  };
  const withoutExtension = {
    runs: plain,
    dom: p((r) => r.dom),
    heapJsBytes: p((r) => r.heap.js),
    heapEmbedderBytes: p((r) => r.heap.embedder),
    chromiumTaskMs: p((r) => r.chromiumTaskMs),
  };
  // Runs after a capped one are not tried: they count as past the cap too.
  const capped = plain.some((r) => r.markMs === null);
  const markRuns = plain.map((r) => r.markMs);
  const markMedian = median(markRuns.map((v) => v ?? Infinity));
  const markMs = Number.isFinite(markMedian) ? markMedian : null;
  const floorMedian = median(floor.passesMs);
  return {
    id: page.id,
    title: page.title,
    articleChars: page.articleChars,
    floor: { passesMs: floor.passesMs, medianMs: floorMedian, chars: floor.chars, crossOriginIsolated: floor.isolated },
    backstory,
    withoutExtension,
    markjs: { runsMs: markRuns, medianMs: markMs, capped, marks: median(plain.filter((r) => r.marks !== null).map((r) => r.marks!)) },
    trace,
    results: {
      backstoryOverFloor: backstory.totalMs / floorMedian,
      markOverBackstory: (markMs ?? MARK_CAP_MS) / backstory.totalMs,
      wholeOverFloor: backstory.wholeMs / floorMedian,
      markOverWhole: (markMs ?? MARK_CAP_MS) / backstory.wholeMs,
      markOverBackstoryAtLeast: markMs === null,
      domAdded: backstory.domAfter - withoutExtension.dom,
      heapJsGrowthBytes: backstory.heapJsBytes - withoutExtension.heapJsBytes,
      heapEmbedderGrowthBytes: backstory.heapEmbedderBytes - withoutExtension.heapEmbedderBytes,
      chromiumTaskGrowthMs: backstory.chromiumTaskMs - withoutExtension.chromiumTaskMs,
    },
  };
}

function compilerSummary(timings: CompileTiming[]) {
  const small = timings.filter((t) => t.bytes <= TARGETS.compileMaxBytes);
  const medianMs = median(small.flatMap((t) => t.runsMs));
  const maxMs = max(small.flatMap((t) => t.runsMs));
  return { files: timings, upTo20KB: { files: small.length, medianMs, maxMs, targetMs: TARGETS.compileMs, met: maxMs <= TARGETS.compileMs } };
}

function scaleVerdicts(scale: ScaleReport) {
  const base = scale.cases.find((c) => c.label === 'bundled')!;
  return scale.cases.map((c) => {
    const growth = matchOf(c) / matchOf(base);
    const growthTarget = c.label === '10k' ? TARGETS.growth10k : c.label === '100k' ? TARGETS.growth100k : undefined;
    const startupTarget = c.label === '100k' ? TARGETS.startup100kMs : undefined;
    return { c, growth, growthTarget, startupTarget };
  });
}

function ratioText(f: PageFigures): string {
  return `${f.results.markOverBackstoryAtLeast ? '> ' : ''}${times(f.results.markOverBackstory)}`;
}

function render(figures: PageFigures[], scale: ScaleReport, compiler: CompileTiming[], env: { date: string; chromium: string; node: string; cores: number; benchSeconds: number }, nameCount: number): string {
  const [a, b] = figures as [PageFigures, PageFigures];
  const both = (f: (x: PageFigures) => string) => [f(a), f(b)];
  const out: string[] = [];
  out.push(`Backstory benchmark — ${env.date.slice(0, 19).replace('T', ' ')} UTC, ${env.chromium}, Node ${env.node}, ${env.cores} cores (${env.benchSeconds.toFixed(0)} s)`);
  out.push(`Page A: ${count(a.articleChars)} characters of article text (a ~8 KB news article repeated, the bundled article between copies).`);
  out.push(`Page B: 5,000 <p> of mixed length, ${count(b.articleChars)} characters.`);
  out.push(`Backstory and mark.js look for the same ${nameCount} names (the bundled knowledge's people and organizations). Medians of ${RUNS} fresh page loads, after one uncounted warm-up load.`);
  out.push('');
  const domOk = (f: PageFigures) => f.results.domAdded === 0;
  out.push(
    table(
      [
        [`(a) floor: TreeWalker text pass, fresh load, median of ${a.floor.passesMs.length}`, ...both((f) => ms(f.floor.medianMs)), ''],
        ["(b) Backstory at load (script's first line → settled): main-thread total", ...both((f) => ms(f.backstory.totalMs)), ''],
        ['    of which start-up (its modules set up, the session begun)', ...both((f) => ms(f.backstory.startUpMs)), ''],
        ['    longest task', ...both((f) => `${ms(f.backstory.longestMs)} ${verdict(f.backstory.longestMs <= TARGETS.longestMs)}`), `≤ ${TARGETS.longestMs} ms`],
        ['    tasks', ...both((f) => count(f.backstory.tasks)), ''],
        ['    each task, in the run of median total (ms)', ...both((f) => medianRun(f.backstory.runs).taskMs.map((t) => t.toFixed(1)).join(' ')), ''],
        ['    wall time, start → the screen painted', ...both((f) => ms(f.backstory.wallMs)), ''],
        ['    mentions painted (on and near the screen)', ...both((f) => count(f.backstory.mentions)), ''],
        ['    DOM elements: without ext. / with Backstory', ...both((f) => `${count(f.withoutExtension.dom)} / ${count(f.backstory.domAfter)}`), 'equal (no card shown)'],
        ['    JS heap growth (V8, after GC)', ...both((f) => megabytes(f.results.heapJsGrowthBytes)), ''],
        ['    Blink heap growth (ranges, highlights)', ...both((f) => megabytes(f.results.heapEmbedderGrowthBytes)), ''],
        ['(b+) the rest of the page, read when the popup asks', ...both((f) => ms(f.backstory.rest.totalMs)), ''],
        ['    longest task', ...both((f) => `${ms(f.backstory.rest.longestMs)} ${verdict(f.backstory.rest.longestMs <= TARGETS.longestMs)}`), `≤ ${TARGETS.longestMs} ms`],
        ['    mentions found, whole page (painted as the reader nears them)', ...both((f) => count(f.backstory.rest.mentions)), ''],
        ['(b) + (b+): the whole page', ...both((f) => ms(f.backstory.wholeMs)), ''],
        [`(c) mark.js, same names, median of ${RUNS}`, ...both((f) => ms(f.markjs.capped && f.markjs.medianMs === null ? Infinity : f.markjs.medianMs)), `cap ${MARK_CAP_MS / 1000} s`],
        ['    marks inserted', ...both((f) => (f.markjs.marks === null || Number.isNaN(f.markjs.marks) ? 'n/a' : count(f.markjs.marks))), ''],
        ['Backstory (b) / floor', ...both((f) => `${times(f.results.backstoryOverFloor)} ${verdict(f.results.backstoryOverFloor <= TARGETS.overFloor)}`), `≤ ${TARGETS.overFloor}×`],
        ['mark.js / Backstory (b)', ...both((f) => `${ratioText(f)} ${verdict(f.results.markOverBackstory >= TARGETS.overMark)}`), `≥ ${TARGETS.overMark}×`],
        ['whole page (b) + (b+) / floor', ...both((f) => `${times(f.results.wholeOverFloor)} ${verdict(f.results.wholeOverFloor <= TARGETS.overFloor)}`), `≤ ${TARGETS.overFloor}×`],
        ['mark.js / whole page (b) + (b+)', ...both((f) => `${times(f.results.markOverWhole)} ${verdict(f.results.markOverWhole >= TARGETS.overMark)}`), `≥ ${TARGETS.overMark}×`],
        ['longest Backstory task', ...both((f) => `${ms(f.backstory.longestMs)} ${verdict(f.backstory.longestMs <= TARGETS.longestMs)}`), `≤ ${TARGETS.longestMs} ms`],
        ['DOM elements added by Backstory', ...both((f) => `${f.results.domAdded} ${verdict(domOk(f))}`), '0 (card host only when a card shows)'],
        ['memory growth (JS + Blink heap)', ...both((f) => megabytes(f.results.heapJsGrowthBytes + f.results.heapEmbedderGrowthBytes)), 'no target; reported'],
      ],
      ['', 'Page A', 'Page B', 'target'],
    ),
  );
  out.push('');
  out.push(`Cross-check in Chromium's trace (one extra load per page with tracing on, which slows it a little):`);
  out.push(
    table(
      [
        ['content script evaluation (compiling it, then its start-up task)', ...both((f) => ms(f.trace.contentScriptMs)), ''],
        ['frame loader evaluation (frames.js, in every frame; counted in (b) but its compiling)', ...both((f) => ms(f.trace.loaderScriptMs)), ''],
        ['longest real task running Backstory, start → painted', ...both((f) => `${ms(f.trace.longestScriptTaskMs)} ${verdict(f.trace.longestScriptTaskMs <= TARGETS.longestMs)}`), `≤ ${TARGETS.longestMs} ms`],
        ['    longest task Backstory reported in that load', ...both((f) => ms(f.trace.reportedLongestMs)), ''],
        ['script tasks, start → painted: count / sum', ...both((f) => `${f.trace.scriptTasks} / ${ms(f.trace.scriptTasksMs)}`), ''],
        ['    Backstory reported in that load (sum)', ...both((f) => ms(f.trace.reportedTotalMs)), ''],
        ['frame that paints the highlights near the screen', ...both((f) => `${ms(f.trace.highlightFrameMs)} ${verdict(f.trace.highlightFrameMs <= TARGETS.longestMs)}`), `≤ ${TARGETS.longestMs} ms`],
        ['frame after the whole page is read (far mentions wait)', ...both((f) => `${f.trace.wholeFrameMs ? ms(f.trace.wholeFrameMs) : 'none'} ${verdict(f.trace.wholeFrameMs <= TARGETS.longestMs)}`), `≤ ${TARGETS.longestMs} ms`],
      ],
      ['', 'Page A', 'Page B', 'target'],
    ),
  );
  const notIsolated = figures.filter((f) => !f.floor.crossOriginIsolated);
  if (notIsolated.length) out.push(`note: the floor page was not cross-origin isolated: its timer has 100 µs resolution.`);

  out.push('');
  out.push(`Scale: Backstory's matcher (lib/match) bundled into a Chromium page. Start-up: compileMatcher(targets, NEUTRAL_WORDS), fresh page per run, median of 3.`);
  out.push(`Matching: matcher.find over Page A's ${count(scale.blocks)} article blocks (${count(scale.chars)} characters), after a warm-up, median of 3.`);
  out.push(
    table(
      scaleVerdicts(scale).map(({ c, growth, growthTarget, startupTarget }) => [
        c.label,
        count(c.targets),
        count(c.names),
        `${ms(startupOf(c))}${startupTarget === undefined ? '' : ` ${verdict(startupOf(c) <= startupTarget)}`}`,
        ms(matchOf(c)),
        `${times(growth)}${growthTarget === undefined ? '' : ` ${verdict(growth <= growthTarget)}`}`,
        count(c.found),
        [growthTarget ? `growth ≤ ${growthTarget}×` : '', startupTarget ? `start-up ≤ ${startupTarget} ms` : ''].filter(Boolean).join(', '),
      ]),
      ['knowledge', 'targets', 'names', 'start-up', 'matching', 'growth', 'found', 'target'],
    ),
  );

  out.push('');
  const summary = compilerSummary(compiler);
  out.push('Knowledge compiler in Node: readSourceFile + compileSource per file, 5 runs after a warm-up (the largest source: one run).');
  out.push(
    table(
      compiler.map((t) => [t.file, `${(t.bytes / 1024).toFixed(1)} KB`, ms(medianOf(t)), t.bytes <= TARGETS.compileMaxBytes ? `${ms(maxOf(t))} ${verdict(maxOf(t) <= TARGETS.compileMs)}` : ms(maxOf(t))]),
      ['file', 'size', 'median', 'max'],
    ),
  );
  out.push(
    `files up to 20 KB (${summary.upTo20KB.files}): median ${ms(summary.upTo20KB.medianMs)}, max ${ms(summary.upTo20KB.maxMs)} — target ≤ ${TARGETS.compileMs} ms: ${verdict(summary.upTo20KB.met)}`,
  );
  return out.join('\n');
}

async function writeReadme(figures: PageFigures[], scale: ScaleReport, compiler: CompileTiming[], env: { date: string; chromium: string; cores: number }): Promise<void> {
  const readme = await readFile(README, 'utf8');
  const start = readme.indexOf(MARKERS.start);
  const end = readme.indexOf(MARKERS.end);
  if (start < 0 || end < start) {
    console.log(`\nnote: README.md has no ${MARKERS.start} … ${MARKERS.end} markers; it was not changed.`);
    return;
  }
  const [a, b] = figures as [PageFigures, PageFigures];
  const row = (label: string, f: (x: PageFigures) => string, target: string) => `| ${label} | ${f(a)} | ${f(b)} | ${target} |`;
  const summary = compilerSummary(compiler).upTo20KB;
  const lines = [
    `Latest \`npm run bench\` (${env.date.slice(0, 10)}, ${env.chromium}, ${env.cores} cores; medians of ${RUNS} loads):`,
    '',
    '| | Page A (1 MB article) | Page B (5,000 paragraphs) | target |',
    '| --- | ---: | ---: | --- |',
    row('floor (TreeWalker text pass)', (f) => ms(f.floor.medianMs), ''),
    row('Backstory at load, main thread from its first line (what is on and near the screen painted)', (f) => ms(f.backstory.totalMs), ''),
    row('of which start-up (modules set up, session begun)', (f) => ms(f.backstory.startUpMs), ''),
    row('Backstory / floor', (f) => `${times(f.results.backstoryOverFloor)} ${verdict(f.results.backstoryOverFloor <= TARGETS.overFloor)}`, `≤ ${TARGETS.overFloor}×`),
    row('longest task', (f) => `${ms(Math.max(f.backstory.longestMs, f.backstory.rest.longestMs))} ${verdict(Math.max(f.backstory.longestMs, f.backstory.rest.longestMs) <= TARGETS.longestMs)}`, `≤ ${TARGETS.longestMs} ms`),
    row('mentions painted at load / found on the whole page', (f) => `${count(f.backstory.mentions)} / ${count(f.backstory.rest.mentions)}`, ''),
    row('mark.js, same names, whole page', (f) => ms(f.markjs.capped && f.markjs.medianMs === null ? Infinity : f.markjs.medianMs), ''),
    row('mark.js / Backstory', (f) => `${ratioText(f)} ${verdict(f.results.markOverBackstory >= TARGETS.overMark)}`, `≥ ${TARGETS.overMark}×`),
    row('Backstory, the whole page read (the popup asks for it)', (f) => ms(f.backstory.wholeMs), ''),
    row('whole page / floor', (f) => `${times(f.results.wholeOverFloor)} ${verdict(f.results.wholeOverFloor <= TARGETS.overFloor)}`, `≤ ${TARGETS.overFloor}×`),
    row('mark.js / whole page', (f) => `${times(f.results.markOverWhole)} ${verdict(f.results.markOverWhole >= TARGETS.overMark)}`, `≥ ${TARGETS.overMark}×`),
    row('frame painting the highlights at load / after the whole page is read', (f) => `${ms(f.trace.highlightFrameMs)} / ${f.trace.wholeFrameMs ? ms(f.trace.wholeFrameMs) : 'none'}`, `≤ ${TARGETS.longestMs} ms`),
    row('DOM elements added', (f) => `${f.results.domAdded} ${verdict(f.results.domAdded === 0)}`, '0'),
    row('heap growth (JS + Blink)', (f) => megabytes(f.results.heapJsGrowthBytes + f.results.heapEmbedderGrowthBytes), ''),
    '',
    '| knowledge | matcher start-up | matching Page A | growth | target |',
    '| --- | ---: | ---: | ---: | --- |',
    ...scaleVerdicts(scale).map(
      ({ c, growth, growthTarget, startupTarget }) =>
        `| ${c.label === 'bundled' ? 'bundled' : `${count(c.targets)} names`} | ${ms(startupOf(c))}${startupTarget ? ` ${verdict(startupOf(c) <= startupTarget)}` : ''} | ${ms(matchOf(c))} | ${times(growth)}${growthTarget ? ` ${verdict(growth <= growthTarget)}` : ''} | ${[growthTarget ? `≤ ${growthTarget}×` : '', startupTarget ? `start-up ≤ ${startupTarget} ms` : ''].filter(Boolean).join(', ')} |`,
    ),
    '',
    `Knowledge compiler (Node), sources up to 20 KB: median ${ms(summary.medianMs)}, max ${ms(summary.maxMs)} (target ≤ ${TARGETS.compileMs} ms: ${verdict(summary.met)}).`,
  ];
  const next = `${readme.slice(0, start + MARKERS.start.length)}\n${lines.join('\n')}\n${readme.slice(end)}`;
  await writeFile(README, next);
  console.log(`\nREADME.md updated between ${MARKERS.start} and ${MARKERS.end}.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

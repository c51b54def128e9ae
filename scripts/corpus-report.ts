/**
 * `npx tsx scripts/corpus-report.ts [--verbose] [--browser] [page…]` (or `npm run corpus -- …`):
 * how well Backstory's article detection (findArticleRoot + textBlocks) matches
 * the article Mozilla Readability extracts, over the real pages of
 * `../shared/corpus/readability-pages` (next to the project, when present; the
 * project never depends on it).
 *
 * Per page: recall = share of the expected article's word 3-grams found in
 * what Backstory reads; precision = share of what Backstory reads that is in
 * the expected article (multisets, case and whitespace folded). Code, form
 * controls, formulas and hidden elements of expected.html, which Backstory
 * never reads by design, do not count as missed.
 *
 * Default: each page parsed by happy-dom (no layout, no scripts). `--browser`:
 * each page served from 127.0.0.1 to headless Chromium with scripts off and
 * every other host blocked, Backstory's code bundled and evaluated in it; the
 * happy-dom run is done as well, and the pages where the two disagree listed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { Window } from 'happy-dom';
import type { Page } from 'puppeteer-core';
import { blockOwnerOf } from '../lib/page/text-blocks';
import { table } from './bench/format';
import { median } from './bench/stats';
import { Probe, type ElementRead, type PageProbe } from './corpus/probe';

const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = resolve(PROJECT, '../shared/corpus/readability-pages');
const PROBE_ENTRY = resolve(PROJECT, 'scripts/corpus/probe.ts');
const GOOD = 0.8;
const WORST = 10;
const PAGE_TIMEOUT = 20_000;

const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const inBrowser = args.includes('--browser');
const only = args.filter((a) => !a.startsWith('-'));

// ---------------------------------------------------------------- text comparison

// Han and kana are compared character by character (no spaces between words); other scripts by words.
const TOKEN = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]|[[\p{L}\p{N}\p{M}]--[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]]+/gv;

function tokens(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(TOKEN) ?? [];
}

/** Word n-grams (n = 3, fewer for a text shorter than that). */
function grams(words: string[], n = 3): string[] {
  if (words.length < n) return words.length ? [words.join(' ')] : [];
  const out: string[] = [];
  for (let i = 0; i + n <= words.length; i++) out.push(words.slice(i, i + n).join(' '));
  return out;
}

function counts(items: string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const item of items) out.set(item, (out.get(item) ?? 0) + 1);
  return out;
}

interface Overlap {
  recall: number;
  precision: number;
}

function overlap(ours: string, expected: string): Overlap {
  const o = counts(grams(tokens(ours)));
  const e = counts(grams(tokens(expected)));
  let shared = 0;
  let totalO = 0;
  let totalE = 0;
  for (const n of o.values()) totalO += n;
  for (const [g, n] of e) {
    totalE += n;
    shared += Math.min(n, o.get(g) ?? 0);
  }
  return { recall: totalE ? shared / totalE : totalO ? 0 : 1, precision: totalO ? shared / totalO : 0 };
}

/** Whether a block of the page is part of the expected article: half its 3-grams are in it. */
function articleTest(expected: string): (text: string) => boolean {
  const words = tokens(expected);
  const trigrams = new Set(grams(words));
  const unigrams = new Set(words);
  return (text) => {
    const w = tokens(text);
    if (!w.length) return false;
    if (w.length < 3) return w.every((x) => unigrams.has(x));
    const g = grams(w);
    return g.filter((x) => trigrams.has(x)).length >= g.length / 2;
  };
}

// ---------------------------------------------------------------- per page

interface Reader {
  probe(name: string, html: string): Promise<PageProbe>;
  read(index: number): Promise<ElementRead>;
  done(): Promise<void>;
}

interface Diagnosis {
  best: string;
  bestRelation: ElementRead['relation'];
  bestScore: Overlap;
  /** Of the article text found in the page's blocks (chars): outside the root, skipped inside it (by what). */
  outsideShare: number;
  skippedShare: number;
  topSkipper: string;
  /** Of what Backstory reads (chars): not article, and the container most of it is in. */
  extraShare: number;
  topExtra: string;
  /** A one-line guess at what went wrong. */
  reason: string;
}

interface PageResult {
  name: string;
  root: string | null;
  rootPath: string;
  ours: number;
  expected: number;
  score: Overlap;
  /** Recall against the whole text of expected.html (code and all). */
  rawRecall: number;
  readerable: number;
  ms: number;
  error?: string;
  diagnosis?: Diagnosis;
}

const f1 = ({ recall, precision }: Overlap) => (recall + precision ? (2 * recall * precision) / (recall + precision) : 0);

async function measure(name: string, reader: Reader, expected: { text: string; raw: string }): Promise<PageResult> {
  const html = readFileSync(resolve(CORPUS, name, 'source.html'), 'utf8');
  const probe = await reader.probe(name, html);
  // A page without a root counts as nothing found, whatever the expected text.
  const score = probe.root >= 0 ? overlap(probe.ours, expected.text) : { recall: 0, precision: 0 };
  const result: PageResult = {
    name,
    root: probe.root >= 0 ? probe.elements[probe.root]! : null,
    rootPath: probe.rootChain
      .slice(0, 5)
      .reverse()
      .map((i) => probe.elements[i]!)
      .join(' > '),
    ours: probe.ours.length,
    expected: expected.text.length,
    score,
    rawRecall: overlap(probe.ours, expected.raw).recall,
    readerable: probe.readerable,
    ms: probe.ms,
    ...(probe.error ? { error: probe.error } : {}),
  };
  result.diagnosis = await diagnose(probe, expected.text, reader);
  return result;
}

/**
 * Where the article text is against the root, and the best single element:
 * the one whose readable blocks hold the most article text less non-article
 * text (what a perfect findArticleRoot could reach with today's textBlocks).
 */
async function diagnose(probe: PageProbe, expected: string, reader: Reader): Promise<Diagnosis> {
  const isArticle = articleTest(expected);
  const gain = new Map<number, number>();
  let articleChars = 0;
  let outside = 0;
  let skipped = 0;
  let readChars = 0;
  let extra = 0;
  const skippers = new Map<string, number>();
  const extras = new Map<string, number>();
  const rootIndex = probe.root;
  for (const block of probe.blocks) {
    const chars = block.text.replace(/\s+/gu, ' ').trim().length;
    const article = isArticle(block.text);
    if (!block.skippedAnywhere) {
      for (const a of block.ancestors) gain.set(a, (gain.get(a) ?? 0) + (article ? chars : -chars));
    }
    if (block.where === 'read') readChars += chars;
    if (article) {
      articleChars += chars;
      if (block.where === 'outside' && !block.skippedAnywhere) outside += chars;
      if (block.where === 'skipped') {
        skipped += chars;
        const by = probe.elements[block.skipper] ?? '?';
        skippers.set(by, (skippers.get(by) ?? 0) + chars);
      }
    } else if (block.where === 'read') {
      extra += chars;
      const container = labelledContainer(block.ancestors, rootIndex, probe.elements);
      extras.set(container, (extras.get(container) ?? 0) + chars);
    }
  }
  let best = -1;
  let bestGain = 0;
  for (const [i, g] of gain) {
    if (g > bestGain) [best, bestGain] = [i, g];
  }
  const bestRead = best >= 0 ? await reader.read(best) : { text: '', relation: 'no-root' as const };
  const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  const diagnosis: Diagnosis = {
    best: best >= 0 ? probe.elements[best]! : '(none)',
    bestRelation: bestRead.relation,
    bestScore: overlap(bestRead.text, expected),
    outsideShare: articleChars ? outside / articleChars : 0,
    skippedShare: articleChars ? skipped / articleChars : 0,
    topSkipper: top(skippers),
    extraShare: readChars ? extra / readChars : 0,
    topExtra: top(extras),
    reason: '',
  };
  diagnosis.reason = reasonOf(probe, diagnosis, articleChars, expected);
  return diagnosis;
}

/** The nearest ancestor of a block, below the root, with an id or class; else the root's child holding it. */
function labelledContainer(ancestors: number[], root: number, elements: string[]): string {
  const below = ancestors.indexOf(root) >= 0 ? ancestors.slice(0, ancestors.indexOf(root)) : ancestors;
  const labelled = below.find((i) => /[#.]/u.test(elements[i]!));
  return elements[labelled ?? below[below.length - 1] ?? root] ?? '?';
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

function reasonOf(probe: PageProbe, d: Diagnosis, articleChars: number, expected: string): string {
  if (probe.error) return `findArticleRoot threw: ${probe.error}`;
  if (probe.root < 0) {
    const parts = [`no root: readerable score ${probe.readerable.toFixed(1)} < 20`];
    const [by, count] = probe.skippedLong[0] ?? [];
    if (by) parts.push(`${count} long paragraphs skipped under ${by}`);
    if (probe.looseDivs) parts.push(`${probe.looseDivs} <div>s of 140+ chars of bare text (not scored)`);
    return parts.join('; ');
  }
  const parts: string[] = [];
  const where = {
    same: 'root is the best element',
    'contains-root': `root too small, best is an ancestor: ${d.best}`,
    'inside-root': `root too wide, best is inside it: ${d.best}`,
    disjoint: `root in the wrong region, best: ${d.best}`,
    'no-root': 'no best element',
  }[d.bestRelation];
  parts.push(where);
  if (d.outsideShare >= 0.15) parts.push(`${pct(d.outsideShare)} of the article outside root`);
  if (d.skippedShare >= 0.1) parts.push(`${pct(d.skippedShare)} skipped inside root (mostly ${d.topSkipper})`);
  if (d.extraShare >= 0.15) parts.push(`${pct(d.extraShare)} of ours not article (mostly ${d.topExtra})`);
  const expectedChars = expected.replace(/\s+/gu, ' ').trim().length;
  if (expectedChars && articleChars < expectedChars * 0.5) parts.push(`only ${pct(articleChars / expectedChars)} of the expected text found in the page's blocks`);
  return parts.join('; ');
}

// ---------------------------------------------------------------- readers

/** happy-dom, one Window per page; Backstory's DOM globals point at that window. */
function domReader(): Reader {
  let window: Window | undefined;
  let probe: Probe | undefined;
  const close = async () => {
    await window?.happyDOM.close();
    window = undefined;
  };
  return {
    async probe(name, html) {
      await close();
      window = newWindow(`http://127.0.0.1/${name}/`);
      const doc = parse(window, html);
      probe = new Probe(doc);
      return probe.analyze();
    },
    async read(index) {
      return probe!.read(index);
    },
    done: close,
  };
}

function newWindow(url: string): Window {
  const window = new Window({
    url,
    settings: {
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true, disableFallbackToSetURL: true },
    },
  });
  // text-blocks.ts uses Node, NodeFilter, ShadowRoot as globals, as page code does.
  Object.assign(globalThis, { Node: window.Node, NodeFilter: window.NodeFilter, ShadowRoot: window.ShadowRoot, Element: window.Element, HTMLElement: window.HTMLElement, Text: window.Text });
  return window;
}

function parse(window: Window, html: string): Document {
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

// What Backstory never reads, whatever the page (code, controls, formulas); Readability keeps some of it.
const NEVER_READ = 'code, pre, kbd, samp, textarea, input, select, button, script, style, noscript, template, svg, math, [hidden], [aria-hidden="true"]';

/**
 * The expected article's text, less what Backstory never reads by design, one
 * block a line; and its whole text. Not textBlocks: its id/class boilerplate
 * test would also drop an article whose wrapper's id says "share" (bug-1255978).
 */
async function expectedText(name: string): Promise<{ text: string; raw: string }> {
  const window = newWindow('http://127.0.0.1/expected/');
  try {
    const doc = parse(window, readFileSync(resolve(CORPUS, name, 'expected.html'), 'utf8'));
    const walker = doc.createTreeWalker(doc.body, 4 /* SHOW_TEXT */);
    let text = '';
    let owner: Element | null = null;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest(NEVER_READ)) continue;
      const block = blockOwnerOf(node);
      if (block !== owner && text) text += '\n';
      owner = block;
      text += (node as Text).data;
    }
    return { text, raw: doc.body.textContent ?? '' };
  } finally {
    await window.happyDOM.close();
  }
}

/** Headless Chromium: scripts off, only 127.0.0.1 reachable, Backstory's code evaluated in the page. */
async function browserReader(names: string[]): Promise<Reader> {
  const [{ launchBench }, { serve }] = await Promise.all([import('./bench/browser'), import('./serve')]);
  const bundled = await build({
    stdin: { contents: "import { Probe } from './probe';\n(window as any).__corpusProbe = new Probe(document);\n", resolveDir: dirname(PROBE_ENTRY), loader: 'ts' },
    bundle: true,
    format: 'iife',
    write: false,
    platform: 'browser',
    target: 'chrome116',
    logLevel: 'silent',
  });
  const script = `globalThis.__name ??= (fn) => fn;\n${bundled.outputFiles[0]!.text}`;
  const routes = new Map(names.map((name) => [`/${name}/`, { body: readFileSync(resolve(CORPUS, name, 'source.html'), 'utf8') }]));
  const server = await serve(routes);
  let bench: Awaited<ReturnType<typeof launchBench>> | undefined;
  let page: Page | undefined;
  const freshPage = async () => {
    await page?.close().catch(() => {});
    page = (await bench!.newPage()).page;
    page.setDefaultTimeout(PAGE_TIMEOUT);
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.isInterceptResolutionHandled()) return;
      const url = request.url();
      if (url.startsWith(`${server.origin}/`) || url.startsWith('data:')) void request.continue();
      else void request.abort('blockedbyclient');
    });
    return page;
  };
  try {
    bench = await launchBench(false);
    await freshPage();
  } catch (error) {
    await bench?.close();
    await server.close();
    throw error;
  }
  return {
    async probe(name) {
      let p = page!;
      try {
        await p.goto(`${server.origin}/${name}/`, { waitUntil: 'load', timeout: PAGE_TIMEOUT });
      } catch {
        // A page that never finishes loading is read as it stands; a broken tab is replaced.
        p = await freshPage();
        await p.goto(`${server.origin}/${name}/`, { waitUntil: 'domcontentloaded', timeout: PAGE_TIMEOUT });
      }
      await p.evaluate(script);
      return (await p.evaluate('window.__corpusProbe.analyze()')) as PageProbe;
    },
    async read(index) {
      return (await page!.evaluate(`window.__corpusProbe.read(${index})`)) as ElementRead;
    },
    async done() {
      await page?.close().catch(() => {});
      await bench?.close();
      await server.close();
    },
  };
}

// ---------------------------------------------------------------- report

const fixed = (x: number) => x.toFixed(2);
const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : NaN);

async function run(label: string, reader: Reader, names: string[], expected: Map<string, { text: string; raw: string }>): Promise<PageResult[]> {
  const results: PageResult[] = [];
  const started = performance.now();
  try {
    for (const name of names) {
      try {
        results.push(await measure(name, reader, expected.get(name)!));
      } catch (error) {
        const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
        results.push({ name, root: null, rootPath: '', ours: 0, expected: expected.get(name)!.text.length, score: { recall: 0, precision: 0 }, rawRecall: 0, readerable: 0, ms: 0, error: message });
      }
    }
  } finally {
    await reader.done();
  }
  console.error(`${label}: ${results.length} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return results;
}

function report(label: string, results: PageResult[]): void {
  console.log(`\n## ${label}\n`);
  console.log(
    table(
      results.map((r) => [r.name, fixed(r.score.recall), fixed(r.score.precision), String(r.ours), String(r.expected), r.error ? 'error' : (r.root ?? '(none)').slice(0, 50)]),
      ['page', 'recall', 'precision', 'ours', 'expected', 'root'],
    ),
  );
  const withRoot = results.filter((r) => r.root && !r.error);
  const nulls = results.filter((r) => !r.root && !r.error);
  const errors = results.filter((r) => r.error);
  const line = (what: string, rs: PageResult[], pick: (r: PageResult) => number) =>
    `${what.padEnd(32)} median ${fixed(median(rs.map(pick)))}  mean ${fixed(mean(rs.map(pick)))}`;
  console.log(`\nPages: ${results.length}; with a root: ${withRoot.length}; null root: ${nulls.length}; errors: ${errors.length}`);
  console.log(line('recall, all pages (null = 0)', results, (r) => r.score.recall));
  console.log(line('precision, all pages (null = 0)', results, (r) => r.score.precision));
  console.log(line('recall, pages with a root', withRoot, (r) => r.score.recall));
  console.log(line('precision, pages with a root', withRoot, (r) => r.score.precision));
  console.log(line('recall vs all of expected.html', results, (r) => r.rawRecall));
  // The ceiling for root choice: the best single element of each page, read by today's textBlocks.
  console.log(line('best single element: recall', results, (r) => r.diagnosis?.bestScore.recall ?? 0));
  console.log(line('best single element: precision', results, (r) => r.diagnosis?.bestScore.precision ?? 0));
  const good = (r: PageResult) => r.score.recall >= GOOD && r.score.precision >= GOOD;
  console.log(
    `recall ≥ ${GOOD}: ${results.filter((r) => r.score.recall >= GOOD).length}/${results.length}; precision ≥ ${GOOD}: ${results.filter((r) => r.score.precision >= GOOD).length}/${results.length}; both: ${results.filter(good).length}/${results.length}` +
      ` (of pages with a root: ${withRoot.filter(good).length}/${withRoot.length})`,
  );
  const times = results.map((r) => r.ms);
  console.log(`findArticleRoot + textBlocks: median ${median(times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms`);
  if (errors.length) console.log(`\nErrors:\n${errors.map((r) => `  ${r.name}: ${r.error}`).join('\n')}`);
  if (nulls.length) {
    console.log(`\nNull root (${nulls.length}; recall counted as 0), with article.ts's readerable score and the expected length:`);
    console.log(
      table(
        nulls.map((r) => [`  ${r.name}`, r.readerable.toFixed(1), String(r.expected), (r.diagnosis?.reason ?? '').replace(/^no root: readerable score [\d.]+ < 20;? ?/u, '')]),
        ['  page', 'readerable', 'expected', 'why'],
      ),
    );
  }
  const worst = [...withRoot].sort((a, b) => f1(a.score) - f1(b.score)).slice(0, WORST);
  console.log(`\nWorst ${worst.length} pages with a root (by F1 of recall and precision):`);
  for (const r of worst) {
    console.log(`  ${r.name.padEnd(28)} R ${fixed(r.score.recall)} P ${fixed(r.score.precision)}  root ${r.root}: ${r.diagnosis?.reason ?? ''}`);
  }
  if (verbose) {
    console.log('\nPer page:');
    for (const r of results) {
      const d = r.diagnosis;
      console.log(`\n  ${r.name}  R ${fixed(r.score.recall)} P ${fixed(r.score.precision)} (recall vs all of expected.html ${fixed(r.rawRecall)}), ${r.ms.toFixed(1)} ms`);
      console.log(`    root: ${r.error ? `error ${r.error}` : r.root ? r.rootPath : `(none), readerable ${r.readerable.toFixed(1)}`}`);
      if (!d) continue;
      console.log(`    best element: ${d.best} (${d.bestRelation}), R ${fixed(d.bestScore.recall)} P ${fixed(d.bestScore.precision)}`);
      console.log(
        `    article text outside root ${pct(d.outsideShare)}, skipped in root ${pct(d.skippedShare)}${d.topSkipper ? ` (mostly ${d.topSkipper})` : ''}; ours not article ${pct(d.extraShare)}${d.topExtra ? ` (mostly ${d.topExtra})` : ''}`,
      );
      if (d.reason) console.log(`    → ${d.reason}`);
    }
  }
}

function compare(dom: PageResult[], browser: PageResult[]): void {
  const byName = new Map(dom.map((r) => [r.name, r]));
  const rows: string[][] = [];
  for (const b of browser) {
    const d = byName.get(b.name);
    if (!d) continue;
    if (d.root !== b.root || Math.abs(d.score.recall - b.score.recall) > 0.05 || Math.abs(d.score.precision - b.score.precision) > 0.05) {
      rows.push([b.name, `${fixed(d.score.recall)}/${fixed(d.score.precision)}`, `${fixed(b.score.recall)}/${fixed(b.score.precision)}`, (d.root ?? '(none)').slice(0, 40), (b.root ?? '(none)').slice(0, 40)]);
    }
  }
  console.log(`\n## happy-dom vs Chromium: ${rows.length} of ${browser.length} pages differ (other root, or recall/precision off by > 0.05)\n`);
  if (rows.length) console.log(table(rows, ['page', 'happy-dom R/P', 'Chromium R/P', 'happy-dom root', 'Chromium root']));
}

async function main(): Promise<void> {
  if (!existsSync(CORPUS)) {
    console.log(`No corpus at ${CORPUS}: nothing to measure. (This optional report reads Readability's test pages from ../shared/corpus when they are there.)`);
    return;
  }
  const names = readdirSync(CORPUS, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(resolve(CORPUS, d.name, 'source.html')) && existsSync(resolve(CORPUS, d.name, 'expected.html')))
    .map((d) => d.name)
    .filter((n) => !only.length || only.some((o) => n.includes(o)))
    .sort();
  if (!names.length) {
    console.log(`No pages in ${CORPUS}${only.length ? ` matching ${only.join(', ')}` : ''}.`);
    return;
  }
  const expected = new Map<string, { text: string; raw: string }>();
  for (const name of names) expected.set(name, await expectedText(name));
  console.log(`Backstory's article detection vs Readability's expected article: ${names.length} pages of ${CORPUS}`);
  console.log('recall = share of the expected text (word 3-grams; code, controls, hidden parts left out) in what Backstory reads; precision = the reverse.');
  const dom = await run('happy-dom', domReader(), names, expected);
  if (!inBrowser) {
    report('happy-dom (no layout, scripts off)', dom);
    return;
  }
  const browser = await run('Chromium', await browserReader(names), names, expected);
  report('Chromium (headless, scripts off, other hosts blocked)', browser);
  compare(dom, browser);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

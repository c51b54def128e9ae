import { BENCH_READ_ALL } from '../../lib/page/bench-protocol';
import { bundledArticle, escapeHtml } from '../demo-page';
import { ARTICLE_HEADLINE, ARTICLE_PARAGRAPHS } from './article';
import { seeded } from './random';

/** Page A holds at least this much text. */
const PAGE_A_CHARS = 1_000_000;
const PAGE_B_PARAGRAPHS = 5_000;

export interface BenchPage {
  id: 'A' | 'B';
  title: string;
  html: string;
  /** Characters of text in the article (what Backstory and mark.js read). */
  articleChars: number;
}

/**
 * Runs in the page's head, before any content script (they run at
 * document_idle): keeps the bench build's report (`__bench.reported` settles
 * with it, so the driver waits without polling the page), asks for the rest
 * of the page as the popup does (`__bench.readAll()` settles with the second
 * report), and counts the page's elements before Backstory could add any.
 */
const HEAD_SCRIPT = `
(() => {
  let done, doneAll;
  window.__bench = {
    report: null,
    domAtReady: 0,
    reported: new Promise((resolve) => (done = resolve)),
    readAll: () => new Promise((resolve) => {
      doneAll = resolve;
      window.postMessage({ type: '${BENCH_READ_ALL}' }, '*');
    }),
  };
  window.addEventListener('message', (e) => {
    if (!e.data || e.data.type !== 'backstory:bench') return;
    if (!window.__bench.report) done((window.__bench.report = e.data));
    else if (doneAll) doneAll(e.data);
  });
  document.addEventListener('DOMContentLoaded', () => {
    window.__bench.domAtReady = document.getElementsByTagName('*').length;
  });
})();`;

const STYLE = `body{font:18px/1.6 Georgia,serif;margin:0;color:#222}header,footer{font:14px system-ui,sans-serif;padding:12px 24px;background:#f3f3f3}
nav a{margin-right:16px;color:#333}main{max-width:720px;margin:0 auto;padding:0 16px}h1{font-size:34px;line-height:1.2}.byline{color:#666;font-size:14px}`;

function shell(title: string, article: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${escapeHtml(title)}</title>
<script>${HEAD_SCRIPT}</script>
<style>${STYLE}</style></head>
<body>
<header><nav><a href="/">Home</a><a href="/world">World</a><a href="/middle-east">Middle East</a><a href="/business">Business</a><a href="/opinion">Opinion</a></nav></header>
<main>
<article>
${article}
</article>
</main>
<footer><p>© 2024 The Daily Meridian. All rights reserved.</p><nav><a href="/about">About</a><a href="/contact">Contact</a><a href="/privacy">Privacy</a></nav></footer>
</body></html>`;
}

const textLength = (html: string) => html.replace(/<[^>]*>/gu, '').length;

/** About 1 MB of text: the benchmark's article, with the bundled article's paragraphs between copies. */
export async function pageA(): Promise<BenchPage> {
  const bundled = (await bundledArticle()).paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`);
  const own = ARTICLE_PARAGRAPHS.map((p) => (p.startsWith('h2:') ? `<h2>${p.slice(3)}</h2>` : `<p>${p}</p>`));
  const parts = [`<h1>${escapeHtml(ARTICLE_HEADLINE)}</h1>`, '<p class="byline">By Staff Reporters · August 6, 2024</p>'];
  let chars = parts.reduce((n, p) => n + textLength(p), 0);
  while (chars < PAGE_A_CHARS) {
    for (const p of [...own, ...bundled]) {
      parts.push(p);
      chars += textLength(p);
    }
  }
  return { id: 'A', title: 'Page A: ~1 MB article', html: shell(ARTICLE_HEADLINE, parts.join('\n')), articleChars: chars };
}

const FILLER = [
  'Read more.',
  'Photo: Reuters.',
  'This story has been updated.',
  'Additional reporting by staff in Amman.',
  'The ministry did not respond to a request for comment.',
  'Markets in the Gulf closed slightly higher on the day.',
];

/** 5,000 paragraphs of mixed length, built from the two articles' sentences (so some name people) and short fillers. */
export async function pageB(): Promise<BenchPage> {
  const plain = [...ARTICLE_PARAGRAPHS.filter((p) => !p.startsWith('h2:')).map((p) => p.replace(/<[^>]*>/gu, '')), ...(await bundledArticle()).paragraphs];
  const sentences = plain.flatMap((p) => p.split(/(?<=[.!?]["”]?)\s+(?=[A-Z"“])/u)).filter((s) => s.length > 20);
  const random = seeded(5000);
  const parts = [`<h1>${escapeHtml('Live: the regional crisis, hour by hour')}</h1>`];
  let chars = 0;
  for (let i = 0; i < PAGE_B_PARAGRAPHS; i++) {
    const roll = random();
    const text =
      roll < 0.15
        ? FILLER[Math.floor(random() * FILLER.length)]!
        : Array.from({ length: 1 + Math.floor(random() * (roll < 0.8 ? 2 : 4)) }, () => sentences[Math.floor(random() * sentences.length)]!).join(' ');
    chars += text.length;
    parts.push(`<p>${escapeHtml(text)}</p>`);
  }
  return { id: 'B', title: 'Page B: 5,000 paragraphs', html: shell('Live: the regional crisis', parts.join('\n')), articleChars: chars };
}

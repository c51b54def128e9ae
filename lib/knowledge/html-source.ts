import { Readability } from '@mozilla/readability';

/** What an HTML page says about itself, and its main text as plain prose. */
export interface HtmlArticle {
  text: string;
  title?: string;
  publisher?: string;
  /** As the page states it; the caller checks it is a date. */
  date?: string;
  url?: string;
}

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, dd, dt, td, th, pre';

/**
 * The article of an HTML page, taken with Readability. `parse` turns markup
 * into a Document (DOMParser in the browser, linkedom in Node), so this runs
 * wherever a DOM can be had; the compiler itself needs none.
 */
export function readHtmlArticle(html: string, parse: (html: string) => Document, pageUrl?: string): HtmlArticle | undefined {
  return articleOf(parse(html), parse, pageUrl);
}

/** The article of a document; Readability changes the document it reads, so give it a copy of a live one. */
export function articleOf(doc: Document, parse: (html: string) => Document, pageUrl?: string): HtmlArticle | undefined {
  const meta = metadata(doc, pageUrl);
  const article = new Readability(doc, { charThreshold: 200 }).parse();
  if (!article?.content) return undefined;
  const text = blocksOf(parse(`<body>${article.content}</body>`));
  if (!text) return undefined;
  const result: HtmlArticle = { text };
  const title = meta.title ?? article.title ?? undefined;
  const publisher = meta.publisher ?? article.siteName ?? undefined;
  const date = meta.date ?? article.publishedTime ?? undefined;
  if (title) result.title = title.trim();
  if (publisher) result.publisher = publisher.trim();
  if (date) result.date = date.trim();
  if (meta.url) result.url = meta.url;
  return result;
}

function metadata(doc: Document, pageUrl: string | undefined): Omit<HtmlArticle, 'text'> {
  const content = (selector: string) => doc.querySelector(selector)?.getAttribute('content')?.trim() || undefined;
  const ld = jsonLd(doc);
  const out: Omit<HtmlArticle, 'text'> = {};
  const title = content('meta[property="og:title"]') ?? ld.headline;
  const publisher = content('meta[property="og:site_name"]') ?? ld.publisher ?? content('meta[name="application-name"]');
  const date =
    content('meta[property="article:published_time"]') ??
    ld.datePublished ??
    content('meta[name="date"]') ??
    content('meta[name="pubdate"]') ??
    content('meta[itemprop="datePublished"]') ??
    doc.querySelector('time[datetime]')?.getAttribute('datetime') ??
    undefined;
  const url = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? content('meta[property="og:url"]') ?? pageUrl;
  if (title) out.title = title;
  if (publisher) out.publisher = publisher;
  if (date) out.date = date;
  if (url && /^https?:/u.test(url)) out.url = url;
  return out;
}

interface LinkedData {
  headline?: string;
  publisher?: string;
  datePublished?: string;
}

/** schema.org NewsArticle data, where the page has it. */
function jsonLd(doc: Document): LinkedData {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const data: unknown = JSON.parse(script.textContent ?? '');
      for (const item of Array.isArray(data) ? data : [data]) {
        if (!item || typeof item !== 'object') continue;
        const record = item as Record<string, unknown>;
        const publisher = record.publisher as Record<string, unknown> | undefined;
        const found: LinkedData = {};
        if (typeof record.headline === 'string') found.headline = record.headline;
        if (typeof publisher?.name === 'string') found.publisher = publisher.name;
        if (typeof record.datePublished === 'string') found.datePublished = record.datePublished;
        if (Object.keys(found).length) return found;
      }
    } catch {
      // Malformed data on a page is the page's problem: ignore it.
    }
  }
  return {};
}

/** Block elements' text, one paragraph each, in document order. */
function blocksOf(doc: Document): string {
  const paragraphs: string[] = [];
  for (const block of doc.querySelectorAll(BLOCKS)) {
    if (block.parentElement?.closest(BLOCKS)) continue;
    const text = (block.textContent ?? '').replace(/\s+/gu, ' ').trim();
    if (text) paragraphs.push(text);
  }
  return paragraphs.join('\n\n');
}

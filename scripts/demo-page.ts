import { readdir, readFile } from 'node:fs/promises';
import { compileSource } from '../lib/knowledge/compile';
import { formatDate } from '../lib/knowledge/format-date';
import { readSourceFile } from './source-files';

const TEMPLATE = new URL('./demo/news-article.html', import.meta.url);
const SOURCES = new URL('../sources/', import.meta.url);

export interface DemoArticle {
  title: string;
  publisher: string;
  date?: string;
  paragraphs: string[];
}

/** The first bundled source, as an article: its citation and its paragraphs. */
export async function bundledArticle(): Promise<DemoArticle> {
  const [file] = (await readdir(SOURCES)).filter((f) => f.endsWith('.txt')).sort();
  if (!file) throw new Error('No bundled source in sources/');
  const input = readSourceFile(file, await readFile(new URL(file, SOURCES), 'utf8'));
  const { title, publisher, date } = compileSource(input).sources[0]!;
  const paragraphs = input.text
    .slice(input.bodyStart)
    .split(/\n\s*\n/u)
    .map((p) => p.trim())
    .filter(Boolean);
  return { title, publisher, ...(date ? { date } : {}), paragraphs };
}

/** Paragraphs as HTML, their text escaped. */
export function paragraphsHtml(paragraphs: string[]): string {
  return paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
}

/** The demo article page: the first bundled source's text in a news site's layout. */
export async function renderDemoPage(): Promise<string> {
  const { title, publisher, date, paragraphs } = await bundledArticle();
  const fill: Record<string, string> = {
    HEADLINE: escapeHtml(title),
    PUBLISHER: escapeHtml(publisher),
    DATE_ISO: date ?? '',
    DATE_TEXT: date ? formatDate(date) : '',
    ARTICLE_PARAGRAPHS: paragraphsHtml(paragraphs),
  };
  const template = await readFile(TEMPLATE, 'utf8');
  return template.replace(/\{\{([A-Z_]+)\}\}/gu, (whole, key: string) => fill[key] ?? whole);
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (ch) => `&#${ch.charCodeAt(0)};`);
}

import { readdir, readFile } from 'node:fs/promises';
import { compileSource } from '../lib/knowledge/compile';
import { formatDate } from '../lib/knowledge/format-date';
import { readSourceFile } from './source-files';

const TEMPLATE = new URL('./demo/news-article.html', import.meta.url);
const SOURCES = new URL('../sources/', import.meta.url);

/** The demo article page: the first bundled source's text in a news site's layout. */
export async function renderDemoPage(): Promise<string> {
  const [file] = (await readdir(SOURCES)).filter((f) => f.endsWith('.txt')).sort();
  if (!file) throw new Error('No bundled source in sources/');
  const input = readSourceFile(file, await readFile(new URL(file, SOURCES), 'utf8'));
  const { title, publisher, date } = compileSource(input).sources[0]!;
  const body = input.text.slice(input.bodyStart);
  const paragraphs = body
    .split(/\n\s*\n/u)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('\n');
  const fill: Record<string, string> = {
    HEADLINE: escapeHtml(title),
    PUBLISHER: escapeHtml(publisher),
    DATE_ISO: date ?? '',
    DATE_TEXT: date ? formatDate(date) : '',
    ARTICLE_PARAGRAPHS: paragraphs,
  };
  const template = await readFile(TEMPLATE, 'utf8');
  return template.replace(/\{\{([A-Z_]+)\}\}/gu, (whole, key: string) => fill[key] ?? whole);
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (ch) => `&#${ch.charCodeAt(0)};`);
}

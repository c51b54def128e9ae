import type { Quote } from './knowledge/types';

/** The source viewer's address for a source, scrolled to a quoted passage when one is given. */
export function sourceViewerPath(sourceId: string, quote?: Pick<Quote, 'start' | 'end'>): string {
  const query = new URLSearchParams({ source: sourceId });
  if (quote) {
    query.set('start', String(quote.start));
    query.set('end', String(quote.end));
  }
  return `source.html?${query}`;
}

/** What a source viewer address asks for. */
export function readSourceViewerQuery(search: string): { sourceId: string; quote?: { start: number; end: number } } | undefined {
  const query = new URLSearchParams(search);
  const sourceId = query.get('source');
  if (!sourceId) return undefined;
  const start = Number(query.get('start'));
  const end = Number(query.get('end'));
  const quote = query.has('start') && Number.isInteger(start) && Number.isInteger(end) && end > start ? { start, end } : undefined;
  return { sourceId, ...(quote ? { quote } : {}) };
}

import { formatDate } from '../lib/knowledge/format-date';
import type { Citation as SourceCitation } from '../lib/knowledge/views';

/** "Shafaq News, 4 Aug 2024 — Blinken delivered a strong warning…": where a fact comes from. */
export function Citation({ source }: { source: SourceCitation | undefined }) {
  if (!source) return null;
  return (
    <cite class="bs-citation">
      {source.publisher}
      {source.date ? `, ${formatDate(source.date)}` : ''} — <span class="bs-citation-title">{source.title}</span>
    </cite>
  );
}

import { formatDate } from '../lib/knowledge/format-date';
import type { Citation as SourceCitation } from '../lib/knowledge/views';

interface CitationProps {
  source: SourceCitation | undefined;
  /** Opens the source (at the cited passage); without it the citation is plain text. */
  onOpen?: (() => void) | undefined;
}

/** "Shafaq News, 4 Aug 2024": who published a source, and when. */
export function publishedBy(source: SourceCitation): string {
  return source.date ? `${source.publisher}, ${formatDate(source.date)}` : source.publisher;
}

/** "Shafaq News, 4 Aug 2024 — Blinken delivered a strong warning…": where a fact comes from. */
export function Citation({ source, onOpen }: CitationProps) {
  if (!source) return null;
  const text = (
    <>
      {publishedBy(source)} — <span class="bs-citation-title">{source.title}</span>
    </>
  );
  return (
    <cite class="bs-citation">
      {onOpen ? (
        <button type="button" class="bs-link bs-citation-link" onClick={onOpen}>
          {text}
        </button>
      ) : (
        text
      )}
    </cite>
  );
}

/** A numbered reference to a source ("[1]"), opening it at the passage. */
export function SourceRef({ number, label, onOpen }: { number: number; label: string; onOpen?: (() => void) | undefined }) {
  return onOpen ? (
    <button type="button" class="bs-ref" aria-label={label} title={label} onClick={onOpen}>
      {number}
    </button>
  ) : (
    <sup class="bs-ref" title={label}>
      {number}
    </sup>
  );
}

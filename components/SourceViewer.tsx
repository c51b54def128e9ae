import { useEffect, useMemo, useRef } from 'preact/hooks';
import { t } from '../lib/i18n';
import { formatDate } from '../lib/knowledge/format-date';
import type { SourceDocument } from '../lib/knowledge/types';
import { sourceParagraphs } from '../lib/source-paragraphs';
import { timelinePath } from '../lib/timeline-filter';

interface SourceViewerProps {
  /** Undefined while loading, null when there is no such source. */
  source: SourceDocument | null | undefined;
  /** The cited passage, [start, end) in the source's text. */
  quote?: { start: number; end: number } | undefined;
}

/**
 * A source document: its citation, then its text with the cited passage
 * marked and scrolled to. The text is untrusted and only ever rendered as text.
 */
export function SourceViewer({ source, quote }: SourceViewerProps) {
  return (
    <div class="bs-src-page">
      <header class="bs-src-bar">
        <a href={timelinePath()}>
          <span aria-hidden="true">← </span>
          {t('sourceBack')}
        </a>
      </header>
      {source === undefined ? (
        <main class="bs-src-main">
          <p class="bs-src-notice" role="status">
            {t('sourceLoading')}
          </p>
        </main>
      ) : source === null ? (
        <main class="bs-src-main">
          <h1 class="bs-src-title">{t('sourceTitle')}</h1>
          <p class="bs-src-notice" role="alert">
            {t('sourceMissing')}
          </p>
        </main>
      ) : (
        <SourceDocumentView source={source} quote={quote} />
      )}
    </div>
  );
}

function SourceDocumentView({ source, quote }: { source: SourceDocument; quote: SourceViewerProps['quote'] }) {
  const paragraphs = useMemo(() => sourceParagraphs(source.text, source.bodyStart, quote), [source, quote]);
  const cited = useRef<HTMLElement>(null);
  const hasCited = paragraphs.some((p) => p.pieces.some((piece) => piece.cited));
  const reveal = (focus: boolean) => {
    const mark = cited.current;
    if (!mark) return;
    mark.scrollIntoView({ block: 'center' });
    // Screen readers go on from the focus: start them at the passage.
    if (focus) mark.focus({ preventScroll: true });
  };
  useEffect(() => reveal(false), [paragraphs]);
  let first = true;
  return (
    <main class="bs-src-main">
      <header class="bs-src-header">
        <p class="bs-src-kicker">{t('sourceTitle')}</p>
        <h1 class="bs-src-title">{source.title}</h1>
        <p class="bs-src-meta">
          {source.publisher}
          {source.date && (
            <>
              {', '}
              <time dateTime={source.date}>{formatDate(source.date)}</time>
            </>
          )}
        </p>
        {source.url && <SourceUrl url={source.url} />}
        {hasCited && (
          <button type="button" class="bs-src-jump" onClick={() => reveal(true)}>
            {t('sourceJump')}
          </button>
        )}
      </header>
      <article class="bs-src-text" aria-label={source.title}>
        {paragraphs.map((paragraph) => (
          <p key={paragraph.start}>
            {paragraph.pieces.map((piece) => {
              if (!piece.cited) return piece.text;
              const ref = first ? cited : undefined;
              first = false;
              return (
                <mark key={piece.start} ref={ref} tabIndex={ref ? -1 : undefined} class="bs-src-cited">
                  {piece.text}
                </mark>
              );
            })}
          </p>
        ))}
      </article>
    </main>
  );
}

/** The original's address: a link only when it is https, never sending where it came from. */
function SourceUrl({ url }: { url: string }) {
  let safe: string | undefined;
  try {
    safe = new URL(url).protocol === 'https:' ? url : undefined;
  } catch {
    safe = undefined;
  }
  return (
    <p class="bs-src-url">
      {t('sourceOriginal')}:{' '}
      {safe ? (
        <a href={safe} rel="noreferrer">
          {url}
        </a>
      ) : (
        <span>{url}</span>
      )}
    </p>
  );
}

import type { PageReport } from '../lib/messaging';
import type { TimelineView } from '../lib/knowledge/views';
import { MentionList } from './MentionList';
import { Timeline } from './Timeline';

export type PageState =
  | { kind: 'loading' }
  | { kind: 'restricted' }
  | { kind: 'not-loaded' }
  | { kind: 'ready'; report: PageReport };

interface PopupViewProps {
  page: PageState;
  timeline: TimelineView | undefined;
  onReload(): void;
}

/** The toolbar popup: what this page mentions, and the timeline. */
export function PopupView({ page, timeline, onReload }: PopupViewProps) {
  return (
    <main class="bs-popup">
      <header class="bs-popup-head">
        <img src="/icon/32.png" width={20} height={20} alt="" />
        <h1>Backstory</h1>
      </header>
      <section class="bs-section" aria-labelledby="on-this-page">
        <h3 id="on-this-page">On this page</h3>
        <PageSection page={page} timeline={timeline} onReload={onReload} />
      </section>
      <section class="bs-section" aria-labelledby="timeline">
        <h3 id="timeline">Timeline</h3>
        {timeline ? <Timeline events={timeline.events} names={timeline.names} citations={timeline.citations} /> : <p class="bs-empty">Loading…</p>}
      </section>
    </main>
  );
}

function PageSection({ page, timeline, onReload }: PopupViewProps) {
  switch (page.kind) {
    case 'loading':
      return <p class="bs-empty">Reading this page…</p>;
    case 'restricted':
      return <p class="bs-notice">Browsers don’t let extensions read this kind of page (browser settings, extension stores, PDF viewer).</p>;
    case 'not-loaded':
      return (
        <p class="bs-notice">
          Backstory isn’t running on this page yet: it was open before Backstory was installed or updated.{' '}
          <button type="button" class="bs-button" onClick={onReload}>
            Reload page
          </button>
        </p>
      );
    case 'ready': {
      if (page.report.state === 'off') return <p class="bs-empty">Backstory is off here.</p>;
      if (page.report.state === 'no-article') return <p class="bs-empty">No article found on this page, so nothing is highlighted.</p>;
      const mentions = page.report.mentions.flatMap(({ entityId, count }) => {
        const entity = timeline?.names[entityId];
        return entity ? [{ entity, count }] : [];
      });
      return <MentionList mentions={mentions} />;
    }
  }
}

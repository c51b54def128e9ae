import { useState } from 'preact/hooks';
import { eventCount, t } from '../lib/i18n';
import type { EntityType, Quote } from '../lib/knowledge/types';
import type { TimelineView } from '../lib/knowledge/views';
import type { PageReport } from '../lib/messaging';
import { ENTITY_TYPES, eventEntityIds, filterEvents, NO_FILTER, type TimelineFilter } from '../lib/timeline-filter';
import { AddSourcePanel, type AddSourceState, type SourceEdits } from './AddSourcePanel';
import { MentionList } from './MentionList';
import { Timeline } from './Timeline';
import { TYPE_GROUP_LABELS } from './TypeBadge';

export type PageState =
  | { kind: 'loading' }
  | { kind: 'restricted' }
  | { kind: 'not-loaded' }
  | { kind: 'ready'; report: PageReport };

export interface PopupActions {
  reload(): void;
  reveal(entityId: string): void;
  step(direction: 1 | -1): void;
  setSiteOff(off: boolean): void;
  setPaused(paused: boolean): void;
  openTimeline(filter: TimelineFilter): void;
  openSource(sourceId: string, quote: Quote): void;
  openOptions(): void;
  addSource: {
    start(): void;
    setDate(date: string): void;
    confirm(edits: SourceEdits): void;
    cancel(): void;
  };
}

interface PopupViewProps {
  page: PageState;
  timeline: TimelineView | undefined;
  /** The page's site, when Backstory can run on it. */
  site: string | undefined;
  siteOff: boolean;
  paused: boolean;
  /** Adding this page as a source; undefined where a page cannot be added (browser pages, private windows). */
  adding: AddSourceState | undefined;
  /** The page is in a private window: it is never added. */
  privateWindow: boolean;
  actions: PopupActions;
}

/** The toolbar popup: what this page mentions, the timeline, and the switches for this site and everywhere. */
export function PopupView({ page, timeline, site, siteOff, paused, adding, privateWindow, actions }: PopupViewProps) {
  return (
    <main class="bs-popup">
      <header class="bs-popup-head">
        <img src="/icon/32.png" width={20} height={20} alt="" />
        <h1>Backstory</h1>
        <button type="button" class="bs-link bs-options-link" onClick={actions.openOptions}>
          {t('popupOptions')}
        </button>
      </header>
      <div class="bs-switches">
        {/* Turning a site off stores its name: nothing is kept from private windows. */}
        {site && !privateWindow && (
          <label class="bs-switch">
            <input type="checkbox" checked={siteOff} onChange={(e) => actions.setSiteOff(e.currentTarget.checked)} />
            {t('popupSiteOff')} <span class="bs-site">({site})</span>
          </label>
        )}
        <label class="bs-switch">
          <input type="checkbox" checked={paused} onChange={(e) => actions.setPaused(e.currentTarget.checked)} />
          {t('popupPause')}
        </label>
      </div>
      <section class="bs-section" aria-labelledby="bs-on-this-page">
        <div class="bs-section-head">
          <h3 id="bs-on-this-page">{t('popupOnThisPage')}</h3>
          {page.kind === 'ready' && page.report.mentions.length > 0 && (
            <span class="bs-steps">
              <button type="button" class="bs-tool" aria-label={t('popupPrevious')} title={t('popupPrevious')} onClick={() => actions.step(-1)}>
                ‹
              </button>
              <button type="button" class="bs-tool" aria-label={t('popupNext')} title={t('popupNext')} onClick={() => actions.step(1)}>
                ›
              </button>
            </span>
          )}
        </div>
        <PageSection page={page} timeline={timeline} paused={paused} actions={actions} />
        {privateWindow ? (
          <p class="bs-empty">{t('popupAddPrivate')}</p>
        ) : (
          adding && <AddSourcePanel state={adding} {...actions.addSource} />
        )}
      </section>
      <TimelineSection page={page} timeline={timeline} actions={actions} />
    </main>
  );
}

function PageSection({ page, timeline, paused, actions }: Pick<PopupViewProps, 'page' | 'timeline' | 'paused' | 'actions'>) {
  switch (page.kind) {
    case 'loading':
      return <p class="bs-empty">{t('popupReading')}</p>;
    case 'restricted':
      return <p class="bs-notice">{t('popupRestricted')}</p>;
    case 'not-loaded':
      return (
        <p class="bs-notice">
          {t('popupNotLoaded')}{' '}
          <button type="button" class="bs-button" onClick={actions.reload}>
            {t('popupReload')}
          </button>
        </p>
      );
    case 'ready': {
      if (page.report.state === 'off') return <p class="bs-empty">{paused ? t('popupPaused') : t('popupOff')}</p>;
      if (page.report.state === 'no-article') return <p class="bs-empty">{t('popupNoArticle')}</p>;
      const mentions = page.report.mentions.flatMap(({ entityId, count }) => {
        const entity = timeline?.names[entityId];
        return entity ? [{ entity, count }] : [];
      });
      return <MentionList mentions={mentions} onReveal={actions.reveal} />;
    }
  }
}

function TimelineSection({ page, timeline, actions }: Pick<PopupViewProps, 'page' | 'timeline' | 'actions'>) {
  const [filter, setFilter] = useState<TimelineFilter>(NO_FILTER);
  const [onlyThisPage, setOnlyThisPage] = useState(false);
  if (!timeline) return null;
  const onPage = new Set(page.kind === 'ready' ? page.report.mentions.map((m) => m.entityId) : []);
  const shown = filterEvents(timeline, filter).filter((e) => !onlyThisPage || eventEntityIds(e).some((id) => onPage.has(id)));
  const entities = Object.values(timeline.names).sort((a, b) => a.name.localeCompare(b.name));
  return (
    <section class="bs-section" aria-labelledby="bs-timeline">
      <div class="bs-section-head">
        <h3 id="bs-timeline">{t('popupTimeline')}</h3>
        <button type="button" class="bs-link" onClick={() => actions.openTimeline(filter)}>
          {t('popupOpenTimeline')}
        </button>
      </div>
      <div class="bs-filters">
        <label>
          {t('popupFilterEntity')}
          <select value={filter.entity ?? ''} onChange={(e) => setFilter({ ...filter, entity: e.currentTarget.value || undefined })}>
            <option value="">{t('popupFilterAll')}</option>
            {entities.map((e) => (
              <option key={e.id} value={e.id}>
                {e.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('popupFilterType')}
          <select value={filter.type ?? ''} onChange={(e) => setFilter({ ...filter, type: (e.currentTarget.value || undefined) as EntityType | undefined })}>
            <option value="">{t('popupFilterAll')}</option>
            {ENTITY_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(TYPE_GROUP_LABELS[type])}
              </option>
            ))}
          </select>
        </label>
        <label class="bs-switch">
          <input type="checkbox" checked={onlyThisPage} onChange={(e) => setOnlyThisPage(e.currentTarget.checked)} />
          {t('popupFilterThisPage')}
        </label>
      </div>
      <p class="bs-visually-hidden" aria-live="polite">
        {eventCount(shown.length)}
      </p>
      <Timeline
        events={shown}
        names={timeline.names}
        citations={timeline.citations}
        onSelectEntity={(id) => setFilter({ ...filter, entity: id })}
        onOpenSource={actions.openSource}
      />
    </section>
  );
}

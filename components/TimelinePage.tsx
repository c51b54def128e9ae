import { useMemo } from 'preact/hooks';
import { eventCount, t } from '../lib/i18n';
import type { TimelineView } from '../lib/knowledge/views';
import { citedSources, entityIndex, filterEvents, isFiltered, type TimelineFilter } from '../lib/timeline-filter';
import { TimelineEvents } from './TimelineEvents';
import type { FilterChange } from './TimelineFilterLink';
import { ClearFilters, TimelineFilters } from './TimelineFilters';
import { TimelineIndex } from './TimelineIndex';

interface TimelinePageProps {
  /** Undefined while loading, null if it could not be loaded. */
  view: TimelineView | null | undefined;
  filter: TimelineFilter;
  /** `replace`: the change is a keystroke in the search box, not a step to come back to. */
  onFilterChange: FilterChange;
}

/** The whole knowledge as a timeline: search and filters, events by date, and an index of names. */
export function TimelinePage({ view, filter, onFilterChange }: TimelinePageProps) {
  const index = useMemo(() => (view ? entityIndex(view) : { person: [], organization: [], place: [] }), [view]);
  const sources = useMemo(() => (view ? citedSources(view) : []), [view]);
  const shown = useMemo(() => (view ? filterEvents(view, filter) : []), [view, filter]);
  const total = view?.events.length ?? 0;
  const listed = filter.entity && Object.values(index).some((entries) => entries.some((e) => e.entity.id === filter.entity));
  const extraEntity = filter.entity && !listed ? (view?.names[filter.entity] ?? { id: filter.entity, name: filter.entity, type: 'person' as const }) : undefined;

  const status = view === undefined ? t('timelineLoading') : view === null ? t('timelineUnavailable') : shown.length === total ? eventCount(total) : t('timelineEventsShown', shown.length, total);

  return (
    <div class="bs-tl-page">
      <header class="bs-tl-header">
        <h1>
          <img src="/icon/32.png" width={24} height={24} alt="" />
          {t('timelineTitle')}
        </h1>
        <TimelineFilters filter={filter} onFilterChange={onFilterChange} index={index} sources={sources} extraEntity={extraEntity} />
      </header>
      <div class="bs-tl-layout">
        <main class="bs-tl-main" aria-labelledby="bs-tl-events-heading">
          <h2 id="bs-tl-events-heading" class="bs-visually-hidden">
            {t('timelineEventsHeading')}
          </h2>
          <p class="bs-tl-status" role="status" aria-live="polite" aria-atomic="true">
            {status}
          </p>
          {view && shown.length > 0 && (
            <TimelineEvents events={shown} names={view.names} citations={view.citations} filter={filter} onFilterChange={onFilterChange} />
          )}
          {view && !shown.length && (
            <p class="bs-tl-empty">
              {total ? t('timelineEmpty') : t('timelineNoEvents')}{' '}
              {isFiltered(filter) && <ClearFilters onFilterChange={onFilterChange} />}
            </p>
          )}
        </main>
        {view && <TimelineIndex index={index} filter={filter} onFilterChange={onFilterChange} />}
      </div>
    </div>
  );
}

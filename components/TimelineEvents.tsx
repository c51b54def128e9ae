import { t } from '../lib/i18n';
import type { TimelineEvent } from '../lib/knowledge/types';
import type { Citation, EntityRef } from '../lib/knowledge/views';
import { sourceViewerPath } from '../lib/source-link';
import { groupByDate, machineDate, type TimelineFilter } from '../lib/timeline-filter';
import { publishedBy } from './Citation';
import { TimelineFilterLink, type FilterChange } from './TimelineFilterLink';

interface TimelineEventsProps {
  /** Newest first. */
  events: TimelineEvent[];
  names: Record<string, EntityRef>;
  citations: Record<string, Citation>;
  filter: TimelineFilter;
  onFilterChange: FilterChange;
}

/** Events under their dates, newest first, each with its names, places and source. */
export function TimelineEvents({ events, ...rest }: TimelineEventsProps) {
  return (
    <ol class="bs-tl-groups">
      {groupByDate(events).map((group) => (
        <li key={group.key} class="bs-tl-group">
          <h3 class="bs-tl-date">
            <time dateTime={machineDate(group.when)}>{group.label}</time>
          </h3>
          <ol class="bs-tl-events">
            {group.events.map((event) => (
              <TimelineEventItem key={event.id} event={event} {...rest} />
            ))}
          </ol>
        </li>
      ))}
    </ol>
  );
}

function TimelineEventItem({ event, names, citations, filter, onFilterChange }: Omit<TimelineEventsProps, 'events'> & { event: TimelineEvent }) {
  const entities = event.entityIds.flatMap((id) => (names[id] ? [names[id]] : []));
  const places = event.placeIds.flatMap((id) => (names[id] ? [names[id]] : []));
  const links = (refs: EntityRef[]) =>
    refs.map((entity) => (
      <li key={entity.id}>
        <TimelineFilterLink
          to={{ ...filter, entity: entity.id }}
          onFilterChange={onFilterChange}
          class={`bs-tl-chip bs-tl-chip-${entity.type}`}
          title={t('timelineShowEntity', entity.name)}
          aria-current={filter.entity === entity.id ? 'true' : undefined}
        >
          {entity.name}
        </TimelineFilterLink>
      </li>
    ));
  return (
    <li class="bs-tl-event">
      <p class="bs-tl-summary">{event.summary}</p>
      {entities.length > 0 && (
        <div class="bs-tl-names">
          <span class="bs-visually-hidden">{t('timelineNames')}: </span>
          <ul class="bs-tl-chips">{links(entities)}</ul>
        </div>
      )}
      {places.length > 0 && (
        <div class="bs-tl-names bs-tl-places">
          <span class="bs-tl-label">{t('timelinePlaces')}: </span>
          <ul class="bs-tl-chips">{links(places)}</ul>
        </div>
      )}
      <TimelineCitation event={event} source={citations[event.quote.sourceId]} />
    </li>
  );
}

/** "Shafaq News, 4 Aug 2024 — Blinken delivered…", the title a link to the quoted sentence in the source viewer. */
function TimelineCitation({ event, source }: { event: TimelineEvent; source: Citation | undefined }) {
  const href = sourceViewerPath(event.quote.sourceId, event.quote);
  return (
    <p class="bs-tl-citation">
      <cite>
        {source && (
          <>
            {publishedBy(source)}
            {' — '}
          </>
        )}
        <a class="bs-tl-source-link" href={href} title={t('timelineOpenSource')}>
          {source?.title ?? t('sourceTitle')}
        </a>
      </cite>
    </p>
  );
}

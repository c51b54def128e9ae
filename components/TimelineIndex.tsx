import { eventCount, t } from '../lib/i18n';
import type { EntityType } from '../lib/knowledge/types';
import { ENTITY_TYPES, type IndexEntry, type TimelineFilter } from '../lib/timeline-filter';
import { TimelineFilterLink, type FilterChange } from './TimelineFilterLink';
import { TYPE_GROUP_LABELS } from './TypeBadge';

interface TimelineIndexProps {
  index: Record<EntityType, IndexEntry[]>;
  filter: TimelineFilter;
  onFilterChange: FilterChange;
}

/** People, organizations and places with their number of events; a name filters the timeline to it. */
export function TimelineIndex({ index, filter, onFilterChange }: TimelineIndexProps) {
  const types = ENTITY_TYPES.filter((type) => index[type].length && (!filter.type || filter.type === type));
  return (
    <aside class="bs-tl-index" aria-labelledby="bs-tl-index-heading">
      <h2 id="bs-tl-index-heading">{t('timelineIndex')}</h2>
      {types.map((type) => (
        <section key={type} class="bs-tl-index-type" aria-labelledby={`bs-tl-index-${type}`}>
          <h3 id={`bs-tl-index-${type}`}>{t(TYPE_GROUP_LABELS[type])}</h3>
          <ul>
            {index[type].map(({ entity, count }) => {
              const current = filter.entity === entity.id;
              return (
                <li key={entity.id}>
                  <TimelineFilterLink
                    to={current ? { ...filter, entity: undefined } : { ...filter, entity: entity.id }}
                    onFilterChange={onFilterChange}
                    class={`bs-tl-index-link bs-tl-index-${type}`}
                    aria-current={current ? 'true' : undefined}
                    aria-label={`${entity.name}, ${eventCount(count)}`}
                  >
                    <span class="bs-tl-index-name">{entity.name}</span>
                    <span class="bs-count" aria-hidden="true">
                      {count}
                    </span>
                  </TimelineFilterLink>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </aside>
  );
}

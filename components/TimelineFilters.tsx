import { t } from '../lib/i18n';
import type { EntityType } from '../lib/knowledge/types';
import type { EntityRef } from '../lib/knowledge/views';
import { ENTITY_TYPES, isFiltered, NO_FILTER, type IndexEntry, type TimelineFilter } from '../lib/timeline-filter';
import type { FilterChange } from './TimelineFilterLink';
import { TYPE_GROUP_LABELS, TYPE_LABELS } from './TypeBadge';

const SEARCH_ID = 'bs-tl-q';

interface TimelineFiltersProps {
  filter: TimelineFilter;
  onFilterChange: FilterChange;
  index: Record<EntityType, IndexEntry[]>;
  sources: { id: string; title: string; publisher: string }[];
  /** An entity the address asks for that the index does not list. */
  extraEntity?: EntityRef | undefined;
}

/** Search box and filters by type, name and source, each with its label. */
export function TimelineFilters({ filter, onFilterChange, index, sources, extraEntity }: TimelineFiltersProps) {
  const set = (change: Partial<TimelineFilter>, replace = false) => onFilterChange({ ...filter, ...change }, { replace });
  const orNone = (value: string) => value || undefined;
  const unknownSource = filter.source && !sources.some((source) => source.id === filter.source) ? filter.source : undefined;
  return (
    <form class="bs-tl-filters" role="search" aria-label={t('timelineFilters')} onSubmit={(event) => event.preventDefault()}>
      <div class="bs-tl-field bs-tl-field-search">
        <label for={SEARCH_ID}>{t('timelineSearch')}</label>
        <input
          id={SEARCH_ID}
          type="search"
          autoComplete="off"
          spellcheck={false}
          value={filter.q}
          onInput={(event) => set({ q: event.currentTarget.value }, true)}
        />
      </div>
      <div class="bs-tl-field">
        <label for="bs-tl-type">{t('timelineTypeFilter')}</label>
        <select id="bs-tl-type" value={filter.type ?? ''} onChange={(event) => set({ type: orNone(event.currentTarget.value) as EntityType | undefined })}>
          <option value="">{t('timelineAny')}</option>
          {ENTITY_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(TYPE_LABELS[type])}
            </option>
          ))}
        </select>
      </div>
      <div class="bs-tl-field">
        <label for="bs-tl-entity">{t('timelineEntityFilter')}</label>
        <select id="bs-tl-entity" value={filter.entity ?? ''} onChange={(event) => set({ entity: orNone(event.currentTarget.value) })}>
          <option value="">{t('timelineAny')}</option>
          {extraEntity && <option value={extraEntity.id}>{extraEntity.name}</option>}
          {ENTITY_TYPES.filter((type) => index[type].length).map((type) => (
            <optgroup key={type} label={t(TYPE_GROUP_LABELS[type])}>
              {index[type].map(({ entity }) => (
                <option key={entity.id} value={entity.id}>
                  {entity.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <div class="bs-tl-field">
        <label for="bs-tl-source">{t('timelineSourceFilter')}</label>
        <select id="bs-tl-source" value={filter.source ?? ''} onChange={(event) => set({ source: orNone(event.currentTarget.value) })}>
          <option value="">{t('timelineAny')}</option>
          {unknownSource && <option value={unknownSource}>{unknownSource}</option>}
          {sources.map((source) => (
            <option key={source.id} value={source.id}>
              {source.title} ({source.publisher})
            </option>
          ))}
        </select>
      </div>
      {isFiltered(filter) && <ClearFilters onFilterChange={onFilterChange} />}
    </form>
  );
}

/** Takes every filter off. The button goes with the filters: the focus goes to the search box, not to the top of the page. */
export function ClearFilters({ onFilterChange }: { onFilterChange: FilterChange }) {
  return (
    <button
      type="button"
      class="bs-tl-clear"
      onClick={() => {
        onFilterChange(NO_FILTER);
        document.getElementById(SEARCH_ID)?.focus();
      }}
    >
      {t('timelineClear')}
    </button>
  );
}

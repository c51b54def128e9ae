/**
 * What the timeline page shows: the events that pass its filters (search,
 * type, entity, source), grouped by date, and the entity index beside them.
 * The filter lives in the page's address, so links and reloads keep it.
 */
import { formatEventDate } from './knowledge/format-date';
import type { EntityType, EventDate, TimelineEvent } from './knowledge/types';
import type { EntityRef, TimelineView } from './knowledge/views';

export const ENTITY_TYPES: readonly EntityType[] = ['person', 'organization', 'place'];

export interface TimelineFilter {
  /** Free text: every word must be found in the event's names or text. */
  q: string;
  /** Only events that involve an entity of this type. */
  type?: EntityType | undefined;
  /** Only events that involve this entity (person, organization or place). */
  entity?: string | undefined;
  /** Only events cited to this source. */
  source?: string | undefined;
}

export const NO_FILTER: TimelineFilter = { q: '' };

/** Case, accents, hyphens and typographic quotes folded away: "Al-Súdani’s" → "al sudani's". */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[‘’ʼ`]/gu, "'")
    .replace(/[-‐‑‒–—]/gu, ' ')
    .replace(/\s+/gu, ' ');
}

/** The filter a timeline address asks for (`?entity=antony-blinken&q=warning`); unknown values are dropped. */
export function parseTimelineQuery(search: string): TimelineFilter {
  const query = new URLSearchParams(search);
  const type = query.get('type');
  const entity = query.get('entity');
  const source = query.get('source');
  return {
    q: query.get('q') ?? '',
    ...(type && (ENTITY_TYPES as string[]).includes(type) ? { type: type as EntityType } : {}),
    ...(entity ? { entity } : {}),
    ...(source ? { source } : {}),
  };
}

/** The query part of the address for a filter, `""` when nothing is filtered. */
export function timelineQuery(filter: TimelineFilter): string {
  const query = new URLSearchParams();
  if (filter.entity) query.set('entity', filter.entity);
  if (filter.type) query.set('type', filter.type);
  if (filter.source) query.set('source', filter.source);
  if (filter.q.trim()) query.set('q', filter.q);
  const text = query.toString();
  return text ? `?${text}` : '';
}

/** The timeline page's address for a filter, relative to the extension's root. */
export function timelinePath(filter: TimelineFilter = NO_FILTER): string {
  return `timeline.html${timelineQuery(filter)}`;
}

export function isFiltered(filter: TimelineFilter): boolean {
  return Boolean(filter.q.trim() || filter.type || filter.entity || filter.source);
}

/** The entities an event involves, its places included. */
export function eventEntityIds(event: TimelineEvent): string[] {
  return [...event.entityIds, ...event.placeIds];
}

/** The events that pass the filter, in the view's order (newest first). */
export function filterEvents(view: TimelineView, filter: TimelineFilter): TimelineEvent[] {
  const terms = fold(filter.q).split(' ').filter(Boolean);
  return view.events.filter((event) => {
    const ids = eventEntityIds(event);
    if (filter.entity && !ids.includes(filter.entity)) return false;
    if (filter.source && event.quote.sourceId !== filter.source) return false;
    if (filter.type && !ids.some((id) => view.names[id]?.type === filter.type)) return false;
    if (!terms.length) return true;
    const haystack = fold([event.summary, event.quote.text, ...ids.map((id) => view.names[id]?.name ?? '')].join(' \n '));
    return terms.every((term) => haystack.includes(term));
  });
}

export interface DateGroup {
  /** Same key, same date as shown: date, precision and relation. */
  key: string;
  when: EventDate;
  /** "4 Aug 2024", "before 4 Aug 2024", "Aug 2024". */
  label: string;
  events: TimelineEvent[];
}

/** Events under their dates, in the order the dates first come (newest first for a view's events). */
export function groupByDate(events: TimelineEvent[]): DateGroup[] {
  const groups = new Map<string, DateGroup>();
  for (const event of events) {
    const key = `${event.when.relation}:${event.when.date}:${event.when.precision}`;
    const group = groups.get(key);
    if (group) group.events.push(event);
    else groups.set(key, { key, when: event.when, label: formatEventDate(event.when), events: [event] });
  }
  return [...groups.values()];
}

/** A date as an HTML `datetime` at its precision: "2024-08-04", "2024-08", "2024". */
export function machineDate(when: EventDate): string {
  return when.date.slice(0, when.precision === 'day' ? 10 : when.precision === 'month' ? 7 : 4);
}

export interface IndexEntry {
  entity: EntityRef;
  /** How many events of the whole timeline involve it. */
  count: number;
}

const byName = new Intl.Collator('en', { sensitivity: 'base' });

/** The entities that have events, by type, alphabetically, each with its number of events. */
export function entityIndex(view: TimelineView): Record<EntityType, IndexEntry[]> {
  const counts = new Map<string, number>();
  for (const event of view.events) {
    for (const id of new Set(eventEntityIds(event))) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const index: Record<EntityType, IndexEntry[]> = { person: [], organization: [], place: [] };
  for (const [id, count] of counts) {
    const entity = view.names[id];
    if (entity) index[entity.type].push({ entity, count });
  }
  for (const type of ENTITY_TYPES) index[type].sort((a, b) => byName.compare(a.entity.name, b.entity.name));
  return index;
}

/** The sources the timeline's events are cited to, by title. */
export function citedSources(view: TimelineView): { id: string; title: string; publisher: string }[] {
  const ids = new Set(view.events.map((e) => e.quote.sourceId));
  return [...ids]
    .flatMap((id) => {
      const source = view.citations[id];
      return source ? [{ id, title: source.title, publisher: source.publisher }] : [];
    })
    .sort((a, b) => byName.compare(a.title, b.title));
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EntityType, EventDate, TimelineEvent } from '../../lib/knowledge/types';
import type { EntityRef, TimelineView } from '../../lib/knowledge/views';
import {
  citedSources,
  entityIndex,
  filterEvents,
  fold,
  groupByDate,
  isFiltered,
  machineDate,
  parseTimelineQuery,
  timelinePath,
  timelineQuery,
  type TimelineFilter,
} from '../../lib/timeline-filter';

const ref = (id: string, name: string, type: EntityType): EntityRef => ({ id, name, type });
const names = Object.fromEntries(
  [
    ref('jose-marti', 'José Martí', 'person'),
    ref('anna-muller', 'Anna Müller', 'person'),
    ref('helvion', 'Helvion AG', 'organization'),
    ref('zurich', 'Zürich', 'place'),
    ref('havana', 'Havana', 'place'),
    ref('nobody', 'Nobody Atall', 'person'),
  ].map((r) => [r.id, r]),
);

let n = 0;
function event(when: Partial<EventDate> & { date: string }, summary: string, entityIds: string[], placeIds: string[] = [], sourceId = 's1'): TimelineEvent {
  n += 1;
  return {
    id: `e${n}`,
    when: { precision: 'day', relation: 'on', ...when },
    summary,
    entityIds,
    placeIds,
    quote: { sourceId, start: n * 10, end: n * 10 + 5, text: `${summary}, the source said.` },
  };
}

// Newest first, as a TimelineView has them.
const events = [
  event({ date: '2024-08-04', relation: 'after' }, 'Helvion AG will close its Zürich plant', ['helvion'], ['zurich'], 's2'),
  event({ date: '2024-08-04' }, 'Anna Müller signed the deal', ['anna-muller', 'helvion'], [], 's2'),
  event({ date: '2024-08-04' }, 'The board approved the merger', ['helvion'], ['zurich'], 's2'),
  event({ date: '2024-08-04', relation: 'before' }, 'A warning was sent to the board', ['anna-muller']),
  event({ date: '2023-05-01', precision: 'month' }, 'José Martí spoke in Havana', ['jose-marti'], ['havana']),
  event({ date: '2019-01-01', precision: 'year' }, 'The company was founded', ['helvion']),
];
const view: TimelineView = {
  events,
  names,
  citations: {
    s1: { id: 's1', title: 'Zeta report', publisher: 'Wire' },
    s2: { id: 's2', title: 'Alpha story', publisher: 'Daily', date: '2024-08-04' },
  },
  entityCounts: { s1: 1, s2: 2 },
};
const shown = (filter: Partial<TimelineFilter>) => filterEvents(view, { q: '', ...filter }).map((e) => e.summary);

describe('searching the timeline', () => {
  it('folds case, accents, hyphens and curly quotes', () => {
    expect(fold('Al-Súdani’s  ZÜRICH')).toBe("al sudani's zurich");
  });

  it('finds entity names with or without accents, in any case', () => {
    expect(shown({ q: 'jose marti' })).toEqual(['José Martí spoke in Havana']);
    expect(shown({ q: 'MÜLLER' })).toEqual(['Anna Müller signed the deal', 'A warning was sent to the board']);
    expect(shown({ q: 'muller' })).toEqual(['Anna Müller signed the deal', 'A warning was sent to the board']);
  });

  it('finds place names and words of the event text, every word required', () => {
    expect(shown({ q: 'zurich' })).toEqual(['Helvion AG will close its Zürich plant', 'The board approved the merger']);
    expect(shown({ q: 'board warning' })).toEqual(['A warning was sent to the board']);
    expect(shown({ q: 'the source said' })).toHaveLength(events.length);
    expect(shown({ q: 'nowhere' })).toEqual([]);
  });

  it('shows everything for an empty or blank search', () => {
    expect(shown({ q: '   ' })).toHaveLength(events.length);
  });
});

describe('filtering the timeline', () => {
  it('by type: events that involve an entity of that type', () => {
    expect(shown({ type: 'place' })).toEqual(['Helvion AG will close its Zürich plant', 'The board approved the merger', 'José Martí spoke in Havana']);
    expect(shown({ type: 'organization' })).toHaveLength(4);
    expect(shown({ type: 'person' })).toEqual(['Anna Müller signed the deal', 'A warning was sent to the board', 'José Martí spoke in Havana']);
  });

  it('by entity, places included', () => {
    expect(shown({ entity: 'anna-muller' })).toEqual(['Anna Müller signed the deal', 'A warning was sent to the board']);
    expect(shown({ entity: 'havana' })).toEqual(['José Martí spoke in Havana']);
    expect(shown({ entity: 'no-such-entity' })).toEqual([]);
  });

  it('by source', () => {
    expect(shown({ source: 's1' })).toEqual(['A warning was sent to the board', 'José Martí spoke in Havana', 'The company was founded']);
  });

  it('by all of them at once', () => {
    expect(shown({ source: 's2', entity: 'helvion', type: 'place', q: 'merger' })).toEqual(['The board approved the merger']);
  });
});

describe('grouping by date', () => {
  it('keeps the order and groups events of one date shown alike', () => {
    const groups = groupByDate(events);
    expect(groups.map((g) => [g.label, g.events.length])).toEqual([
      ['after 4 Aug 2024', 1],
      ['4 Aug 2024', 2],
      ['before 4 Aug 2024', 1],
      ['May 2023', 1],
      ['2019', 1],
    ]);
    expect(groups.map((g) => machineDate(g.when))).toEqual(['2024-08-04', '2024-08-04', '2024-08-04', '2023-05', '2019']);
  });

  it('groups nothing out of nothing', () => {
    expect(groupByDate([])).toEqual([]);
  });
});

describe('the entity index and sources', () => {
  it('lists entities with events by type, alphabetically, with their counts', () => {
    const index = entityIndex(view);
    const flat = (type: EntityType) => index[type].map((e) => `${e.entity.name} ${e.count}`);
    expect(flat('person')).toEqual(['Anna Müller 2', 'José Martí 1']);
    expect(flat('organization')).toEqual(['Helvion AG 4']);
    expect(flat('place')).toEqual(['Havana 1', 'Zürich 2']);
  });

  it('lists the cited sources by title', () => {
    expect(citedSources(view).map((s) => s.id)).toEqual(['s2', 's1']);
  });
});

describe('the filter in the address', () => {
  it('reads what links ask for', () => {
    expect(parseTimelineQuery('?entity=antony-blinken&q=warning')).toEqual({ q: 'warning', entity: 'antony-blinken' });
    expect(parseTimelineQuery('')).toEqual({ q: '' });
    expect(parseTimelineQuery('?type=weapon&entity=&source=s1')).toEqual({ q: '', source: 's1' });
    expect(parseTimelineQuery('?q=Z%C3%BCrich+plant')).toEqual({ q: 'Zürich plant' });
  });

  it('writes only what filters', () => {
    expect(timelineQuery({ q: '' })).toBe('');
    expect(timelineQuery({ q: '  ' })).toBe('');
    expect(timelinePath({ q: 'warning', entity: 'antony-blinken' })).toBe('timeline.html?entity=antony-blinken&q=warning');
    expect(timelinePath()).toBe('timeline.html');
    expect(isFiltered({ q: '' })).toBe(false);
    expect(isFiltered({ q: '', type: 'place' })).toBe(true);
  });

  it('round-trips any filter', () => {
    const filters = fc.record(
      {
        q: fc.string(),
        type: fc.constantFrom<EntityType>('person', 'organization', 'place'),
        entity: fc.string({ minLength: 1 }),
        source: fc.string({ minLength: 1 }),
      },
      { requiredKeys: ['q'] },
    );
    fc.assert(
      fc.property(filters, (filter) => {
        const expected = { ...filter, q: filter.q.trim() ? filter.q : '' };
        expect(parseTimelineQuery(timelineQuery(filter))).toEqual(expected);
      }),
    );
  });
});

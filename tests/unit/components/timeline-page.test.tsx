// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FilterChange } from '../../../components/TimelineFilterLink';
import { TimelinePage } from '../../../components/TimelinePage';
import { compileSources } from '../../../lib/knowledge/compile';
import { timelineView } from '../../../lib/knowledge/views';
import { sourceViewerPath } from '../../../lib/source-link';
import { NO_FILTER, parseTimelineQuery, type TimelineFilter } from '../../../lib/timeline-filter';
import { readSourceFile } from '../../../scripts/source-files';

const file = '2024-08-04-shafaq-news-blinken-warns-al-sudani.txt';
const pack = compileSources([readSourceFile(file, readFileSync(`sources/${file}`, 'utf8'))]);
const view = timelineView(pack);

/** The page with its filter kept in state, as the entry point keeps it in the address. */
function Stateful({ initial, onChange }: { initial: TimelineFilter; onChange: FilterChange }) {
  const [filter, setFilter] = useState(initial);
  return (
    <TimelinePage
      view={view}
      filter={filter}
      onFilterChange={(next, options) => {
        onChange(next, options);
        setFilter(next);
      }}
    />
  );
}

function show(initial: TimelineFilter = NO_FILTER) {
  const onChange = vi.fn<FilterChange>();
  render(<Stateful initial={initial} onChange={onChange} />);
  return onChange;
}

const dates = () => [...document.querySelectorAll('.bs-tl-date')].map((d) => d.textContent);
const summaries = () => [...document.querySelectorAll('.bs-tl-summary')].map((s) => s.textContent);
const status = () => screen.getByRole('status').textContent;

describe('the timeline page', () => {
  afterEach(cleanup);

  it('shows every event newest first under its date, with names, places and a linked citation', () => {
    show();
    expect(dates()).toEqual(['after 4 Aug 2024', '4 Aug 2024', 'before 4 Aug 2024']);
    expect(document.querySelector('.bs-tl-date time')!.getAttribute('datetime')).toBe('2024-08-04');
    expect(status()).toBe('3 events');
    const oldest = document.querySelectorAll<HTMLElement>('.bs-tl-event')[2]!;
    expect(within(oldest).getAllByRole('link').map((a) => a.textContent)).toEqual([
      'Hamas',
      'Ismail Haniyeh',
      'Hezbollah',
      'Fouad Shukur',
      'Tehran',
      'Beirut',
      'Blinken delivered a strong warning to al-Sudani',
    ]);
    expect(oldest.querySelector('.bs-tl-places')!.textContent).toBe('Places: TehranBeirut');
    expect(oldest.querySelector('cite')!.textContent).toBe('Shafaq News, 4 Aug 2024 — Blinken delivered a strong warning to al-Sudani');
    const event = pack.events.find((e) => e.summary.startsWith('The assassination'))!;
    expect(within(oldest).getByRole('link', { name: 'Blinken delivered a strong warning to al-Sudani' }).getAttribute('href')).toBe(
      sourceViewerPath(event.quote.sourceId, event.quote),
    );
  });

  it('has landmarks and labelled controls', () => {
    show();
    expect(screen.getByRole('banner')).toBeTruthy();
    expect(screen.getByRole('main')).toBeTruthy();
    expect(screen.getByRole('search')).toBeTruthy();
    expect(screen.getByRole('complementary', { name: 'Index' })).toBeTruthy();
    expect(screen.getByLabelText('Search names and events').tagName).toBe('INPUT');
    expect(screen.getByLabelText('Type').tagName).toBe('SELECT');
    expect(screen.getByLabelText('Name').tagName).toBe('SELECT');
    expect(screen.getByLabelText('Source').tagName).toBe('SELECT');
    expect(screen.getByRole('status').getAttribute('aria-live')).toBe('polite');
  });

  it('searches names and event text, ignoring case and accents, as the address keeps it', () => {
    const onChange = show();
    const search = screen.getByLabelText<HTMLInputElement>('Search names and events');
    fireEvent.input(search, { target: { value: 'WARNING' } });
    expect(summaries()).toEqual(['US Secretary of State Antony Blinken delivered a strong warning to Iraqi Prime Minister Mohammed Shia al-Sudani']);
    expect(status()).toBe('1 of 3 events');
    expect(onChange).toHaveBeenLastCalledWith({ q: 'WARNING' }, { replace: true });
    fireEvent.input(search, { target: { value: 'súdani' } });
    expect(summaries()).toHaveLength(2);
    fireEvent.input(search, { target: { value: 'fouad shukur' } });
    expect(dates()).toEqual(['before 4 Aug 2024']);
    fireEvent.input(search, { target: { value: 'zzz' } });
    expect(screen.getByText('No events match.')).toBeTruthy();
    expect(status()).toBe('0 of 3 events');
  });

  it('filters to an entity when its name is clicked, with a link that keeps the filter', () => {
    const onChange = show();
    const event = document.querySelectorAll<HTMLElement>('.bs-tl-event')[2]!;
    const link = within(event).getByRole('link', { name: 'Ismail Haniyeh' });
    expect(link.getAttribute('href')).toBe('timeline.html?entity=ismail-haniyeh');
    fireEvent.click(link);
    expect(onChange).toHaveBeenLastCalledWith({ q: '', entity: 'ismail-haniyeh' }, undefined);
    expect(dates()).toEqual(['before 4 Aug 2024']);
    expect(screen.getByLabelText<HTMLSelectElement>('Name').value).toBe('ismail-haniyeh');
  });

  it('lists people, organizations and places with their events in the index; a click filters, a second one clears', () => {
    show();
    const index = screen.getByRole('complementary', { name: 'Index' });
    expect(within(index).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['People', 'Organizations', 'Places']);
    const blinken = within(index).getByRole('link', { name: 'Antony Blinken, 2 events' });
    expect(within(index).getByRole('link', { name: 'Tehran, 1 event' })).toBeTruthy();
    fireEvent.click(blinken);
    expect(summaries()).toHaveLength(2);
    expect(blinken.getAttribute('aria-current')).toBe('true');
    fireEvent.click(blinken);
    expect(summaries()).toHaveLength(3);
  });

  it('filters by type and by source, and clears them all', () => {
    const onChange = show();
    fireEvent.change(screen.getByLabelText('Type'), { target: { value: 'place' } });
    expect(dates()).toEqual(['after 4 Aug 2024', 'before 4 Aug 2024']);
    const index = screen.getByRole('complementary', { name: 'Index' });
    expect(within(index).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Places']);
    fireEvent.change(screen.getByLabelText('Source'), { target: { value: pack.sources[0]!.id } });
    expect(onChange).toHaveBeenLastCalledWith({ q: '', type: 'place', source: pack.sources[0]!.id }, { replace: false });
    expect(summaries()).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(summaries()).toHaveLength(3);
    expect(screen.queryByRole('button', { name: 'Clear filters' })).toBeNull();
  });

  it('opens filtered as an address asks', () => {
    show(parseTimelineQuery('?entity=antony-blinken&q=warning'));
    expect(dates()).toEqual(['4 Aug 2024']);
    expect(screen.getByLabelText<HTMLInputElement>('Search names and events').value).toBe('warning');
  });

  it('says so for an entity with no events, and offers to clear', () => {
    show({ q: '', entity: 'israel' });
    expect(screen.getByText('No events match.')).toBeTruthy();
    expect(screen.getByLabelText<HTMLSelectElement>('Name').value).toBe('israel');
    expect(screen.getAllByRole('button', { name: 'Clear filters' })).toHaveLength(2);
  });

  it('says when it is loading and when it could not load', () => {
    render(<TimelinePage view={undefined} filter={NO_FILTER} onFilterChange={() => {}} />);
    expect(status()).toBe('Loading…');
    cleanup();
    render(<TimelinePage view={null} filter={NO_FILTER} onFilterChange={() => {}} />);
    expect(status()).toBe('The timeline could not be loaded.');
  });
});

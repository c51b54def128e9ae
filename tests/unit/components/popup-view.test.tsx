// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AddSourcePanel } from '../../../components/AddSourcePanel';
import { PopupView, type PageState, type PopupActions } from '../../../components/PopupView';
import { compileSources } from '../../../lib/knowledge/compile';
import { timelineView } from '../../../lib/knowledge/views';
import { readSourceFile } from '../../../scripts/source-files';

const file = '2024-08-04-shafaq-news-blinken-warns-al-sudani.txt';
const pack = compileSources([readSourceFile(file, readFileSync(`sources/${file}`, 'utf8'))]);
const timeline = timelineView(pack);
const idOf = (name: string) => pack.entities.find((e) => e.name === name)!.id;

function actions(): PopupActions {
  return {
    reload: vi.fn(),
    reveal: vi.fn(),
    step: vi.fn(),
    setSiteOff: vi.fn(),
    setPaused: vi.fn(),
    openTimeline: vi.fn(),
    openSource: vi.fn(),
    openOptions: vi.fn(),
    addSource: { start: vi.fn(), setDate: vi.fn(), confirm: vi.fn(), cancel: vi.fn() },
  };
}

const ready: PageState = {
  kind: 'ready',
  report: {
    url: 'https://news.example/a',
    state: 'reading',
    mentions: [
      { entityId: idOf('Antony Blinken'), count: 5 },
      { entityId: idOf('Hezbollah'), count: 2 },
    ],
  },
};

function popup(page: PageState, act = actions(), privateWindow = false) {
  render(<PopupView page={page} timeline={timeline} site="news.example" siteOff={false} paused={false} adding={{ step: 'idle' }} privateWindow={privateWindow} actions={act} />);
  return act;
}

describe('the popup', () => {
  afterEach(cleanup);

  it('lists the names on the page by type, with counts, and reveals one when picked', () => {
    const act = popup(ready);
    const groups = [...document.querySelectorAll('.bs-mention-group h4')].map((h) => h.textContent);
    expect(groups).toEqual(['People', 'Organizations']);
    expect(document.querySelector('.bs-mentions')!.textContent).toContain('Antony Blinken5');
    fireEvent.click(screen.getByRole('button', { name: /Show the next mention of Hezbollah/u }));
    expect(act.reveal).toHaveBeenCalledWith(idOf('Hezbollah'));
    fireEvent.click(screen.getByRole('button', { name: 'Next name' }));
    expect(act.step).toHaveBeenCalledWith(1);
  });

  it('filters the timeline by entity, type and names on the page', () => {
    popup(ready);
    const dates = () => [...document.querySelectorAll('.bs-date-group > time')].map((t) => t.textContent);
    expect(dates()).toEqual(['after 4 Aug 2024', '4 Aug 2024', 'before 4 Aug 2024']);
    fireEvent.change(screen.getByLabelText('Entity'), { target: { value: idOf('Ismail Haniyeh') } });
    expect(dates()).toEqual(['before 4 Aug 2024']);
    fireEvent.change(screen.getByLabelText('Entity'), { target: { value: '' } });
    fireEvent.click(screen.getByLabelText('Only names on this page'));
    expect(dates()).toEqual(['after 4 Aug 2024', '4 Aug 2024', 'before 4 Aug 2024']);
  });

  it('in a private window, offers neither to turn the site off nor to add the page, since either would keep its address', () => {
    popup(ready, actions(), true);
    expect(screen.queryByLabelText(/Off on this site/u)).toBeNull();
    expect(screen.getByLabelText(/Pause everywhere/u)).toBeTruthy();
    expect(document.body.textContent).toContain('Pages in private windows are never added.');
    cleanup();
    popup(ready);
    expect(screen.getByLabelText(/Off on this site/u)).toBeTruthy();
  });

  it('says plainly where Backstory cannot run or is not running yet, and offers a reload', () => {
    const act = actions();
    popup({ kind: 'restricted' }, act);
    expect(document.body.textContent).toContain('Browsers don’t let extensions read this kind of page');
    cleanup();
    popup({ kind: 'not-loaded' }, act);
    fireEvent.click(screen.getByRole('button', { name: 'Reload page' }));
    expect(act.reload).toHaveBeenCalled();
  });

  it('turns Backstory off on the site and pauses it from its switches', () => {
    const act = popup(ready);
    fireEvent.click(screen.getByLabelText(/Off on this site/u));
    expect(act.setSiteOff).toHaveBeenCalledWith(true);
    fireEvent.click(screen.getByLabelText('Pause everywhere'));
    expect(act.setPaused).toHaveBeenCalledWith(true);
  });
});

describe('adding the page as a source', () => {
  afterEach(cleanup);

  const preview = { title: 'A story', publisher: 'Harbour Times', entities: [{ name: 'Ingrid Solheim', type: 'person' }], events: [], warnings: [], duplicate: false };

  it('shows what would be learnt and asks for a date the page does not state', () => {
    const setDate = vi.fn();
    const confirm = vi.fn();
    render(<AddSourcePanel state={{ step: 'preview', preview }} start={vi.fn()} setDate={setDate} confirm={confirm} cancel={vi.fn()} />);
    expect(document.body.textContent).toContain('Ingrid Solheim');
    expect(document.body.textContent).toContain('The page states no date');
    fireEvent.change(screen.getByLabelText('Date'), { target: { value: '2025-03-11' } });
    expect(setDate).toHaveBeenCalledWith('2025-03-11');
    fireEvent.input(screen.getByLabelText('Title'), { target: { value: 'Renamed' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(confirm).toHaveBeenCalledWith({ title: 'Renamed' });
  });

  it('will not add an article twice', () => {
    render(<AddSourcePanel state={{ step: 'preview', preview: { ...preview, date: '2025-03-11', duplicate: true } }} start={vi.fn()} setDate={vi.fn()} confirm={vi.fn()} cancel={vi.fn()} />);
    expect((screen.getByRole('button', { name: 'Add' }) as HTMLButtonElement).disabled).toBe(true);
  });
});

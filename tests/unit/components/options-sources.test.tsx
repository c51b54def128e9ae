// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsSources, ownWarning, type BundledSource, type OptionsSourcesProps, type RemovedSource } from '../../../components/OptionsSources';
import { OptionsView, type OptionsKnowledgeProps } from '../../../components/OptionsView';
import { NO_CORRECTIONS } from '../../../lib/knowledge/corrections';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import type { SourceRecord } from '../../../lib/sources/source-store';

const record = (change: Partial<SourceRecord> = {}): SourceRecord => ({
  id: '2025-03-12-baltic-ledger-abc123',
  title: 'Vistula Rail names a new chief',
  publisher: 'Baltic Ledger',
  date: '2025-03-12',
  enabled: true,
  addedAt: '2025-03-13T09:00:00.000Z',
  compiledWith: 1,
  entityCount: 4,
  eventCount: 3,
  warnings: [],
  ...change,
});

const bundled: BundledSource = {
  citation: { id: '2024-08-04-shafaq-news-x', title: 'Blinken delivered a strong warning to al-Sudani', publisher: 'Shafaq News', date: '2024-08-04' },
  entityCount: 19,
  eventCount: 3,
};

function setup(props: Partial<OptionsSourcesProps> = {}) {
  const removed: RemovedSource = { record: record(), data: { input: { text: 'x', bodyStart: 0, warnings: [] }, pack: {} as RemovedSource['data']['pack'] } };
  const callbacks = {
    onView: vi.fn<OptionsSourcesProps['onView']>(),
    onRename: vi.fn<OptionsSourcesProps['onRename']>(() => Promise.resolve()),
    onSetEnabled: vi.fn<OptionsSourcesProps['onSetEnabled']>(() => Promise.resolve()),
    onRemove: vi.fn<OptionsSourcesProps['onRemove']>(() => Promise.resolve(removed)),
    onRestore: vi.fn<OptionsSourcesProps['onRestore']>(() => Promise.resolve()),
    onRecompile: vi.fn<OptionsSourcesProps['onRecompile']>(() => Promise.resolve(2)),
  };
  const all = { sources: [record()], bundled: [bundled], ...callbacks, ...props };
  const view = render(<OptionsSources {...all} />);
  return { ...callbacks, removed, view, rerender: (change: Partial<OptionsSourcesProps>) => view.rerender(<OptionsSources {...all} {...change} />) };
}

const items = () => screen.getAllByRole('listitem').filter((li) => li.classList.contains('bs-options-source'));

/** The section's polite live region (the page's one role=status is the settings toast). */
const liveStatus = () => document.querySelector('.bs-options-inline-status')!;

describe('the sources list', () => {
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('lists the bundled sources, read-only, then the user’s, with publisher, date and counts', () => {
    setup({ sources: [record(), record({ id: 'b', title: 'Undated notes', publisher: 'Unknown publisher', date: undefined, enabled: false, entityCount: 1, eventCount: 0 })] });
    const [first, second, third] = items() as [HTMLElement, HTMLElement, HTMLElement];
    expect(items()).toHaveLength(3);
    expect(within(first).getByRole('heading', { level: 3 }).textContent).toBe('Blinken delivered a strong warning to al-Sudani');
    expect(first.textContent).toContain('Bundled');
    expect(first.textContent).toContain('Shafaq News');
    expect(first.textContent).toContain('4 Aug 2024');
    expect(first.textContent).toContain('Entities: 19 · Events: 3');
    expect(within(first).getAllByRole('button').map((b) => b.textContent)).toEqual(['View']);

    expect(within(second).getByRole('heading', { level: 3 }).textContent).toBe('Vistula Rail names a new chief');
    expect(second.textContent).toContain('Baltic Ledger');
    expect(second.querySelector('time')!.getAttribute('datetime')).toBe('2025-03-12');
    expect(second.textContent).toContain('12 Mar 2025');
    expect(second.textContent).toContain('Entities: 4 · Events: 3');
    expect(within(second).getAllByRole('button').map((b) => b.textContent)).toEqual(['View', 'Rename', 'Disable', 'Delete']);

    expect(third.textContent).toContain('No date');
    expect(third.textContent).toContain('Disabled');
    expect(within(third).getAllByRole('button').map((b) => b.textContent)).toEqual(['Rename', 'Enable', 'Delete']);
  });

  it('says so when the user has added none', () => {
    setup({ sources: [] });
    expect(screen.getByText('You have added no sources yet.')).toBeTruthy();
  });

  it('shows a source’s warnings without the title the compiler puts before them', () => {
    setup({ sources: [record({ warnings: ['Vistula Rail names a new chief: The document names no publisher.'] })] });
    const warnings = screen.getByRole('list', { name: 'Warnings' });
    expect(within(warnings).getByRole('listitem').textContent).toBe('The document names no publisher.');
    expect(ownWarning('Other: x', 'Title')).toBe('Other: x');
  });

  it('views, enables and disables sources, naming each on its buttons', async () => {
    const { onView, onSetEnabled } = setup({ sources: [record(), record({ id: 'b', title: 'Off one', enabled: false })] });
    fireEvent.click(screen.getByRole('button', { name: 'View “Blinken delivered a strong warning to al-Sudani”' }));
    expect(onView).toHaveBeenLastCalledWith('2024-08-04-shafaq-news-x');
    fireEvent.click(screen.getByRole('button', { name: 'View “Vistula Rail names a new chief”' }));
    expect(onView).toHaveBeenLastCalledWith('2025-03-12-baltic-ledger-abc123');
    fireEvent.click(screen.getByRole('button', { name: 'Disable “Vistula Rail names a new chief”' }));
    expect(onSetEnabled).toHaveBeenLastCalledWith('2025-03-12-baltic-ledger-abc123', false);
    fireEvent.click(screen.getByRole('button', { name: 'Enable “Off one”' }));
    expect(onSetEnabled).toHaveBeenLastCalledWith('b', true);
  });

  it('renames inline: Enter saves the new title, and focus returns to Rename', async () => {
    const { onRename } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Rename “Vistula Rail names a new chief”' }));
    const field = screen.getByRole('textbox', { name: 'New title for “Vistula Rail names a new chief”' }) as HTMLInputElement;
    expect(document.activeElement).toBe(field);
    expect(field.value).toBe('Vistula Rail names a new chief');
    fireEvent.input(field, { target: { value: '  Rail chief named  ' } });
    fireEvent.submit(field.closest('form')!);
    await waitFor(() => expect(screen.queryByRole('textbox')).toBeNull());
    expect(onRename).toHaveBeenCalledWith('2025-03-12-baltic-ledger-abc123', 'Rail chief named');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Rename “Vistula Rail names a new chief”' }));
  });

  it('refuses an empty title, and Escape cancels', () => {
    const { onRename } = setup();
    fireEvent.click(screen.getByRole('button', { name: /^Rename/u }));
    const field = screen.getByRole('textbox');
    fireEvent.input(field, { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(document.getElementById(field.getAttribute('aria-describedby')!)!.textContent).toBe('A title cannot be empty.');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    fireEvent.keyDown(field, { key: 'Escape' });
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(onRename).not.toHaveBeenCalled();
  });

  it('keeps the title field open and says why when a rename fails', async () => {
    setup({ onRename: () => Promise.reject(new Error('The browser’s storage for Backstory is full')) });
    fireEvent.click(screen.getByRole('button', { name: /^Rename/u }));
    fireEvent.input(screen.getByRole('textbox'), { target: { value: 'New' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(document.querySelector('.bs-options-section > [role="alert"]')!.textContent).toBe('That didn’t work: The browser’s storage for Backstory is full'));
    expect(screen.getByRole('textbox')).toBeTruthy();
  });

  it('deletes with Undo for ten seconds: Undo restores what was removed', async () => {
    vi.useFakeTimers();
    const { onRemove, onRestore, removed } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Delete “Vistula Rail names a new chief”' }));
    expect(onRemove).toHaveBeenCalledWith('2025-03-12-baltic-ledger-abc123');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(liveStatus().textContent).toBe('Deleted “Vistula Rail names a new chief”.');
    const undo = screen.getByRole('button', { name: 'Undo deleting “Vistula Rail names a new chief”' });
    expect(document.activeElement).toBe(undo);
    fireEvent.click(undo);
    expect(onRestore).toHaveBeenCalledWith(removed);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(liveStatus().textContent).toBe('Restored “Vistula Rail names a new chief”.');
    expect(screen.queryByRole('button', { name: /^Undo/u })).toBeNull();
  });

  it('takes Undo away after ten seconds, keeping focus in the section', async () => {
    vi.useFakeTimers();
    const { onRestore } = setup();
    fireEvent.click(screen.getByRole('button', { name: /^Delete/u }));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(9_000);
    });
    expect(screen.getByRole('button', { name: /^Undo/u })).toBeTruthy();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1_100);
    });
    expect(screen.queryByRole('button', { name: /^Undo/u })).toBeNull();
    expect(liveStatus().textContent).toBe('');
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Sources' }));
    expect(onRestore).not.toHaveBeenCalled();
  });

  it('shows why a delete failed instead of swallowing it', async () => {
    setup({ onRemove: () => Promise.reject(new Error('no such source')) });
    fireEvent.click(screen.getByRole('button', { name: /^Delete/u }));
    await waitFor(() => expect(screen.getByText('That didn’t work: no such source')).toBeTruthy());
    expect(screen.queryByRole('button', { name: /^Undo/u })).toBeNull();
  });

  it('compiles every source again and says how many were', async () => {
    const { onRecompile, rerender } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Compile again' }));
    expect(onRecompile).toHaveBeenCalledOnce();
    await waitFor(() => expect(liveStatus().textContent).toBe('2 sources compiled again.'));
    rerender({ onRecompile: () => Promise.resolve(1) });
    fireEvent.click(screen.getByRole('button', { name: 'Compile again' }));
    await waitFor(() => expect(liveStatus().textContent).toBe('1 source compiled again.'));
  });

  it('shows untrusted titles, publishers and warnings as literal text', () => {
    const evil = '<img src=x onerror=alert(1)>';
    setup({
      sources: [record({ title: evil, publisher: `${evil} Times`, warnings: [`${evil}: <b>bold</b>`] })],
      bundled: [{ ...bundled, citation: { ...bundled.citation, title: `<script>alert(2)</script>` } }],
    });
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('script')).toBeNull();
    expect(document.querySelector('b')).toBeNull();
    expect(screen.getByRole('heading', { level: 3, name: evil })).toBeTruthy();
    expect(screen.getByText(`${evil} Times`)).toBeTruthy();
    expect(screen.getByText('<b>bold</b>')).toBeTruthy();
    expect(screen.getByText('<script>alert(2)</script>')).toBeTruthy();
  });
});

describe('the options page with the sources sections', () => {
  afterEach(cleanup);

  it('shows sources, adding, corrections and export beside the settings, and asks before an import', async () => {
    const confirm = vi.fn(() => false);
    const onImport = vi.fn(() => Promise.resolve({ sources: 0 }));
    const knowledge: OptionsKnowledgeProps = {
      sources: { sources: [record()], bundled: [bundled], onView: vi.fn(), onRename: vi.fn(), onSetEnabled: vi.fn(), onRemove: vi.fn(), onRestore: vi.fn(), onRecompile: vi.fn() },
      add: { onPreview: vi.fn(), onAdd: vi.fn() },
      corrections: { names: {}, corrections: NO_CORRECTIONS, onChange: vi.fn() },
      transfer: { onExport: vi.fn(), onImport },
    };
    render(<OptionsView settings={DEFAULT_SETTINGS} names={{}} onChange={vi.fn()} onReset={vi.fn()} onDeleteAll={vi.fn()} confirm={confirm} knowledge={knowledge} />);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Highlighting',
      'Sources',
      'Add sources',
      'Corrections',
      'Sites',
      'Names you chose not to highlight',
      'Keyboard',
      'Export and import',
      'Privacy and data',
    ]);
    // The settings' toast stays the page's one status.
    expect(screen.getAllByRole('status')).toHaveLength(1);
    const input = screen.getByLabelText('Import a file') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File(['{}'], 'backup.json')] });
    fireEvent.change(input);
    expect(confirm).toHaveBeenCalledWith('This replaces your sources, corrections and settings. Import “backup.json”?');
    expect(onImport).not.toHaveBeenCalled();
  });
});

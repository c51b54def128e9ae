// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadFile, OptionsExport, type OptionsExportProps } from '../../../components/OptionsExport';
import { NO_CORRECTIONS } from '../../../lib/knowledge/corrections';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { EXPORT_FORMAT, MAX_EXPORT_BYTES, type ExportFile } from '../../../lib/sources/export-file';

const file: ExportFile = { format: EXPORT_FORMAT, version: 1, exportedAt: '2025-03-13T10:00:00.000Z', settings: DEFAULT_SETTINGS, corrections: NO_CORRECTIONS, sources: [] };

function setup(props: Partial<OptionsExportProps> = {}) {
  const callbacks = {
    onExport: vi.fn<OptionsExportProps['onExport']>(() => Promise.resolve(file)),
    onImport: vi.fn<OptionsExportProps['onImport']>(() => Promise.resolve({ sources: 3 })),
    confirm: vi.fn((_: string) => true),
    download: vi.fn<NonNullable<OptionsExportProps['download']>>(),
  };
  render(<OptionsExport {...callbacks} {...props} />);
  return callbacks;
}

function choose(chosen: File) {
  const input = screen.getByLabelText('Import a file') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [chosen], configurable: true });
  fireEvent.change(input);
}

/** The section's polite live region (the page's one role=status is the settings toast). */
const liveStatus = () => document.querySelector('.bs-options-inline-status')!;

describe('export and import', () => {
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('exports everything as one JSON file', async () => {
    const { onExport, download } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    await waitFor(() => expect(liveStatus().textContent).toBe('Exported to backstory-export.json.'));
    expect(onExport).toHaveBeenCalledOnce();
    expect(download).toHaveBeenCalledWith('backstory-export.json', expect.any(String));
    expect(JSON.parse(download.mock.calls[0]![1])).toEqual(file);
  });

  it('downloads through a link to a Blob', async () => {
    const create = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:backstory/1');
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    downloadFile('backstory-export.json', '{"a":1}');
    const clicked = click.mock.contexts[0] as HTMLAnchorElement | undefined;
    expect(clicked?.download).toBe('backstory-export.json');
    expect(clicked?.href).toBe('blob:backstory/1');
    expect(clicked?.isConnected).toBe(false);
    const blob = create.mock.calls[0]![0] as Blob;
    expect(blob.type).toBe('application/json');
    expect(await blob.text()).toBe('{"a":1}');
  });

  it('says why an export failed', async () => {
    setup({ onExport: () => Promise.reject(new Error('no background')) });
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Couldn’t export: no background'));
  });

  it('imports a file once the user confirms, and says how many sources came in', async () => {
    const { onImport, confirm } = setup();
    choose(new File(['{"format":"backstory-export"}'], 'backup.json'));
    expect(confirm).toHaveBeenCalledWith('This replaces your sources, corrections and settings. Import “backup.json”?');
    await waitFor(() => expect(liveStatus().textContent).toBe('Imported 3 sources.'));
    expect(onImport).toHaveBeenCalledWith('{"format":"backstory-export"}');
  });

  it('says "1 source" for one', async () => {
    setup({ onImport: () => Promise.resolve({ sources: 1 }) });
    choose(new File(['{}'], 'one.json'));
    await waitFor(() => expect(liveStatus().textContent).toBe('Imported 1 source.'));
  });

  it('imports nothing when the user does not confirm', () => {
    const { onImport } = setup({ confirm: () => false });
    choose(new File(['{}'], 'backup.json'));
    expect(onImport).not.toHaveBeenCalled();
  });

  it('shows the reason a file is refused', async () => {
    setup({ onImport: () => Promise.reject(new Error('The file was made by a newer Backstory (format version 9); update Backstory to import it.')) });
    choose(new File(['{}'], 'new.json'));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe('Couldn’t import: The file was made by a newer Backstory (format version 9); update Backstory to import it.'),
    );
    expect(liveStatus().textContent).toBe('');
  });

  it('refuses a file too large to be an export without reading it', async () => {
    const { onImport } = setup();
    const huge = new File(['{}'], 'huge.json');
    Object.defineProperty(huge, 'size', { value: MAX_EXPORT_BYTES + 1 });
    const read = vi.spyOn(huge, 'text');
    choose(huge);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Couldn’t import: The file is too large to be a Backstory export.'));
    expect(read).not.toHaveBeenCalled();
    expect(onImport).not.toHaveBeenCalled();
  });
});

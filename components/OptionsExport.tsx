import { useId, useState } from 'preact/hooks';
import { messageOf, t } from '../lib/i18n';
import { MAX_EXPORT_BYTES, type ExportFile } from '../lib/sources/export-file';

export interface OptionsExportProps {
  onExport(): Promise<ExportFile>;
  /** Replaces sources, corrections and settings with a file's, all or nothing; rejects with the reason. */
  onImport(json: string): Promise<{ sources: number }>;
  /** Asks the user to confirm; `window.confirm` by default. */
  confirm?: (message: string) => boolean;
  /** Hands a file to the browser to save; a click on an `<a download>` by default. */
  download?: (fileName: string, text: string) => void;
}

const EXPORT_FILE_NAME = 'backstory-export.json';
const REVOKE_MS = 60_000;

/** Saves text as a file through the browser's downloads. */
export function downloadFile(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download reads the blob after the click returns: let it go a while later.
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_MS);
}

/** One file with everything the user made, out and back in. */
export function OptionsExport({ onExport, onImport, confirm = (m) => window.confirm(m), download = downloadFile }: OptionsExportProps) {
  const id = useId();
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const run = async (action: () => Promise<string>, failed: (message: string) => string) => {
    setStatus('');
    setError('');
    setBusy(true);
    try {
      setStatus(await action());
    } catch (e) {
      setError(failed(messageOf(e)));
    } finally {
      setBusy(false);
    }
  };

  const exportAll = () =>
    run(async () => {
      const file = await onExport();
      download(EXPORT_FILE_NAME, JSON.stringify(file, null, 2));
      return t('optionsExported', EXPORT_FILE_NAME);
    }, (m) => t('optionsExportFailed', m));

  const importFile = async (field: HTMLInputElement) => {
    const file = field.files?.[0];
    field.value = '';
    if (!file || !confirm(t('optionsImportConfirm', file.name))) return;
    await run(async () => {
      // Refused before it is read: no honest export is this large.
      if (file.size > MAX_EXPORT_BYTES) throw new Error(t('optionsImportTooLarge'));
      const { sources } = await onImport(await file.text());
      return sources === 1 ? t('optionsImportedOne') : t('optionsImported', sources);
    }, (m) => t('optionsImportFailed', m));
  };

  return (
    <section class="bs-options-section" aria-labelledby={`${id}-title`} aria-busy={busy ? 'true' : undefined}>
      <h2 id={`${id}-title`}>{t('optionsTransfer')}</h2>
      <p class="bs-options-hint">{t('optionsTransferHint')}</p>
      <div class="bs-options-actions">
        <div class="bs-options-action">
          <button type="button" class="bs-options-button" disabled={busy} aria-describedby={`${id}-export-hint`} onClick={() => void exportAll()}>
            {t('optionsExport')}
          </button>
          <p id={`${id}-export-hint`} class="bs-options-hint">
            {t('optionsExportHint')}
          </p>
        </div>
        <div class="bs-options-action">
          <label class="bs-options-file-label" for={`${id}-import`}>
            {t('optionsImport')}
          </label>
          <input
            id={`${id}-import`}
            class="bs-options-file"
            type="file"
            accept=".json,application/json"
            disabled={busy}
            aria-describedby={`${id}-import-hint`}
            onChange={(event) => void importFile(event.currentTarget)}
          />
          <p id={`${id}-import-hint`} class="bs-options-hint">
            {t('optionsImportHint')}
          </p>
        </div>
      </div>
      <p class="bs-options-inline-status" aria-live="polite" aria-atomic="true">
        {status}
      </p>
      <p class="bs-options-error" role="alert">
        {error}
      </p>
    </section>
  );
}

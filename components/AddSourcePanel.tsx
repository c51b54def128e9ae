import { useState } from 'preact/hooks';
import type { SourcePreview } from '../lib/background/knowledge-service';
import { t } from '../lib/i18n';

export type AddSourceState =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'no-article' }
  | { step: 'preview'; preview: SourcePreview }
  | { step: 'saving'; preview: SourcePreview }
  | { step: 'done' }
  | { step: 'failed'; message: string };

export interface SourceEdits {
  title: string;
  date?: string;
}

interface AddSourcePanelProps {
  state: AddSourceState;
  start(): void;
  /** Preview again with a date the page did not state. */
  setDate(date: string): void;
  confirm(edits: SourceEdits): void;
  cancel(): void;
}

/** "Add this page as a source": what Backstory would learn from the page, shown before anything is saved. */
export function AddSourcePanel({ state, start, setDate, confirm, cancel }: AddSourcePanelProps) {
  switch (state.step) {
    case 'idle':
      return (
        <button type="button" class="bs-button bs-add-source" onClick={start}>
          {t('popupAddSource')}
        </button>
      );
    case 'reading':
      return <p class="bs-empty">{t('popupAddReading')}</p>;
    case 'no-article':
      return <p class="bs-notice">{t('popupAddNoArticle')}</p>;
    case 'done':
      return (
        <p class="bs-notice" role="status">
          {t('popupAddDone')}
        </p>
      );
    case 'failed':
      return (
        <p class="bs-notice" role="alert">
          {t('popupAddFailed', state.message)}
        </p>
      );
    case 'preview':
    case 'saving':
      return <Preview preview={state.preview} saving={state.step === 'saving'} setDate={setDate} confirm={confirm} cancel={cancel} />;
  }
}

function Preview({ preview, saving, setDate, confirm, cancel }: { preview: SourcePreview; saving: boolean } & Omit<AddSourcePanelProps, 'state' | 'start'>) {
  const [title, setTitle] = useState(preview.title);
  return (
    <form
      class="bs-add-preview"
      aria-label={t('popupAddSource')}
      onSubmit={(e) => {
        e.preventDefault();
        confirm({ title, ...(preview.date ? { date: preview.date } : {}) });
      }}
    >
      <p>{t('popupAddPreview')}</p>
      <label>
        {t('popupAddTitle')}
        <input type="text" value={title} onInput={(e) => setTitle(e.currentTarget.value)} required />
      </label>
      <p class="bs-add-meta">
        {t('popupAddPublisher')}: {preview.publisher}
      </p>
      <label>
        {t('popupAddDate')}
        <input type="date" value={preview.date ?? ''} onChange={(e) => e.currentTarget.value && setDate(e.currentTarget.value)} />
      </label>
      {!preview.date && <p class="bs-add-warning">{t('popupAddNoDate')}</p>}
      {preview.duplicate && <p class="bs-add-warning">{t('popupAddDuplicate')}</p>}
      <p class="bs-add-meta">{t('popupAddFound', preview.entities.length, preview.events.length)}</p>
      {preview.entities.length > 0 && <p class="bs-add-names">{preview.entities.map((e) => e.name).join(' · ')}</p>}
      <div class="bs-add-actions">
        <button type="submit" class="bs-button" disabled={saving || preview.duplicate}>
          {t('popupAddConfirm')}
        </button>
        <button type="button" class="bs-button" onClick={cancel}>
          {t('popupAddCancel')}
        </button>
      </div>
    </form>
  );
}

import { useEffect, useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { messageOf, t } from '../lib/i18n';
import { formatDate } from '../lib/knowledge/format-date';
import type { Citation } from '../lib/knowledge/views';
import type { RemovedSource, SourceRecord } from '../lib/sources/source-store';

export type { RemovedSource };

/** A source that ships with Backstory: read-only. */
export interface BundledSource {
  citation: Citation;
  entityCount: number;
  eventCount: number;
}

export interface OptionsSourcesProps {
  /** The sources the user added; undefined while loading. */
  sources: SourceRecord[] | undefined;
  bundled: BundledSource[];
  /** Opens the source viewer on a source. */
  onView(id: string): void;
  onRename(id: string, title: string): Promise<unknown>;
  onSetEnabled(id: string, enabled: boolean): Promise<unknown>;
  onRemove(id: string): Promise<RemovedSource | null>;
  onRestore(removed: RemovedSource): Promise<unknown>;
  /** Compiles every added source again; resolves to how many were. */
  onRecompile(): Promise<number>;
  /** How long Undo is offered after a delete. */
  undoMs?: number;
}

const UNDO_MS = 10_000;

/** A warning without the "Title: " the compiler puts before it (the title is shown above it). */
export function ownWarning(warning: string, title: string): string {
  return warning.startsWith(`${title}: `) ? warning.slice(title.length + 2) : warning;
}

/**
 * Every source Backstory knows: the bundled ones (read-only) and the user's,
 * which can be viewed, renamed, turned off and on, deleted (with Undo) and
 * compiled again. Titles and publishers are untrusted text, shown as text.
 */
export function OptionsSources({ sources, bundled, onView, onRename, onSetEnabled, onRemove, onRestore, onRecompile, undoMs = UNDO_MS }: OptionsSourcesProps) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [undo, setUndo] = useState<RemovedSource>();
  const [busy, setBusy] = useState(false);
  const undoTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const undoButton = useRef<HTMLButtonElement>(null);
  const focusUndo = useRef(false);
  useEffect(() => () => clearTimeout(undoTimer.current), []);
  useLayoutEffect(() => {
    if (undo && focusUndo.current) undoButton.current?.focus();
    focusUndo.current = false;
  }, [undo]);

  /** Runs an action; a failure is said, never swallowed. */
  const attempt = async <T,>(action: () => Promise<T>): Promise<{ value: T } | undefined> => {
    setError('');
    try {
      return { value: await action() };
    } catch (e) {
      setError(t('optionsFailed', messageOf(e)));
      return undefined;
    }
  };

  const endUndo = () => {
    clearTimeout(undoTimer.current);
    // Focus on the Undo button would be lost with it: keep it in this section.
    if (undoButton.current && document.activeElement === undoButton.current) heading.current?.focus();
    setUndo(undefined);
  };

  const remove = async (record: SourceRecord) => {
    const removed = (await attempt(() => onRemove(record.id)))?.value;
    if (!removed) return;
    clearTimeout(undoTimer.current);
    focusUndo.current = true;
    setUndo(removed);
    setStatus(t('optionsDeletedSource', removed.record.title));
    undoTimer.current = setTimeout(() => {
      endUndo();
      setStatus('');
    }, undoMs);
  };

  const restore = async () => {
    if (!undo) return;
    const removed = undo;
    endUndo();
    setStatus('');
    if (await attempt(() => onRestore(removed))) setStatus(t('optionsRestored', removed.record.title));
  };

  const recompile = async () => {
    setBusy(true);
    setStatus('');
    const done = await attempt(onRecompile);
    setBusy(false);
    if (done) setStatus(done.value === 1 ? t('optionsRecompiledOne') : t('optionsRecompiled', done.value));
  };

  return (
    <section class="bs-options-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('optionsSources')}
      </h2>
      <p class="bs-options-hint">{t('optionsSourcesHint')}</p>
      <ul class="bs-options-sources">
        {bundled.map((source) => (
          <BundledItem key={source.citation.id} source={source} onView={onView} />
        ))}
        {sources?.map((record) => (
          <SourceItem
            key={record.id}
            record={record}
            onView={onView}
            onRename={async (title) => (await attempt(() => onRename(record.id, title))) !== undefined}
            onSetEnabled={(enabled) => void attempt(() => onSetEnabled(record.id, enabled))}
            onRemove={() => void remove(record)}
          />
        ))}
      </ul>
      {sources && !sources.length && <p class="bs-options-none">{t('optionsNoSources')}</p>}
      {/* A polite live region; the page's one role="status" is the settings' toast. */}
      <div class="bs-options-status-line">
        <p class="bs-options-inline-status" aria-live="polite" aria-atomic="true">
          {status}
        </p>
        {undo && (
          <button ref={undoButton} type="button" class="bs-options-button" aria-label={t('optionsUndoDeleteLabel', undo.record.title)} onClick={() => void restore()}>
            {t('optionsUndo')}
          </button>
        )}
      </div>
      <p class="bs-options-error" role="alert">
        {error}
      </p>
      <div class="bs-options-action">
        <button type="button" class="bs-options-button" aria-describedby={`${id}-recompile-hint`} disabled={busy} onClick={() => void recompile()}>
          {t('optionsRecompile')}
        </button>
        <p id={`${id}-recompile-hint`} class="bs-options-hint">
          {t('optionsRecompileHint')}
        </p>
      </div>
    </section>
  );
}

/** A source's publisher and date, and what was found in it once it is compiled. */
export function SourceMeta({ publisher, date, counts }: { publisher: string; date: string | undefined; counts?: { entities: number; events: number } }) {
  return (
    <p class="bs-options-source-meta">
      <span>{publisher}</span>
      <span>{date ? <time dateTime={date}>{formatDate(date)}</time> : t('optionsNoDate')}</span>
      {counts && <span>{t('optionsSourceCounts', counts.entities, counts.events)}</span>}
    </p>
  );
}

function BundledItem({ source, onView }: { source: BundledSource; onView(id: string): void }) {
  const { citation } = source;
  return (
    <li class="bs-options-source">
      <div class="bs-options-source-head">
        <h3 class="bs-options-source-title">{citation.title}</h3>
        <span class="bs-options-tag">{t('optionsBundled')}</span>
      </div>
      <SourceMeta publisher={citation.publisher} date={citation.date} counts={{ entities: source.entityCount, events: source.eventCount }} />
      <div class="bs-options-source-actions">
        <button type="button" class="bs-options-button" aria-label={t('optionsViewLabel', citation.title)} onClick={() => onView(citation.id)}>
          {t('optionsView')}
        </button>
      </div>
    </li>
  );
}

interface SourceItemProps {
  record: SourceRecord;
  onView(id: string): void;
  /** Resolves to whether the title was saved. */
  onRename(title: string): Promise<boolean>;
  onSetEnabled(enabled: boolean): void;
  onRemove(): void;
}

function SourceItem({ record, onView, onRename, onSetEnabled, onRemove }: SourceItemProps) {
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const [invalid, setInvalid] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const field = useRef<HTMLInputElement>(null);
  const wasEditing = useRef(false);
  useLayoutEffect(() => {
    if (editing) field.current?.focus();
    else if (wasEditing.current) renameButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  const save = async (event: Event) => {
    event.preventDefault();
    const title = draft.trim();
    if (!title) {
      setInvalid(true);
      field.current?.focus();
      return;
    }
    if (title === record.title || (await onRename(title))) setEditing(false);
  };
  const warnings = record.warnings.map((w) => ownWarning(w, record.title));

  return (
    <li class={`bs-options-source${record.enabled ? '' : ' bs-options-source-off'}`}>
      {editing ? (
        <form class="bs-options-rename" onSubmit={(event) => void save(event)} noValidate>
          <label for={`${id}-title`}>{t('optionsNewTitle', record.title)}</label>
          <div class="bs-options-add-row">
            <input
              ref={field}
              id={`${id}-title`}
              class="bs-options-input"
              type="text"
              value={draft}
              maxLength={500}
              aria-invalid={invalid ? 'true' : undefined}
              aria-describedby={invalid ? `${id}-error` : undefined}
              onInput={(event) => {
                setDraft(event.currentTarget.value);
                setInvalid(false);
              }}
              onKeyDown={(event) => {
                if (event.key === 'Escape') {
                  event.preventDefault();
                  setEditing(false);
                }
              }}
            />
            <button type="submit" class="bs-options-button">
              {t('optionsSaveTitle')}
            </button>
            <button type="button" class="bs-options-button" onClick={() => setEditing(false)}>
              {t('optionsCancel')}
            </button>
          </div>
          {invalid && (
            <p id={`${id}-error`} class="bs-options-error" role="alert">
              {t('optionsTitleEmpty')}
            </p>
          )}
        </form>
      ) : (
        <div class="bs-options-source-head">
          <h3 class="bs-options-source-title">{record.title}</h3>
          {!record.enabled && <span class="bs-options-tag">{t('optionsDisabled')}</span>}
        </div>
      )}
      <SourceMeta publisher={record.publisher} date={record.date} counts={{ entities: record.entityCount, events: record.eventCount }} />
      {warnings.length > 0 && (
        <ul class="bs-options-warnings" aria-label={t('optionsWarnings')}>
          {warnings.map((warning, i) => (
            <li key={i}>{warning}</li>
          ))}
        </ul>
      )}
      <div class="bs-options-source-actions">
        {record.enabled && (
          <button type="button" class="bs-options-button" aria-label={t('optionsViewLabel', record.title)} onClick={() => onView(record.id)}>
            {t('optionsView')}
          </button>
        )}
        {!editing && (
          <button
            ref={renameButton}
            type="button"
            class="bs-options-button"
            aria-label={t('optionsRenameLabel', record.title)}
            onClick={() => {
              setDraft(record.title);
              setInvalid(false);
              setEditing(true);
            }}
          >
            {t('optionsRename')}
          </button>
        )}
        <button
          type="button"
          class="bs-options-button"
          aria-label={t(record.enabled ? 'optionsDisableLabel' : 'optionsEnableLabel', record.title)}
          onClick={() => onSetEnabled(!record.enabled)}
        >
          {t(record.enabled ? 'optionsDisable' : 'optionsEnable')}
        </button>
        <button type="button" class="bs-options-button bs-options-danger" aria-label={t('optionsDeleteLabel', record.title)} onClick={onRemove}>
          {t('optionsDelete')}
        </button>
      </div>
    </li>
  );
}

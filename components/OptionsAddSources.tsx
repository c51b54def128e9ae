import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { SourcePreview } from '../lib/background/knowledge-service';
import { messageOf, t } from '../lib/i18n';
import { isCalendarDate } from '../lib/knowledge/calendar-date';
import { formatEventDate } from '../lib/knowledge/format-date';
import { MAX_SOURCE_CHARS, readSource, type SourceInput } from '../lib/knowledge/source-format';
import { withDetails, type SourceDetails } from '../lib/knowledge/source-details';
import type { SourceRecord } from '../lib/sources/source-store';
import { ENTITY_TYPES, machineDate } from '../lib/timeline-filter';
import { focusNearest } from './OptionsRemovableList';
import { ownWarning, SourceMeta } from './OptionsSources';
import { TYPE_GROUP_LABELS } from './TypeBadge';

export interface OptionsAddSourcesProps {
  /** What a source would add, before it is saved. */
  onPreview(input: SourceInput): Promise<SourcePreview>;
  /** Saves a source; rejects with a message a person can act on (a full storage, …). */
  onAdd(input: SourceInput): Promise<SourceRecord>;
  /** Turns HTML into an inert Document; DOMParser by default. */
  parseHtml?: (html: string) => Document;
}

interface Draft {
  key: number;
  /** The file's name, or "Pasted text". */
  name: string;
  input?: SourceInput;
  preview?: SourcePreview;
  busy?: 'read' | 'preview' | 'add';
  error?: string;
  /** The date field, for a document that states none. */
  date: string;
  dateError?: boolean;
}

/** A file this many bytes long has more characters than MAX_SOURCE_CHARS whatever its encoding (UTF-8 takes at most 3 bytes per UTF-16 unit). */
const MAX_FILE_BYTES = MAX_SOURCE_CHARS * 3;
const MARKDOWN = /^ {0,3}#{1,6}\s|^\s*(?:[-*+]|\d+[.)])\s+\S|\*\*\S|__\S|\[[^\]\n]+\]\([^)\s]+\)|^\s*(?:```|~~~)/mu;

const defaultParseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/** Whether pasted text reads as Markdown (a heading, a list, emphasis, a link, a code fence). */
export function looksLikeMarkdown(text: string): boolean {
  return MARKDOWN.test(text);
}

const tooLarge = (name: string) => t('optionsTooLarge', name, MAX_SOURCE_CHARS / 1e6);

/**
 * Adding sources: pasted text or Markdown, or files. Each is read, then
 * previewed (what Backstory would learn from it) before it is added or
 * discarded. Source text is untrusted: everything of it is shown as text.
 */
export function OptionsAddSources({ onPreview, onAdd, parseHtml = defaultParseHtml }: OptionsAddSourcesProps) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [pasted, setPasted] = useState('');
  const [details, setDetails] = useState<Required<SourceDetails>>({ title: '', publisher: '', date: '' });
  const [pasteError, setPasteError] = useState('');
  const [drafts, setDrafts] = useState<Draft[]>([]);
  const [status, setStatus] = useState('');
  const nextKey = useRef(0);
  const closed = useRef<number | undefined>(undefined);

  // Once a preview is added or discarded, focus goes to the next one (or this section), not to the top of the page.
  useLayoutEffect(() => {
    if (closed.current === undefined) return;
    focusNearest(list.current?.querySelectorAll<HTMLElement>('.bs-options-draft-title'), closed.current, heading.current);
    closed.current = undefined;
  }, [drafts]);

  const update = (key: number, change: Partial<Draft>) => setDrafts((all) => all.map((d) => (d.key === key ? { ...d, ...change } : d)));

  const preview = async (key: number, input: SourceInput) => {
    update(key, { input, busy: 'preview', error: undefined });
    try {
      update(key, { preview: await onPreview(input), busy: undefined });
    } catch (error) {
      update(key, { busy: undefined, error: t('optionsPreviewFailed', messageOf(error)) });
    }
  };

  const newDraft = (name: string, change: Partial<Draft> = {}): number => {
    const key = nextKey.current++;
    setDrafts((all) => [...all, { key, name, date: '', ...change }]);
    return key;
  };

  const paste = (event: Event) => {
    event.preventDefault();
    setStatus('');
    // The field as it is now: a paste and Enter may come before the page has drawn the paste.
    const text = textarea.current?.value ?? pasted;
    if (!text.trim()) return fail(t('optionsPasteEmpty'));
    if (text.length > MAX_SOURCE_CHARS) return fail(tooLarge(t('optionsPasted')));
    let input: SourceInput;
    try {
      input = withDetails(readSource(text, { fileName: looksLikeMarkdown(text) ? 'pasted.md' : 'pasted.txt', parseHtml }), details);
    } catch (error) {
      return fail(messageOf(error));
    }
    setPasteError('');
    setPasted('');
    setDetails({ title: '', publisher: '', date: '' });
    void preview(newDraft(t('optionsPasted'), { busy: 'preview' }), input);
  };
  const fail = (message: string) => {
    setPasteError(message);
    textarea.current?.focus();
  };

  const readFiles = async (field: HTMLInputElement) => {
    const files = [...(field.files ?? [])];
    field.value = '';
    setStatus('');
    await Promise.all(
      files.map(async (file) => {
        if (file.size > MAX_FILE_BYTES) return newDraft(file.name, { error: tooLarge(file.name) });
        const key = newDraft(file.name, { busy: 'read' });
        try {
          const raw = await file.text();
          if (raw.length > MAX_SOURCE_CHARS) return update(key, { busy: undefined, error: tooLarge(file.name) });
          await preview(key, readSource(raw, { fileName: file.name, parseHtml }));
        } catch (error) {
          update(key, { busy: undefined, error: messageOf(error) });
        }
      }),
    );
  };

  const close = (key: number) => {
    closed.current = drafts.findIndex((d) => d.key === key);
    setDrafts((all) => all.filter((d) => d.key !== key));
  };

  const add = async (draft: Draft) => {
    if (!draft.input) return;
    update(draft.key, { busy: 'add', error: undefined });
    try {
      const record = await onAdd(draft.input);
      close(draft.key);
      setStatus(t('optionsAdded', record.title));
    } catch (error) {
      update(draft.key, { busy: undefined, error: t('optionsAddFailed', messageOf(error)) });
    }
  };

  const applyDate = (draft: Draft) => {
    if (!draft.input) return;
    if (!isCalendarDate(draft.date)) return update(draft.key, { dateError: true });
    update(draft.key, { dateError: false });
    void preview(draft.key, withDetails(draft.input, { date: draft.date }));
  };

  return (
    <section class="bs-options-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('optionsAddSources')}
      </h2>
      <p class="bs-options-hint">{t('optionsAddHint')}</p>
      <form class="bs-options-paste" onSubmit={paste} noValidate>
        <div class="bs-options-field">
          <label for={`${id}-text`}>{t('optionsPasteLabel')}</label>
          <textarea
            ref={textarea}
            id={`${id}-text`}
            class="bs-options-input bs-options-textarea"
            rows={8}
            spellcheck={false}
            value={pasted}
            aria-invalid={pasteError ? 'true' : undefined}
            aria-describedby={`${id}-paste-error`}
            onInput={(event) => {
              setPasted(event.currentTarget.value);
              if (pasteError) setPasteError('');
            }}
          />
        </div>
        <fieldset class="bs-options-group bs-options-details">
          <legend>{t('optionsPasteDetails')}</legend>
          <div class="bs-options-details-row">
            <DetailField label={t('optionsFieldTitle')} value={details.title} onInput={(title) => setDetails({ ...details, title })} />
            <DetailField label={t('optionsFieldPublisher')} value={details.publisher} onInput={(publisher) => setDetails({ ...details, publisher })} />
            <DetailField label={t('optionsFieldDate')} type="date" value={details.date} onInput={(date) => setDetails({ ...details, date })} />
          </div>
        </fieldset>
        <button type="submit" class="bs-options-button">
          {t('optionsPreview')}
        </button>
        <p id={`${id}-paste-error`} class="bs-options-error" role="alert">
          {pasteError}
        </p>
      </form>
      <div class="bs-options-field">
        <label for={`${id}-files`}>{t('optionsChooseFiles')}</label>
        <input
          id={`${id}-files`}
          class="bs-options-file"
          type="file"
          multiple
          accept=".txt,.md,.markdown,.html,.htm"
          onChange={(event) => void readFiles(event.currentTarget)}
        />
      </div>
      <div ref={list} class="bs-options-drafts">
        {drafts.map((draft) => (
          <DraftView
            key={draft.key}
            draft={draft}
            onDate={(date) => update(draft.key, { date, dateError: false })}
            onApplyDate={() => applyDate(draft)}
            onAdd={() => void add(draft)}
            onDiscard={() => close(draft.key)}
          />
        ))}
      </div>
      <p class="bs-options-inline-status" aria-live="polite" aria-atomic="true">
        {status}
      </p>
    </section>
  );
}

function DetailField({ label, value, type = 'text', onInput }: { label: string; value: string; type?: 'text' | 'date'; onInput(value: string): void }) {
  const id = useId();
  return (
    <div class="bs-options-detail">
      <label for={id}>{label}</label>
      {type === 'date' ? (
        <input id={id} class="bs-options-input" type="date" value={value} onInput={(event) => onInput(event.currentTarget.value)} />
      ) : (
        <input id={id} class="bs-options-input" type="text" value={value} onInput={(event) => onInput(event.currentTarget.value)} />
      )}
    </div>
  );
}

interface DraftViewProps {
  draft: Draft;
  onDate(date: string): void;
  onApplyDate(): void;
  onAdd(): void;
  onDiscard(): void;
}

function DraftView({ draft, onDate, onApplyDate, onAdd, onDiscard }: DraftViewProps) {
  const id = useId();
  const { preview, busy, error } = draft;
  const title = preview?.title ?? draft.name;
  return (
    <article class="bs-options-draft" aria-labelledby={`${id}-title`} aria-busy={busy ? 'true' : undefined}>
      <h3 id={`${id}-title`} class="bs-options-draft-title" tabIndex={-1}>
        {title}
      </h3>
      {title !== draft.name && <p class="bs-options-hint">{draft.name}</p>}
      {busy && busy !== 'add' && <p class="bs-options-hint">{t('optionsReading')}</p>}
      {preview && (
        <>
          <SourceMeta publisher={preview.publisher} date={preview.date} />
          {preview.duplicate && (
            <p id={`${id}-duplicate`} class="bs-options-warning">
              {t('optionsDuplicate')}
            </p>
          )}
          {!preview.date && (
            <form
              class="bs-options-add"
              noValidate
              onSubmit={(event) => {
                event.preventDefault();
                onApplyDate();
              }}
            >
              <label for={`${id}-date`}>{t('optionsAskDate')}</label>
              <div class="bs-options-add-row">
                <input
                  id={`${id}-date`}
                  class="bs-options-input bs-options-date"
                  type="date"
                  value={draft.date}
                  aria-invalid={draft.dateError ? 'true' : undefined}
                  aria-describedby={draft.dateError ? `${id}-date-error` : undefined}
                  onInput={(event) => onDate(event.currentTarget.value)}
                />
                <button type="submit" class="bs-options-button" disabled={busy !== undefined}>
                  {t('optionsUseDate')}
                </button>
              </div>
              {draft.dateError && (
                <p id={`${id}-date-error`} class="bs-options-error" role="alert">
                  {t('optionsDateInvalid')}
                </p>
              )}
            </form>
          )}
          <Found preview={preview} />
          {preview.warnings.length > 0 && (
            <ul class="bs-options-warnings" aria-label={t('optionsWarnings')}>
              {preview.warnings.map((warning, i) => (
                <li key={i}>{ownWarning(warning, preview.title)}</li>
              ))}
            </ul>
          )}
        </>
      )}
      {error && (
        <p class="bs-options-error" role="alert">
          {error}
        </p>
      )}
      <div class="bs-options-source-actions">
        {preview && (
          <button
            type="button"
            class="bs-options-button"
            aria-label={t('optionsAddLabel', title)}
            aria-describedby={preview.duplicate ? `${id}-duplicate` : undefined}
            disabled={busy !== undefined || preview.duplicate}
            onClick={onAdd}
          >
            {t('optionsAdd')}
          </button>
        )}
        <button type="button" class="bs-options-button" aria-label={t('optionsDiscardLabel', title)} disabled={busy === 'add'} onClick={onDiscard}>
          {t('optionsDiscard')}
        </button>
      </div>
    </article>
  );
}

/** The entities and events a preview found. */
function Found({ preview }: { preview: SourcePreview }) {
  const groups = ENTITY_TYPES.map((type) => ({ type, names: preview.entities.filter((e) => e.type === type).map((e) => e.name) })).filter((g) => g.names.length);
  return (
    <div class="bs-options-found">
      {groups.length ? (
        groups.map((group) => (
          <div key={group.type}>
            <h4>{t(TYPE_GROUP_LABELS[group.type])}</h4>
            <ul class="bs-options-names">
              {group.names.map((name, i) => (
                <li key={i} class={`bs-options-chip bs-options-chip-${group.type}`}>
                  {name}
                </li>
              ))}
            </ul>
          </div>
        ))
      ) : (
        <p class="bs-options-none">{t('optionsNoEntities')}</p>
      )}
      <h4>{t('optionsEvents')}</h4>
      {preview.events.length ? (
        <ul class="bs-options-events">
          {preview.events.map((event, i) => (
            <li key={i}>
              <time dateTime={machineDate(event.when)}>{formatEventDate(event.when)}</time> <span>{event.summary}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p class="bs-options-none">{t('optionsNoEvents')}</p>
      )}
    </div>
  );
}

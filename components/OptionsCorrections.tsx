import { useId, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { messageOf, t } from '../lib/i18n';
import type { Corrections } from '../lib/knowledge/corrections';
import { nameKey } from '../lib/name-key';
import type { EntityRef } from '../lib/knowledge/views';
import { focusNearest, OptionsRemovableList } from './OptionsRemovableList';
import { TypeBadge } from './TypeBadge';

export interface OptionsCorrectionsProps {
  /** The knowledge's entities, by id, as it is now (with the corrections applied). */
  names: Record<string, EntityRef>;
  corrections: Corrections;
  onChange(corrections: Corrections): Promise<unknown>;
}

const HIDDEN = 'hidden:';
const MERGE = 'merge:';

/**
 * Corrections to what the compiler found: a name that is no entity is
 * hidden, two names of one entity are merged. Both are kept by name key,
 * so they outlive compiling the sources again; each can be undone.
 */
export function OptionsCorrections({ names, corrections, onChange }: OptionsCorrectionsProps) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [picks, setPicks] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const filter = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const yours = useRef<HTMLHeadingElement>(null);
  const hiding = useRef<{ id: string; index: number } | undefined>(undefined);

  // A hidden or merged name leaves the knowledge; its name as last seen still labels the correction.
  const seen = useRef(new Map<string, string>());
  for (const entity of Object.values(names)) if (!seen.current.has(nameKey(entity.name))) seen.current.set(nameKey(entity.name), entity.name);
  const label = (key: string) => seen.current.get(key) ?? key;

  const entities = useMemo(() => Object.values(names).sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id)), [names]);
  const shown = query.trim() ? entities.filter((e) => nameKey(e.name).includes(nameKey(query))) : entities;
  const picked = picks.filter((p) => names[p]);

  // Focus leaves a hidden name's button for the next one (or the search field) once the name is gone.
  useLayoutEffect(() => {
    const pending = hiding.current;
    if (!pending || names[pending.id]) return;
    hiding.current = undefined;
    focusNearest(list.current?.querySelectorAll('button'), pending.index, filter.current);
  }, [names]);

  const save = async (next: Corrections, done: string) => {
    setError('');
    setStatus('');
    try {
      await onChange(next);
      setStatus(done);
      return true;
    } catch (e) {
      setError(t('optionsFailed', messageOf(e)));
      return false;
    }
  };

  const hide = (entity: EntityRef, index: number) => {
    const key = nameKey(entity.name);
    if (corrections.hidden.includes(key)) return;
    hiding.current = { id: entity.id, index };
    void save({ ...corrections, hidden: [...corrections.hidden, key] }, t('optionsHiddenDone', entity.name));
  };

  const merge = async () => {
    setStatus('');
    if (picked.length !== 2) return setError(t('optionsPickTwo'));
    const [a, b] = picked.map((p) => names[p]!) as [EntityRef, EntityRef];
    const pair: [string, string] = [nameKey(a.name), nameKey(b.name)];
    const known = corrections.merges.some(([x, y]) => (x === pair[0] && y === pair[1]) || (x === pair[1] && y === pair[0]));
    const next = known ? corrections : { ...corrections, merges: [...corrections.merges, pair] };
    if (await save(next, t('optionsMergedDone', a.name, b.name))) setPicks([]);
  };

  const undo = (key: string) => {
    if (key.startsWith(HIDDEN)) {
      const hidden = key.slice(HIDDEN.length);
      void save({ ...corrections, hidden: corrections.hidden.filter((h) => h !== hidden) }, t('optionsCorrectionUndone'));
    } else {
      const pair = key.slice(MERGE.length);
      void save({ ...corrections, merges: corrections.merges.filter(([a, b]) => `${a}\n${b}` !== pair) }, t('optionsCorrectionUndone'));
    }
  };

  const made = [
    ...corrections.hidden.map((key) => {
      const text = t('optionsHiddenCorrection', label(key));
      return { key: HIDDEN + key, label: text, text };
    }),
    ...corrections.merges.map(([a, b]) => {
      const text = t('optionsMergeCorrection', label(a), label(b));
      return { key: `${MERGE}${a}\n${b}`, label: text, text };
    }),
  ].filter((item, i, all) => all.findIndex((o) => o.key === item.key) === i);

  return (
    <section class="bs-options-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('optionsCorrections')}</h2>
      <p class="bs-options-hint">{t('optionsCorrectionsHint')}</p>
      <div class="bs-options-field">
        <label for={`${id}-find`}>{t('optionsFindName')}</label>
        <input
          ref={filter}
          id={`${id}-find`}
          class="bs-options-input"
          type="search"
          autoComplete="off"
          value={query}
          aria-controls={`${id}-names`}
          onInput={(event) => setQuery(event.currentTarget.value)}
        />
      </div>
      <fieldset class="bs-options-group">
        <legend>{t('optionsKnownNames')}</legend>
        {shown.length ? (
          <ul id={`${id}-names`} ref={list} class="bs-options-list bs-options-entities">
            {shown.map((entity, index) => (
              <li key={entity.id} class="bs-options-item">
                <label class="bs-options-choice bs-options-item-label">
                  <input
                    type="checkbox"
                    checked={picked.includes(entity.id)}
                    onChange={(event) => {
                      const on = event.currentTarget.checked;
                      setError('');
                      setPicks((all) => (on ? [...all.filter((p) => names[p]), entity.id] : all.filter((p) => p !== entity.id)));
                    }}
                  />
                  <span>{entity.name}</span> <TypeBadge type={entity.type} />
                </label>
                <button type="button" class="bs-options-button" aria-label={t('optionsNotEntityLabel', entity.name)} onClick={() => hide(entity, index)}>
                  {t('optionsNotEntity')}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p id={`${id}-names`} class="bs-options-none">
            {t('optionsNoNames')}
          </p>
        )}
      </fieldset>
      <div class="bs-options-add-row bs-options-merge">
        <button type="button" class="bs-options-button" aria-describedby={`${id}-picked`} onClick={() => void merge()}>
          {t('optionsSameEntity')}
        </button>
        <p id={`${id}-picked`} class="bs-options-hint">
          {picked.length ? t('optionsPicked', picked.map((p) => names[p]!.name).join(' · ')) : t('optionsPickTwo')}
        </p>
      </div>
      <p class="bs-options-error" role="alert">
        {error}
      </p>
      <p class="bs-options-inline-status" aria-live="polite" aria-atomic="true">
        {status}
      </p>
      <h3 ref={yours} tabIndex={-1}>
        {t('optionsYourCorrections')}
      </h3>
      <OptionsRemovableList
        items={made}
        buttonText={t('optionsUndo')}
        buttonLabel={(text) => t('optionsUndoCorrectionLabel', text)}
        onRemove={undo}
        fallbackFocus={yours}
      />
    </section>
  );
}

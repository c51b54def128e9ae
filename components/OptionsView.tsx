import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { messageOf, t, type MessageKey } from '../lib/i18n';
import { nameKey } from '../lib/name-key';
import type { EntityRef } from '../lib/knowledge/views';
import type { Settings } from '../lib/settings';
import { ENTITY_TYPES } from '../lib/timeline-filter';
import { OptionsAddSources, type OptionsAddSourcesProps } from './OptionsAddSources';
import { OptionsCorrections, type OptionsCorrectionsProps } from './OptionsCorrections';
import { OptionsExport, type OptionsExportProps } from './OptionsExport';
import { OptionsRemovableList } from './OptionsRemovableList';
import { OptionsSiteList } from './OptionsSiteList';
import { OptionsSources, type OptionsSourcesProps } from './OptionsSources';
import { TYPE_GROUP_LABELS } from './TypeBadge';

type Done = Promise<unknown> | void;

/** The sections about what Backstory knows: sources, adding them, corrections, export and import. */
export interface OptionsKnowledgeProps {
  sources: OptionsSourcesProps;
  add: OptionsAddSourcesProps;
  corrections: OptionsCorrectionsProps;
  transfer: Omit<OptionsExportProps, 'confirm'>;
}

export interface OptionsViewProps {
  settings: Settings;
  /** Entity id → name, to list hidden names as the knowledge writes them. */
  names: Record<string, EntityRef>;
  /** Saves a change at once. */
  onChange(change: Partial<Settings>): Done;
  /** Puts every option back to its default. */
  onReset(): Done;
  /** Deletes everything Backstory stores (asked for confirmation first). */
  onDeleteAll(): Done;
  /** Asks the user to confirm; `window.confirm` by default. */
  confirm?: (message: string) => boolean;
  /** The sources sections; left out, the page shows settings only. */
  knowledge?: OptionsKnowledgeProps;
}

const STYLES: { style: Settings['highlightStyle']; label: MessageKey }[] = [
  { style: 'underline', label: 'optionsStyleUnderline' },
  { style: 'background', label: 'optionsStyleBackground' },
];
const DELAY = { min: 0, max: 2000, step: 50 };
const STATUS_MS = 2500;

/** The options page: every setting, saved as soon as it changes. */
export function OptionsView({ settings, names, onChange, onReset, onDeleteAll, confirm = (m) => window.confirm(m), knowledge }: OptionsViewProps) {
  const id = useId();
  const [status, setStatus] = useState('');
  const statusTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(statusTimer.current), []);
  const hiddenHeading = useRef<HTMLHeadingElement>(null);

  /** Runs a change and says, politely, how it went. */
  const run = async (action: () => Done, done = t('optionsSaved')) => {
    clearTimeout(statusTimer.current);
    try {
      await action();
      setStatus(done);
      statusTimer.current = setTimeout(() => setStatus(''), STATUS_MS);
    } catch (error) {
      setStatus(t('optionsSaveFailed', messageOf(error)));
    }
  };
  const save = (change: Partial<Settings>) => void run(() => onChange(change));

  const written = new Map(Object.values(names).map((entity) => [nameKey(entity.name), entity.name]));
  const hidden = settings.hiddenNames.map((key) => ({ key, text: written.get(key) ?? key })).sort((a, b) => a.text.localeCompare(b.text));

  return (
    <main class="bs-options">
      <header class="bs-options-head">
        <img src="/icon/48.png" width={32} height={32} alt="" />
        <h1>{t('optionsTitle')}</h1>
      </header>

      <section class="bs-options-section" aria-labelledby={`${id}-highlighting`}>
        <h2 id={`${id}-highlighting`}>{t('optionsHighlighting')}</h2>
        <HoverDelay value={settings.hoverDelayMs} onCommit={(hoverDelayMs) => save({ hoverDelayMs })} />
        <fieldset class="bs-options-group">
          <legend>{t('optionsTypes')}</legend>
          {ENTITY_TYPES.map((type) => (
            <label key={type} class="bs-options-choice">
              <input
                type="checkbox"
                name={`${id}-type`}
                value={type}
                checked={settings.highlightTypes[type]}
                onChange={(event) => save({ highlightTypes: { ...settings.highlightTypes, [type]: event.currentTarget.checked } })}
              />
              <span class={`bs-options-type bs-${type}`}>{t(TYPE_GROUP_LABELS[type])}</span>
            </label>
          ))}
        </fieldset>
        <fieldset class="bs-options-group">
          <legend>{t('optionsStyle')}</legend>
          {STYLES.map(({ style, label }) => (
            <label key={style} class="bs-options-choice">
              <input
                type="radio"
                name={`${id}-style`}
                value={style}
                checked={settings.highlightStyle === style}
                onChange={(event) => event.currentTarget.checked && save({ highlightStyle: style })}
              />
              <span class={`bs-options-sample bs-options-sample-${style}`}>{t(label)}</span>
            </label>
          ))}
        </fieldset>
      </section>

      {knowledge && (
        <>
          <OptionsSources {...knowledge.sources} />
          <OptionsAddSources {...knowledge.add} />
          <OptionsCorrections {...knowledge.corrections} />
        </>
      )}

      <section class="bs-options-section" aria-labelledby={`${id}-sites`}>
        <h2 id={`${id}-sites`}>{t('optionsSites')}</h2>
        <p class="bs-options-hint">{t('optionsSiteHint')}</p>
        <OptionsSiteList title={t('optionsDisabledSites')} sites={settings.disabledSites} onChange={(disabledSites) => save({ disabledSites })} />
        <OptionsSiteList title={t('optionsWholePageSites')} sites={settings.wholePageSites} onChange={(wholePageSites) => save({ wholePageSites })} />
      </section>

      <section class="bs-options-section" aria-labelledby={`${id}-hidden`}>
        <h2 id={`${id}-hidden`} ref={hiddenHeading} tabIndex={-1}>
          {t('optionsHidden')}
        </h2>
        <OptionsRemovableList
          items={hidden.map((entity) => ({ ...entity, label: entity.text }))}
          buttonText={t('optionsShowAgain')}
          buttonLabel={(name) => t('optionsShowAgainLabel', name)}
          onRemove={(key) => save({ hiddenNames: settings.hiddenNames.filter((k) => k !== key) })}
          fallbackFocus={hiddenHeading}
        />
      </section>

      <section class="bs-options-section" aria-labelledby={`${id}-keyboard`}>
        <h2 id={`${id}-keyboard`}>{t('optionsShortcuts')}</h2>
        <p>{t('optionsShortcutHint')}</p>
      </section>

      {knowledge && <OptionsExport {...knowledge.transfer} confirm={confirm} />}

      <section class="bs-options-section" aria-labelledby={`${id}-privacy`}>
        <h2 id={`${id}-privacy`}>{t('optionsPrivacy')}</h2>
        <p>{t('optionsPrivacyText')}</p>
        <div class="bs-options-actions">
          <div class="bs-options-action">
            <button type="button" class="bs-options-button" aria-describedby={`${id}-reset-hint`} onClick={() => void run(onReset)}>
              {t('optionsReset')}
            </button>
            <p id={`${id}-reset-hint`} class="bs-options-hint">
              {t('optionsResetHint')}
            </p>
          </div>
          <div class="bs-options-action">
            <button
              type="button"
              class="bs-options-button bs-options-danger"
              aria-describedby={`${id}-delete-hint`}
              onClick={() => {
                if (confirm(t('optionsDeleteConfirm'))) void run(onDeleteAll, t('optionsDeleted'));
              }}
            >
              {t('optionsDeleteAll')}
            </button>
            <p id={`${id}-delete-hint`} class="bs-options-hint">
              {t('optionsDeleteHint')}
            </p>
          </div>
        </div>
      </section>

      <p class="bs-options-status" role="status" aria-live="polite" aria-atomic="true">
        {status}
      </p>
    </main>
  );
}

/**
 * The hover delay slider. Its value shows while it moves; it is saved when it
 * settles (on `change`: each key press, or the end of a drag), not on every
 * step of a drag, since every save makes each open page read itself again.
 */
function HoverDelay({ value, onCommit }: { value: number; onCommit(ms: number): void }) {
  const id = useId();
  // Where a drag is, until it settles; the saved value otherwise.
  const [dragged, setDragged] = useState<number>();
  const shown = dragged ?? value;
  const label = t('optionsHoverDelayValue', shown);
  return (
    <div class="bs-options-field">
      <label for={`${id}-delay`}>{t('optionsHoverDelay')}</label>
      <div class="bs-options-range">
        <input
          id={`${id}-delay`}
          type="range"
          min={DELAY.min}
          max={DELAY.max}
          step={DELAY.step}
          value={shown}
          aria-valuetext={label}
          onInput={(event) => setDragged(Number(event.currentTarget.value))}
          onChange={(event) => {
            const ms = Number(event.currentTarget.value);
            setDragged(undefined);
            if (ms !== value) onCommit(ms);
          }}
        />
        {/* The slider says its value itself (aria-valuetext). */}
        <span class="bs-options-value" aria-hidden="true">
          {label}
        </span>
      </div>
    </div>
  );
}

import { render } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { BundledSource } from '../../components/OptionsSources';
import { OptionsView, type OptionsKnowledgeProps } from '../../components/OptionsView';
import { openPage } from '../../lib/background/open-page';
import { t } from '../../lib/i18n';
import { NO_CORRECTIONS, type Corrections } from '../../lib/knowledge/corrections';
import type { TimelineView } from '../../lib/knowledge/views';
import { sendMessage } from '../../lib/messaging';
import { serialQueue } from '../../lib/serial';
import { DEFAULT_SETTINGS, getSettings, normalizeSettings, updateSettings, watchSettings, type Settings } from '../../lib/settings';
import { sourceViewerPath } from '../../lib/source-link';
import { watchKnowledge } from '../../lib/sources/knowledge-stamp';
import { correctionsItem, sourceIndex, type SourceRecord } from '../../lib/sources/source-store';
import './options.css';

const ECHO_MS = 1000;

/**
 * The settings as this page shows them. A change shows at once and is saved
 * after the ones before it (two saves at once could each miss the other's
 * change). While saves are pending, storage events (the echoes of this page's
 * own writes, a step behind) are not shown, or a slider moved quickly would
 * jump back; changes made elsewhere (the popup, a card) show as they come.
 */
function useSettings() {
  const [settings, setSettings] = useState<Settings>();
  const saves = useRef({ pending: 0, queue: serialQueue(), written: new Set<string>() });
  useEffect(() => {
    const unwatch = watchSettings((next) => {
      const s = saves.current;
      if (s.pending > 0) return;
      const key = JSON.stringify(next);
      // A late echo of an earlier write of ours: the last one is already shown.
      if (s.written.has(key)) s.written.delete(key);
      else {
        s.written.clear();
        setSettings(next);
      }
    });
    void getSettings().then((initial) => setSettings((current) => current ?? initial));
    return unwatch;
  }, []);

  const save = async (shown: Settings, write: () => Promise<Settings>) => {
    const s = saves.current;
    if (s.pending++ === 0) s.written.clear();
    setSettings(shown);
    const done = s.queue(write);
    try {
      const saved = await done;
      s.written.add(JSON.stringify(saved));
      if (s.pending === 1) {
        s.written.delete(JSON.stringify(saved));
        setSettings(saved);
      }
    } catch (error) {
      if (s.pending === 1) setSettings(await getSettings());
      throw error;
    } finally {
      // Echoes come within moments; after that, an equal value is someone else's change.
      if (--s.pending === 0) setTimeout(() => s.pending === 0 && s.written.clear(), ECHO_MS);
    }
  };
  return { settings, save };
}

/** A storage item's value as it is now, following changes made anywhere. */
function useStored<T>(item: { getValue(): Promise<T>; watch(cb: (value: T | null) => void): () => void }, fallback: T): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    const unwatch = item.watch((next) => setValue(next ?? fallback));
    void item.getValue().then((initial) => setValue((current) => current ?? initial));
    return unwatch;
    // The item and its fallback are module constants.
  }, []);
  return value;
}

/** The merged knowledge's timeline, fetched again each time the background rebuilds it. */
function useTimeline(): TimelineView | undefined {
  const [timeline, setTimeline] = useState<TimelineView>();
  useEffect(() => {
    let latest = 0;
    const load = () => {
      const ask = ++latest;
      sendMessage('getTimeline').then(
        (view) => ask === latest && setTimeline(view),
        () => {},
      );
    };
    const unwatch = watchKnowledge(load);
    load();
    return unwatch;
  }, []);
  return timeline;
}

/**
 * The bundled sources: the timeline's sources that the user did not add. A
 * source the user had in this page's lifetime is never taken for a bundled
 * one (the timeline may lag a moment behind a delete).
 */
function useBundled(timeline: TimelineView | undefined, sources: SourceRecord[] | undefined): BundledSource[] {
  const added = useRef(new Set<string>());
  for (const record of sources ?? []) added.current.add(record.id);
  const citations = useMemo(
    () => (timeline && sources ? Object.values(timeline.citations).filter((c) => !added.current.has(c.id)) : []),
    [timeline, sources],
  );
  return citations.map((citation) => ({
    citation,
    eventCount: timeline!.events.filter((e) => e.quote.sourceId === citation.id).length,
    entityCount: timeline!.entityCounts[citation.id] ?? 0,
  }));
}

function useKnowledge(): { knowledge: OptionsKnowledgeProps; names: TimelineView['names'] } {
  const sources = useStored(sourceIndex, []);
  const corrections = useStored<Corrections>(correctionsItem, NO_CORRECTIONS) ?? NO_CORRECTIONS;
  const timeline = useTimeline();
  const bundled = useBundled(timeline, sources);
  const names = timeline?.names ?? {};
  return {
    names,
    knowledge: {
      sources: {
        sources,
        bundled,
        onView: (id) => void openPage(sourceViewerPath(id)),
        onRename: (id, title) => sendMessage('updateSource', { id, title }),
        onSetEnabled: (id, enabled) => sendMessage('updateSource', { id, enabled }),
        onRemove: (id) => sendMessage('removeSource', id),
        onRestore: (removed) => sendMessage('restoreSource', removed),
        onRecompile: () => sendMessage('recompileSources'),
      },
      add: {
        onPreview: (input) => sendMessage('previewSource', input),
        onAdd: (input) => sendMessage('addSource', input),
      },
      corrections: { names, corrections, onChange: (next) => sendMessage('setCorrections', next) },
      transfer: {
        onExport: () => sendMessage('exportKnowledge'),
        onImport: (json) => sendMessage('importKnowledge', json),
      },
    },
  };
}

function Options() {
  const { settings, save } = useSettings();
  const { knowledge, names } = useKnowledge();
  if (!settings) return null;
  return (
    <OptionsView
      settings={settings}
      names={names}
      knowledge={knowledge}
      onChange={(change) => save(normalizeSettings({ ...settings, ...change }), () => updateSettings(() => change))}
      onReset={() => save(DEFAULT_SETTINGS, () => updateSettings(() => DEFAULT_SETTINGS))}
      onDeleteAll={() =>
        save(DEFAULT_SETTINGS, async () => {
          await browser.storage.local.clear();
          return DEFAULT_SETTINGS;
        })
      }
    />
  );
}

document.title = t('optionsTitle');
render(<Options />, document.getElementById('app')!);

import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { OptionsView } from '../../components/OptionsView';
import { t } from '../../lib/i18n';
import type { EntityRef } from '../../lib/knowledge/views';
import { sendMessage } from '../../lib/messaging';
import { DEFAULT_SETTINGS, getSettings, normalizeSettings, updateSettings, watchSettings, type Settings } from '../../lib/settings';
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
  const saves = useRef({ pending: 0, queue: Promise.resolve() as Promise<unknown>, written: new Set<string>() });
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
    const done = s.queue.then(write);
    s.queue = done.catch(() => {});
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

function Options() {
  const { settings, save } = useSettings();
  const [names, setNames] = useState<Record<string, EntityRef>>({});
  useEffect(() => {
    void sendMessage('getTimeline')
      .then((timeline) => setNames(timeline.names))
      .catch(() => {});
  }, []);
  if (!settings) return null;
  return (
    <OptionsView
      settings={settings}
      names={names}
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

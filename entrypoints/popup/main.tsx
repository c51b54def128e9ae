import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { AddSourceState } from '../../components/AddSourcePanel';
import { PopupView, type PageState, type PopupActions } from '../../components/PopupView';
import { openPage } from '../../lib/background/open-page';
import { messageOf } from '../../lib/i18n';
import type { SourceInput } from '../../lib/knowledge/source-format';
import { withDetails } from '../../lib/knowledge/source-details';
import type { TimelineView } from '../../lib/knowledge/views';
import { sendMessage } from '../../lib/messaging';
import { canRunOn, tabFromQuery } from '../../lib/popup/page-access';
import { DEFAULT_SETTINGS, getSettings, siteOf, updateSettings, watchSettings, type Settings } from '../../lib/settings';
import { sourceViewerPath } from '../../lib/source-link';
import { timelinePath } from '../../lib/timeline-filter';
import './popup.css';

const REFRESH_MS = 1000;

async function targetTab() {
  const id = tabFromQuery(location.search);
  if (id !== undefined) return browser.tabs.get(id);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active;
}

interface Target {
  tabId?: number;
  url?: string;
  incognito?: boolean;
}

async function readPage(): Promise<{ page: PageState; target: Target }> {
  const tab = await targetTab();
  if (!tab?.id || !canRunOn(tab.url)) return { page: { kind: 'restricted' }, target: {} };
  const target = { tabId: tab.id, url: tab.url!, incognito: tab.incognito };
  const report = await sendMessage('getTabReport', tab.id);
  return { page: report ? { kind: 'ready', report } : { kind: 'not-loaded' }, target };
}

/** The page's article, read by a script injected only now (Readability stays out of every page's content script). */
async function extractArticle(tabId: number): Promise<SourceInput | null> {
  const [injection] = await browser.scripting.executeScript({ target: { tabId }, files: ['/extract-article.js'] });
  return (injection?.result as SourceInput | null | undefined) ?? null;
}

function Popup() {
  const [page, setPage] = useState<PageState>({ kind: 'loading' });
  const [target, setTarget] = useState<Target>({});
  const [timeline, setTimeline] = useState<TimelineView>();
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [adding, setAdding] = useState<AddSourceState>({ step: 'idle' });
  const [article, setArticle] = useState<SourceInput>();
  useEffect(() => {
    // The page may still be loading or changing: keep the list current while the popup is open.
    const refresh = () =>
      readPage().then((read) => {
        setPage(read.page);
        setTarget(read.target);
        return read.target;
      });
    // A long page is read as it is scrolled to: the popup lists all of it.
    void refresh().then(({ tabId }) => tabId !== undefined && void sendMessage('readWholePage', undefined, tabId).catch(() => {}));
    const timer = setInterval(() => void refresh(), REFRESH_MS);
    void sendMessage('getTimeline').then(setTimeline);
    void getSettings().then(setSettings);
    const unwatch = watchSettings(setSettings);
    return () => {
      clearInterval(timer);
      unwatch();
    };
  }, []);
  const site = target.url ? siteOf(target.url) : undefined;
  const tabId = target.tabId;
  const actions: PopupActions = {
    reload: () => tabId !== undefined && void browser.tabs.reload(tabId).then(() => window.close()),
    reveal: (entityId) => tabId !== undefined && void sendMessage('revealInTab', { entityId, tabId }).catch(() => {}),
    step: (direction) => tabId !== undefined && void sendMessage('runCommand', { command: direction > 0 ? 'next-mention' : 'previous-mention', tabId }),
    setSiteOff: (off) =>
      site &&
      void updateSettings((s) => ({ disabledSites: off ? [...s.disabledSites, site] : s.disabledSites.filter((d) => d !== site) })),
    setPaused: (paused) => void updateSettings(() => ({ paused })),
    openTimeline: (filter) => void openPage(timelinePath(filter)),
    openSource: (sourceId, quote) => void openPage(sourceViewerPath(sourceId, quote)),
    openOptions: () => void browser.runtime.openOptionsPage(),
    addSource: {
      start: async () => {
        if (tabId === undefined) return;
        setAdding({ step: 'reading' });
        try {
          const extracted = await extractArticle(tabId);
          if (!extracted) return setAdding({ step: 'no-article' });
          setArticle(extracted);
          setAdding({ step: 'preview', preview: await sendMessage('previewSource', extracted) });
        } catch (error) {
          setAdding({ step: 'failed', message: messageOf(error) });
        }
      },
      setDate: async (date) => {
        if (!article) return;
        const dated = withDetails(article, { date });
        setArticle(dated);
        setAdding({ step: 'preview', preview: await sendMessage('previewSource', dated) });
      },
      confirm: async ({ title, date }) => {
        if (!article || adding.step !== 'preview') return;
        setAdding({ step: 'saving', preview: adding.preview });
        try {
          await sendMessage('addSource', { ...article, title, ...(date ? { date } : {}) });
          setAdding({ step: 'done' });
        } catch (error) {
          setAdding({ step: 'failed', message: messageOf(error) });
        }
      },
      cancel: () => setAdding({ step: 'idle' }),
    },
  };
  return (
    <PopupView
      page={page}
      timeline={timeline}
      site={site}
      siteOff={site !== undefined && settings.disabledSites.includes(site)}
      paused={settings.paused}
      adding={page.kind === 'ready' || page.kind === 'not-loaded' ? adding : undefined}
      privateWindow={target.incognito === true}
      actions={actions}
    />
  );
}

render(<Popup />, document.getElementById('app')!);

import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser, type PublicPath } from 'wxt/browser';
import { PopupView, type PageState, type PopupActions } from '../../components/PopupView';
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
}

async function readPage(): Promise<{ page: PageState; target: Target }> {
  const tab = await targetTab();
  if (!tab?.id || !canRunOn(tab.url)) return { page: { kind: 'restricted' }, target: {} };
  const target = { tabId: tab.id, url: tab.url! };
  const report = await sendMessage('getTabReport', tab.id);
  return { page: report ? { kind: 'ready', report } : { kind: 'not-loaded' }, target };
}

const openPage = (path: string) => void browser.tabs.create({ url: browser.runtime.getURL(`/${path}` as PublicPath) });

function Popup() {
  const [page, setPage] = useState<PageState>({ kind: 'loading' });
  const [target, setTarget] = useState<Target>({});
  const [timeline, setTimeline] = useState<TimelineView>();
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    // The page may still be loading or changing: keep the list current while the popup is open.
    const refresh = () =>
      void readPage().then((read) => {
        setPage(read.page);
        setTarget(read.target);
      });
    refresh();
    const timer = setInterval(refresh, REFRESH_MS);
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
    reveal: (entityId) => tabId !== undefined && void sendMessage('revealEntity', entityId, tabId).catch(() => {}),
    step: (direction) => tabId !== undefined && void sendMessage('runCommand', { command: direction > 0 ? 'next-mention' : 'previous-mention', tabId }),
    setSiteOff: (off) =>
      site &&
      void updateSettings((s) => ({ disabledSites: off ? [...s.disabledSites, site] : s.disabledSites.filter((d) => d !== site) })),
    setPaused: (paused) => void updateSettings(() => ({ paused })),
    openTimeline: (filter) => openPage(timelinePath(filter)),
    openSource: (sourceId, quote) => openPage(sourceViewerPath(sourceId, quote)),
    openOptions: () => void browser.runtime.openOptionsPage(),
  };
  return (
    <PopupView
      page={page}
      timeline={timeline}
      site={site}
      siteOff={site !== undefined && settings.disabledSites.includes(site)}
      paused={settings.paused}
      actions={actions}
    />
  );
}

render(<Popup />, document.getElementById('app')!);

import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PopupView, type PageState } from '../../components/PopupView';
import type { TimelineView } from '../../lib/knowledge/views';
import { sendMessage } from '../../lib/messaging';
import { canRunOn, tabFromQuery } from '../../lib/popup/page-access';
import './popup.css';

const REFRESH_MS = 1000;

async function targetTab() {
  const id = tabFromQuery(location.search);
  if (id !== undefined) return browser.tabs.get(id);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active;
}

async function readPage(): Promise<PageState & { tabId?: number }> {
  const tab = await targetTab();
  if (!tab?.id || !canRunOn(tab.url)) return { kind: 'restricted' };
  const report = await sendMessage('getTabReport', tab.id);
  return report ? { kind: 'ready', report, tabId: tab.id } : { kind: 'not-loaded', tabId: tab.id };
}

function Popup() {
  const [page, setPage] = useState<PageState & { tabId?: number }>({ kind: 'loading' });
  const [timeline, setTimeline] = useState<TimelineView>();
  useEffect(() => {
    // The page may still be loading or changing: keep the list current while the popup is open.
    const refresh = () => void readPage().then(setPage);
    refresh();
    const timer = setInterval(refresh, REFRESH_MS);
    void sendMessage('getTimeline').then(setTimeline);
    return () => clearInterval(timer);
  }, []);
  const reload = () => {
    if (page.tabId !== undefined) void browser.tabs.reload(page.tabId).then(() => window.close());
  };
  return <PopupView page={page} timeline={timeline} onReload={reload} />;
}

render(<Popup />, document.getElementById('app')!);

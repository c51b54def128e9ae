import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PopupView, type PageState } from '../../components/PopupView';
import type { TimelineView } from '../../lib/knowledge/views';
import { sendMessage } from '../../lib/messaging';
import { canRunOn, tabFromQuery } from '../../lib/popup/page-access';
import './popup.css';

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
    void readPage().then(setPage);
    void sendMessage('getTimeline').then(setTimeline);
  }, []);
  const reload = () => {
    if (page.tabId !== undefined) void browser.tabs.reload(page.tabId).then(() => window.close());
  };
  return <PopupView page={page} timeline={timeline} onReload={reload} />;
}

render(<Popup />, document.getElementById('app')!);

import bundledPack from 'virtual:bundled-knowledge';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { runCommand } from '../lib/background/commands';
import { openPage } from '../lib/background/open-page';
import { injectIntoOpenTabs } from '../lib/background/inject-open-tabs';
import { TabReports } from '../lib/background/tab-reports';
import { entityView, timelineView } from '../lib/knowledge/views';
import { matchTargets } from '../lib/match/targets';
import { onMessage, sendMessage, type Command } from '../lib/messaging';

export default defineBackground(() => {
  const pack = bundledPack;
  const reports = new TabReports();
  onMessage('getMatchTargets', () => matchTargets(pack, ['person', 'organization', 'place']));
  onMessage('getEntityView', ({ data }) => entityView(pack, data));
  onMessage('getTimeline', () => timelineView(pack));
  onMessage('getSource', ({ data }) => pack.sources.find((s) => s.id === data) ?? null);
  onMessage('reportPage', ({ data, sender }) => {
    if (sender.tab?.id !== undefined) reports.set(sender.tab.id, sender.frameId ?? 0, data);
  });
  onMessage('getTabReport', async ({ data: tabId }) => reports.get(tabId) ?? (await askAgain(tabId, reports)));
  onMessage('runCommand', ({ data }) => runCommand(data.command, data.tabId));
  onMessage('openPage', ({ data }) => openPage(data));
  browser.commands.onCommand.addListener((command, tab) => {
    if (tab?.id !== undefined) void runCommand(command as Command, tab.id);
  });
  browser.tabs.onRemoved.addListener((tabId) => reports.forget(tabId));
  browser.runtime.onInstalled.addListener(() => void injectIntoOpenTabs());
});

/** After a restart the background knows no reports: the tab's frames are asked to send theirs again. */
async function askAgain(tabId: number, reports: TabReports) {
  try {
    await sendMessage('resendReport', undefined, tabId);
  } catch {
    return null;
  }
  await new Promise((resolve) => setTimeout(resolve, 300));
  return reports.get(tabId);
}

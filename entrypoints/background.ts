import bundledPack from 'virtual:bundled-knowledge';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { runCommand } from '../lib/background/commands';
import { injectIntoOpenTabs } from '../lib/background/inject-open-tabs';
import { KnowledgeService } from '../lib/background/knowledge-service';
import { openPage } from '../lib/background/open-page';
import { TabReports } from '../lib/background/tab-reports';
import { entityView, timelineView } from '../lib/knowledge/views';
import { matchTargets } from '../lib/match/targets';
import { onMessage, sendMessage, type Command } from '../lib/messaging';

export default defineBackground(() => {
  const knowledge = new KnowledgeService(bundledPack);
  const reports = new TabReports();
  const pack = () => knowledge.current();
  onMessage('getMatchTargets', async () => matchTargets(await pack(), ['person', 'organization', 'place']));
  onMessage('getEntityView', async ({ data }) => entityView(await pack(), data));
  onMessage('getTimeline', async () => timelineView(await pack()));
  onMessage('getSource', ({ data }) => knowledge.source(data));

  onMessage('previewSource', ({ data }) => knowledge.preview(data));
  onMessage('addSource', ({ data }) => knowledge.add(data));
  onMessage('updateSource', async ({ data: { id, title, enabled } }) => {
    if (title !== undefined) await knowledge.rename(id, title);
    if (enabled !== undefined) await knowledge.setEnabled(id, enabled);
  });
  onMessage('removeSource', ({ data }) => knowledge.remove(data));
  onMessage('restoreSource', ({ data }) => knowledge.restore(data));
  onMessage('recompileSources', () => knowledge.recompile());
  onMessage('setCorrections', ({ data }) => knowledge.setCorrections(data));
  onMessage('exportKnowledge', () => knowledge.exportFile());
  onMessage('importKnowledge', ({ data }) => knowledge.importFile(data));

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
  browser.runtime.onInstalled.addListener(() => {
    void injectIntoOpenTabs();
    // After an update, sources compiled by an older compiler are compiled again.
    void knowledge.recompile(true);
  });
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

import bundledPack from 'virtual:bundled-knowledge';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { TabSteps } from '../lib/background/commands';
import { injectEngine, injectIntoOpenTabs } from '../lib/background/inject-open-tabs';
import { KnowledgeService } from '../lib/background/knowledge-service';
import { openPage } from '../lib/background/open-page';
import { fromExtensionPages, sameOrigin } from '../lib/background/senders';
import { TabReports } from '../lib/background/tab-reports';
import { entityView, timelineView } from '../lib/knowledge/views';
import { matchTargets } from '../lib/match/targets';
import { onMessage, sendMessage, type Command } from '../lib/messaging';
import { getSettings } from '../lib/settings';

export default defineBackground(() => {
  const knowledge = new KnowledgeService(bundledPack);
  const reports = new TabReports();
  const pack = () => knowledge.current();
  onMessage('getReadingSetup', async () => {
    const [current, settings] = await Promise.all([pack(), getSettings()]);
    return { targets: matchTargets(current, ['person', 'organization', 'place']), settings };
  });
  onMessage('getEntityView', async ({ data }) => entityView(await pack(), data));
  const own = fromExtensionPages;
  onMessage('getTimeline', own(async () => timelineView(await pack())));
  onMessage('getSource', own((id) => knowledge.source(id)));

  onMessage('previewSource', own((input) => knowledge.preview(input)));
  onMessage('addSource', own((input) => knowledge.add(input)));
  onMessage(
    'updateSource',
    own(async ({ id, title, enabled }) => {
      if (typeof title === 'string') await knowledge.rename(id, title);
      if (typeof enabled === 'boolean') await knowledge.setEnabled(id, enabled);
    }),
  );
  onMessage('removeSource', own((id) => knowledge.remove(id)));
  onMessage('restoreSource', own((removed) => knowledge.restore(removed)));
  onMessage('recompileSources', own(() => knowledge.recompile()));
  onMessage('setCorrections', own((corrections) => knowledge.setCorrections(corrections)));
  onMessage('exportKnowledge', own(() => knowledge.exportFile()));
  onMessage('importKnowledge', own((json) => knowledge.importFile(json)));

  onMessage('readThisFrame', async ({ sender }) => {
    if (sender.tab?.id !== undefined && sender.frameId && sameOrigin(sender.url, sender.tab.url)) {
      await injectEngine(sender.tab.id, sender.frameId, (sender as { documentId?: string }).documentId);
    }
  });
  onMessage('reportPage', ({ data, sender }) => {
    if (sender.tab?.id !== undefined) reports.set(sender.tab.id, sender.frameId ?? 0, data);
  });
  // After a restart the background knows no reports: the tab's frames are asked for theirs again.
  const tabReport = async (tabId: number) => reports.get(tabId) ?? (await askAgain(tabId, reports));
  const steps = new TabSteps(reports, tabReport);
  // The popup's list: what the tab's frames name now, without frames removed from the page since they reported.
  onMessage(
    'getTabReport',
    own(async (tabId) => {
      await reports.dropGoneFrames(tabId, (frameId) => sendMessage('isThere', undefined, { tabId, frameId }));
      return tabReport(tabId);
    }),
  );
  onMessage('runCommand', own(async ({ command, tabId }) => void (await steps.runCommand(command, tabId))));
  onMessage('revealInTab', own(({ entityId, tabId }) => steps.reveal(entityId, tabId)));
  onMessage('openPage', ({ data }) => openPage(data));
  browser.commands.onCommand.addListener((command, tab) => {
    if (tab?.id !== undefined) void steps.runCommand(command as Command, tab.id);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    reports.forget(tabId);
    void steps.close(tabId);
  });
  // A tab loading a new page: what the old one mentioned, and where the steps were, no longer hold.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading') return;
    reports.forget(tabId);
    void steps.forget(tabId);
  });
  browser.runtime.onInstalled.addListener(() => {
    void injectIntoOpenTabs();
    // After an update, sources compiled by an older compiler are compiled again.
    void knowledge.recompile(true);
  });
});

/** Asks a tab's frames to send their reports again; the tab's report once they have had a moment to. */
async function askAgain(tabId: number, reports: TabReports) {
  try {
    await sendMessage('resendReport', undefined, tabId);
  } catch {
    return null;
  }
  await new Promise((resolve) => setTimeout(resolve, 300));
  return reports.get(tabId);
}

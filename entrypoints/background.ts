import bundledPack from 'virtual:bundled-knowledge';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { injectIntoOpenTabs } from '../lib/background/inject-open-tabs';
import { entityView, timelineView } from '../lib/knowledge/views';
import { matchTargets } from '../lib/match/targets';
import { onMessage } from '../lib/messaging';

export default defineBackground(() => {
  const pack = bundledPack;
  onMessage('getMatchTargets', () => matchTargets(pack, ['person', 'organization']));
  onMessage('getEntityView', ({ data }) => entityView(pack, data));
  onMessage('getTimeline', () => timelineView(pack));
  browser.runtime.onInstalled.addListener(() => void injectIntoOpenTabs());
});

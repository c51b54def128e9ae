import { defineExtensionMessaging } from '@webext-core/messaging';
import type { EntityView, TimelineView } from './knowledge/views';
import type { MatchTarget } from './match/matcher';

/** What a content script reports about its page. */
export interface PageReport {
  url: string;
  /** `off`: paused or off on this site; `no-article`: nothing here to read; `reading`: highlights on. */
  state: 'off' | 'no-article' | 'reading';
  /** Entities mentioned, in order of first mention, with their counts. */
  mentions: { entityId: string; count: number }[];
}

/** Every message between Backstory's parts: one typed contract. */
interface ProtocolMap {
  /** Content script → background: the names to look for. */
  getMatchTargets(): MatchTarget[];
  /** Any page → background: what a card shows. */
  getEntityView(entityId: string): EntityView | null;
  /** Popup → background: the whole timeline. */
  getTimeline(): TimelineView;
  /** Content script → background: what this frame's page mentions now. */
  reportPage(report: PageReport): void;
  /** Popup → background: what a tab's page mentions, across its frames; null if no content script has reported. */
  getTabReport(tabId: number): PageReport | null;
  /** Background → content scripts (every frame of a tab): report again (the background may have restarted). */
  resendReport(): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();

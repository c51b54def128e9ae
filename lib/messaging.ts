import { defineExtensionMessaging } from '@webext-core/messaging';
import type { SourceDocument } from './knowledge/types';
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

/** The keyboard commands (manifest `commands`), also run by the popup's buttons. */
export type Command = 'next-mention' | 'previous-mention';

/** Every message between Backstory's parts: one typed contract. */
interface ProtocolMap {
  /** Content script → background: the names to look for. */
  getMatchTargets(): MatchTarget[];
  /** Any page → background: what a card shows. */
  getEntityView(entityId: string): EntityView | null;
  /** Extension pages → background: the whole timeline. */
  getTimeline(): TimelineView;
  /** Source viewer → background: a source document with its text. */
  getSource(sourceId: string): SourceDocument | null;
  /** Content script → background: what this frame's page mentions now. */
  reportPage(report: PageReport): void;
  /** Popup → background: what a tab's page mentions, across its frames; null if no content script has reported. */
  getTabReport(tabId: number): PageReport | null;
  /** Background → content scripts (every frame of a tab): report again (the background may have restarted). */
  resendReport(): void;
  /** Card → background: open one of Backstory's pages (source viewer, timeline) in a new tab. */
  openPage(path: string): void;
  /** Popup → background: run a keyboard command in a tab, through the same code as the shortcut. */
  runCommand(data: { command: Command; tabId: number }): void;
  /** Background → content script: go to the next (1) or previous (-1) name and open its card; false if there is none. */
  moveToMention(direction: 1 | -1): boolean;
  /** Popup → content script: scroll to the next mention of an entity and flash it; false if it has none here. */
  revealEntity(entityId: string): boolean;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();

import { defineExtensionMessaging } from '@webext-core/messaging';
import type { SourcePreview } from './background/knowledge-service';
import type { Corrections } from './knowledge/corrections';
import type { SourceInput } from './knowledge/source-format';
import type { SourceDocument } from './knowledge/types';
import type { ExportFile } from './sources/export-file';
import type { RemovedSource, SourceRecord } from './sources/source-store';
import type { EntityView, TimelineView } from './knowledge/views';
import type { MatchTarget } from './match/matcher';
import type { Settings } from './settings';

/** What a page is read with: asked for in one question, so a page's start-up reads no storage itself. */
export interface ReadingSetup {
  targets: MatchTarget[];
  settings: Settings;
}

/** What a content script reports about its page. */
export interface PageReport {
  url: string;
  /** `off`: paused or off on this site; `no-article`: nothing here to read; `reading`: highlights on. */
  state: 'off' | 'no-article' | 'reading';
  /** Entities mentioned, in order of first mention, with their counts. */
  mentions: { entityId: string; count: number }[];
}

/**
 * Where a step starts: from the mention this frame showed last (`here`), or
 * from this frame's first mention (its last, going back) when the steps come
 * to it from another frame or begin (`start`).
 */
export type StepFrom = 'here' | 'start';

/**
 * What a frame did with a step: moved to a mention; was not where the steps
 * are (`idle`: it showed none, or has gone past its end since); or has no
 * mention further (`end`), and starts over the next time it is asked.
 */
export type StepResult = 'moved' | 'idle' | 'end';

/** The keyboard commands (manifest `commands`), also run by the popup's buttons. */
export type Command = 'next-mention' | 'previous-mention';

/** Every message between Backstory's parts: one typed contract. */
interface ProtocolMap {
  /** Content script → background: the names to look for, and the settings to read the page by. */
  getReadingSetup(): ReadingSetup;
  /** Any page → background: what a card shows. */
  getEntityView(entityId: string): EntityView | null;
  /** Extension pages → background: the whole timeline. */
  getTimeline(): TimelineView;
  /** Source viewer → background: a source document with its text. */
  getSource(sourceId: string): SourceDocument | null;
  /** A frame's loader → background: give this frame, from the page's own site, the page engine. */
  readThisFrame(): void;
  /** Content script → background: what this frame's page mentions now. */
  reportPage(report: PageReport): void;
  /** Popup → background: what a tab's page mentions, across its frames; null if no content script has reported. */
  getTabReport(tabId: number): PageReport | null;
  /** Background → content scripts (every frame of a tab): report again (the background may have restarted). */
  resendReport(): void;
  /** Background → content script (one frame): whether it is still there (a frame removed from its page cannot answer). */
  isThere(): true;
  /** Card → background: open one of Backstory's pages (source viewer, timeline) in a new tab. */
  openPage(path: string): void;
  /** Popup → background: run a keyboard command in a tab, through the same code as the shortcut. */
  runCommand(data: { command: Command; tabId: number }): void;
  /** Popup → background: show a tab's next mention of an entity, in one of its frames; false if none has one. */
  revealInTab(data: { entityId: string; tabId: number }): boolean;
  /** Background → content script (one frame): go to the next (1) or previous (-1) name and open its card. */
  moveToMention(data: { direction: 1 | -1; from: StepFrom }): StepResult;
  /** Background → content script (one frame): scroll to the next mention of an entity and flash it. */
  revealEntity(data: { entityId: string; from: StepFrom }): StepResult;
  /** Popup → content scripts (every frame of a tab): read the rest of a long page, which is otherwise read as it is scrolled to. */
  readWholePage(): void;

  /** Popup, options → background: what a source would add, before it is saved. */
  previewSource(input: SourceInput): SourcePreview;
  /** Popup, options → background: compile and save a source (errors say why it could not be). */
  addSource(input: SourceInput): SourceRecord;
  /** Options → background: rename, enable or disable an added source. */
  updateSource(data: { id: string; title?: string; enabled?: boolean }): void;
  /** Options → background: remove an added source; what it returns brings it back (undo). */
  removeSource(id: string): RemovedSource | null;
  restoreSource(removed: RemovedSource): void;
  /** Options → background: compile every added source again; how many were. */
  recompileSources(): number;
  /** Options → background: the user's corrections to what the compiler found. */
  setCorrections(corrections: Corrections): void;
  /** Options → background: everything the user made, as one file. */
  exportKnowledge(): ExportFile;
  /** Options → background: replace sources, corrections and settings with a file's (all or nothing). */
  importKnowledge(json: string): { sources: number };
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();

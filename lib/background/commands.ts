import type { Command } from '../messaging';
import { sendMessage } from '../messaging';
import type { TabReports } from './tab-reports';

/**
 * Runs a keyboard command in a tab: one frame moves, the first (top first)
 * whose page names someone, so two frames never open two cards at once.
 */
export function runCommand(command: Command, tabId: number, reports: TabReports): Promise<boolean> {
  const direction = command === 'next-mention' ? 1 : -1;
  return firstFrameThat(tabId, reports.framesWithMentions(tabId), (frameId) => sendMessage('moveToMention', direction, { tabId, frameId }));
}

/**
 * Shows a tab's next mention of an entity (the popup's "show me"): one
 * frame scrolls to it and flashes it, first those whose pages were reported
 * to name it, then the others that name someone (a long page reports a name
 * only once the reader nears it).
 */
export function revealInTab(entityId: string, tabId: number, reports: TabReports): Promise<boolean> {
  const naming = reports.framesMentioning(tabId, entityId);
  const others = reports.framesWithMentions(tabId).filter((frameId) => !naming.includes(frameId));
  return firstFrameThat(tabId, [...naming, ...others], (frameId) => sendMessage('revealEntity', entityId, { tabId, frameId }));
}

/** Asks frames one at a time until one does what was asked; with no frame to ask, the top frame. */
async function firstFrameThat(tabId: number, frames: number[], ask: (frameId: number) => Promise<boolean>): Promise<boolean> {
  for (const frameId of frames.length ? frames : [0]) {
    try {
      if (await ask(frameId)) return true;
    } catch {
      // No content script in that frame (a browser page, or one opened before install): try the next.
    }
  }
  return false;
}

import type { Command } from '../messaging';
import { sendMessage } from '../messaging';
import type { TabReports } from './tab-reports';

/**
 * Runs a keyboard command in a tab: one frame moves, the first (top first)
 * whose page names someone, so two frames never open two cards at once.
 */
export async function runCommand(command: Command, tabId: number, reports: TabReports): Promise<void> {
  const frames = reports.framesWithMentions(tabId);
  for (const frameId of frames.length ? frames : [0]) {
    try {
      if (await sendMessage('moveToMention', command === 'next-mention' ? 1 : -1, { tabId, frameId })) return;
    } catch {
      // No content script in that frame (a browser page, or one opened before install): try the next.
    }
  }
}

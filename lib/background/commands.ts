import type { Command } from '../messaging';
import { sendMessage } from '../messaging';

/** Runs a keyboard command in a tab: every frame is asked; the one with names moves. */
export async function runCommand(command: Command, tabId: number): Promise<void> {
  try {
    await sendMessage('moveToMention', command === 'next-mention' ? 1 : -1, tabId);
  } catch {
    // No content script in the tab (a browser page, or one opened before install): nothing to move to.
  }
}

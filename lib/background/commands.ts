import type { Command } from '../messaging';
import { sendMessage } from '../messaging';
import { serialQueue } from '../serial';
import type { TabReports } from './tab-reports';

/**
 * Which frame of each tab the last step went to: the keyboard's, and each
 * entity's "show me". The next step goes on from that frame, so a tab whose
 * page and frames name the same people is gone through as one page.
 */
export class FrameCursors {
  private readonly tabs = new Map<number, Map<string, number>>();
  /** Steps taken one after another: a key held down must not send two frames moving at once. */
  readonly inTurn = serialQueue();

  at(tabId: number, key: string): number | undefined {
    return this.tabs.get(tabId)?.get(key);
  }

  set(tabId: number, key: string, frameId: number): void {
    let keys = this.tabs.get(tabId);
    if (!keys) this.tabs.set(tabId, (keys = new Map()));
    keys.set(key, frameId);
  }

  forget(tabId: number): void {
    this.tabs.delete(tabId);
  }
}

const KEYBOARD = 'keyboard';

/**
 * Runs a keyboard command in a tab: one frame moves (its page names
 * someone), so two frames never open two cards at once, and past a frame's
 * last name the next frame's first.
 */
export function runCommand(command: Command, tabId: number, reports: TabReports, cursors: FrameCursors): Promise<boolean> {
  const direction = command === 'next-mention' ? 1 : -1;
  return step(cursors, tabId, KEYBOARD, () => reports.framesWithMentions(tabId), direction, (frameId) =>
    sendMessage('moveToMention', direction, { tabId, frameId }),
  );
}

/**
 * Shows a tab's next mention of an entity (the popup's "show me"): one
 * frame scrolls to it and flashes it. The frames reported to name it come
 * first, then the others that name someone (a long page reports a name only
 * once the reader nears it).
 */
export function revealInTab(entityId: string, tabId: number, reports: TabReports, cursors: FrameCursors): Promise<boolean> {
  const frames = () => {
    const naming = reports.framesMentioning(tabId, entityId);
    return [...naming, ...reports.framesWithMentions(tabId).filter((frameId) => !naming.includes(frameId))];
  };
  return step(cursors, tabId, `entity:${entityId}`, frames, 1, (frameId) => sendMessage('revealEntity', entityId, { tabId, frameId }));
}

/** One step, in its turn, through a tab's frames from where the last step of its kind went; whether one took it. */
function step(cursors: FrameCursors, tabId: number, key: string, frames: () => number[], direction: 1 | -1, ask: (frameId: number) => Promise<boolean>): Promise<boolean> {
  return cursors.inTurn(async () => {
    const took = await stepThroughFrames(frames(), cursors.at(tabId, key), direction, ask);
    if (took !== undefined) cursors.set(tabId, key, took);
    return took !== undefined;
  });
}

/**
 * Asks frames one at a time, from the one the last step went to, until one
 * takes the step; returns it. A frame with nothing further starts over, so
 * the first one asked is asked again last: with one frame, the step wraps.
 * With no frame to ask, the top frame.
 */
async function stepThroughFrames(frames: number[], from: number | undefined, direction: 1 | -1, ask: (frameId: number) => Promise<boolean>): Promise<number | undefined> {
  const list = frames.length ? frames : [0];
  const start = Math.max(0, list.indexOf(from ?? list[0]!));
  for (let k = 0; k <= list.length; k++) {
    const frameId = list[(start + k * direction + (k + 1) * list.length) % list.length]!;
    try {
      if (await ask(frameId)) return frameId;
    } catch {
      // No content script in that frame (a browser page, or one opened before install): try the next.
    }
  }
  return undefined;
}

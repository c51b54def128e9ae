import type { Command, StepFrom, StepResult } from '../messaging';
import { sendMessage } from '../messaging';
import { serialQueue, type Serial } from '../serial';
import type { TabReports } from './tab-reports';

/**
 * Steps taken in each tab one after another: a key held down must not send
 * two frames moving at once. A tab's queue goes with the tab.
 */
export class StepQueues {
  private readonly tabs = new Map<number, Serial>();

  of(tabId: number): Serial {
    let queue = this.tabs.get(tabId);
    if (!queue) this.tabs.set(tabId, (queue = serialQueue()));
    return queue;
  }

  forget(tabId: number): void {
    this.tabs.delete(tabId);
  }
}

/**
 * Runs a keyboard command in a tab: one frame moves, the one the steps are
 * in, and past its last name the next frame with names, so the frames of a
 * page are gone through as one page.
 */
export function runCommand(command: Command, tabId: number, reports: TabReports, queues: StepQueues): Promise<boolean> {
  const direction = command === 'next-mention' ? 1 : -1;
  return queues.of(tabId)(() =>
    stepThroughFrames(reports.framesWithMentions(tabId), direction, (frameId, from) => sendMessage('moveToMention', { direction, from }, { tabId, frameId })),
  );
}

/**
 * Shows a tab's next mention of an entity (the popup's "show me"): one
 * frame scrolls to it and flashes it. The frames reported to name it come
 * first, then the others that name someone (a long page reports a name only
 * once the reader nears it).
 */
export function revealInTab(entityId: string, tabId: number, reports: TabReports, queues: StepQueues): Promise<boolean> {
  return queues.of(tabId)(() => {
    const naming = reports.framesMentioning(tabId, entityId);
    const frames = [...naming, ...reports.framesWithMentions(tabId).filter((frameId) => !naming.includes(frameId))];
    return stepThroughFrames(frames, 1, (frameId, from) => sendMessage('revealEntity', { entityId, from }, { tabId, frameId }));
  });
}

type Ask = (frameId: number, from: StepFrom) => Promise<StepResult>;

/**
 * One step through a tab's frames. The frames keep where the steps are (so a
 * background that was stopped meanwhile loses nothing): the one that has them
 * goes on; past its end, the frames after it in turn from their first name,
 * and lastly that frame again, so a page of one frame wraps. With no frame
 * holding the steps, they begin at the first frame (the last, going back).
 */
async function stepThroughFrames(frames: number[], direction: 1 | -1, ask: Ask): Promise<boolean> {
  const list = frames.length ? frames : [0];
  let start = direction > 0 ? 0 : list.length - 1;
  for (const [i, frameId] of list.entries()) {
    const result = await askFrame(ask, frameId, 'here');
    if (result === 'moved') return true;
    if (result === 'end') {
      start = i + direction;
      break;
    }
  }
  for (let k = 0; k < list.length; k++) {
    const frameId = list[(((start + k * direction) % list.length) + list.length) % list.length]!;
    if ((await askFrame(ask, frameId, 'start')) === 'moved') return true;
  }
  return false;
}

/** A frame's answer; one with no content script (a browser page, or one opened before install) has nothing to step to. */
async function askFrame(ask: Ask, frameId: number, from: StepFrom): Promise<StepResult> {
  try {
    return await ask(frameId, from);
  } catch {
    return 'idle';
  }
}

import { storage } from 'wxt/utils/storage';
import type { Command, StepFrom, StepResult } from '../messaging';
import { sendMessage } from '../messaging';
import { serialQueue, type Serial } from '../serial';
import type { TabReports } from './tab-reports';

/** What the steps need to know of a tab's frames: those whose pages name someone (or an entity), top first. */
type TabFrames = Pick<TabReports, 'framesWithMentions' | 'framesMentioning'>;

/** Which frame of a tab holds each kind of step (the keyboard's, or one entity's "show me"). */
type Holders = Record<string, number>;

const KEYBOARD = 'keyboard';

/**
 * The keyboard's steps and the popup's "show me" in each tab. One frame
 * moves at a time: the one holding the steps goes on, and past its last name
 * the next frame with names takes them, so the frames of a page are gone
 * through as one page. Which frame holds them is kept for the browser
 * session: a service worker stopped between two key presses forgets nothing,
 * and no second frame opens a card beside the first.
 */
export class TabSteps {
  private readonly queues = new Map<number, Serial>();

  constructor(
    private readonly frames: TabFrames,
    /** Makes sure the background knows the tab's frames (after a restart it asks them to report again). */
    private readonly knowFrames: (tabId: number) => Promise<unknown>,
  ) {}

  runCommand(command: Command, tabId: number): Promise<boolean> {
    const direction = command === 'next-mention' ? 1 : -1;
    return this.step(tabId, KEYBOARD, direction, () => this.frames.framesWithMentions(tabId), (frameId, from) =>
      sendMessage('moveToMention', { direction, from }, { tabId, frameId }),
    );
  }

  /** The next mention of an entity: the frames reported to name it first, then the others that name someone (a long page reports a name only once the reader nears it). */
  reveal(entityId: string, tabId: number): Promise<boolean> {
    const frames = () => {
      const naming = this.frames.framesMentioning(tabId, entityId);
      return [...naming, ...this.frames.framesWithMentions(tabId).filter((frameId) => !naming.includes(frameId))];
    };
    return this.step(tabId, `entity:${entityId}`, 1, frames, (frameId, from) => sendMessage('revealEntity', { entityId, from }, { tabId, frameId }));
  }

  /** A tab loading a new page: its frames hold no steps any more (once any step being taken is done). */
  forget(tabId: number): Promise<void> {
    return this.queueOf(tabId)(() => storage.removeItem(holdersKey(tabId)));
  }

  /** A tab closed: nothing of it is kept. */
  close(tabId: number): Promise<void> {
    const forgotten = this.forget(tabId);
    this.queues.delete(tabId);
    return forgotten;
  }

  private step(tabId: number, kind: string, direction: 1 | -1, frames: () => number[], ask: Ask): Promise<boolean> {
    return this.queueOf(tabId)(async () => {
      const holders = (await storage.getItem<Holders>(holdersKey(tabId))) ?? {};
      const knownFrames = async () => {
        await this.knowFrames(tabId);
        return frames();
      };
      const moved = await stepThroughFrames(holders[kind], knownFrames, direction, ask);
      if (moved !== undefined && moved !== holders[kind]) await storage.setItem<Holders>(holdersKey(tabId), { ...holders, [kind]: moved });
      return moved !== undefined;
    });
  }

  /** Steps in a tab are taken one after another: a key held down must not send two frames moving at once. */
  private queueOf(tabId: number): Serial {
    let queue = this.queues.get(tabId);
    if (!queue) this.queues.set(tabId, (queue = serialQueue()));
    return queue;
  }
}

const holdersKey = (tabId: number) => `session:stepHolders:${tabId}` as const;

type Ask = (frameId: number, from: StepFrom) => Promise<StepResult>;

/**
 * One step through a tab's frames; returns the frame that took it. The
 * holder goes on if it can. Failing that (none known, or it has lost its
 * place), every frame is asked whether it holds the steps. Past the holder's
 * end, the frames after it take the step in turn from their first name, and
 * lastly the holder again, so a page of one frame wraps. With no holder, the
 * steps begin at the first frame (the last, going back). With no frame known
 * at all, the top frame.
 */
async function stepThroughFrames(holder: number | undefined, frames: () => Promise<number[]>, direction: 1 | -1, ask: Ask): Promise<number | undefined> {
  const answer = holder === undefined ? 'idle' : await askFrame(ask, holder, 'here');
  if (answer === 'moved') return holder;
  const known = await frames();
  const list = known.length ? [...known] : [0];
  if (holder !== undefined && !list.includes(holder)) list.push(holder);
  let endedAt = answer === 'end' ? holder : undefined;
  if (endedAt === undefined) {
    for (const frameId of list) {
      if (frameId === holder) continue;
      const result = await askFrame(ask, frameId, 'here');
      if (result === 'moved') return frameId;
      if (result === 'end') {
        endedAt = frameId;
        break;
      }
    }
  }
  const start = endedAt !== undefined ? list.indexOf(endedAt) + direction : direction > 0 ? 0 : list.length - 1;
  for (let k = 0; k < list.length; k++) {
    const frameId = list[(((start + k * direction) % list.length) + list.length) % list.length]!;
    if ((await askFrame(ask, frameId, 'start')) === 'moved') return frameId;
  }
  return undefined;
}

/** A frame's answer; one with no content script (a browser page, or one opened before install) has nothing to step to. */
async function askFrame(ask: Ask, frameId: number, from: StepFrom): Promise<StepResult> {
  try {
    return await ask(frameId, from);
  } catch {
    return 'idle';
  }
}

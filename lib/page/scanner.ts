import type { Matcher } from '../match/matcher';
import { runInSlices, type Yielder } from './chunks';
import { MentionIndex } from './mention-index';
import { mentionFor, type PageMention } from './page-mentions';
import type { Painter } from './painter';
import type { TaskTimer } from './task-timer';
import { holds, readBlocks, type TextBlock } from './text-blocks';

interface Deferred {
  block: TextBlock;
  start: number;
  end: number;
  targets: number[];
}

/**
 * Finds and paints mentions under the roots it is given, in slices of a few
 * milliseconds, and forgets those the page removes. A root given again is read
 * again, so changed text is matched anew without rescanning the page.
 */
export class PageScanner {
  readonly index = new MentionIndex();
  private readonly queue: Node[] = [];
  private readonly namedInFull = new Set<number>();
  private readonly shadowRoots = new WeakSet<ShadowRoot>();
  /** Blocks that name someone but were hidden when read (a collapsed section): read when shown. */
  private readonly hidden = new Set<Element>();
  /** Whether the mentions changed since `onChange` was last called. */
  private changed = false;
  private deferred: Deferred[] = [];
  private pumping: Promise<void> | undefined;
  private stopped = false;

  constructor(
    private readonly matcher: Matcher,
    private readonly painter: Painter,
    private readonly timer: TaskTimer,
    private readonly yieldToPage: Yielder,
    /** Called once for each open shadow root whose text is read. */
    private readonly onShadowRoot: (root: ShadowRoot) => void = () => {},
    /** Called when the mentions have changed (after a scan, after text left the page). */
    private readonly onChange: () => void = () => {},
  ) {}

  /** Reads `root` (again), after what is already queued; settles when the queue is empty. */
  scan(root: Node): Promise<void> {
    if (!this.queue.some((queued) => holds(queued, root))) {
      // Roots already queued under this one are read with it, not twice.
      for (let i = this.queue.length - 1; i >= 0; i--) if (holds(root, this.queue[i]!)) this.queue.splice(i, 1);
      this.queue.push(root);
    }
    this.pumping ??= this.pump().finally(() => (this.pumping = undefined));
    return this.pumping;
  }

  /** Drops the mentions whose text has left the page. */
  dropDisconnected(): void {
    this.timer.time(() => this.drop((m) => !m.range.startContainer.isConnected || !m.range.endContainer.isConnected));
    for (const owner of this.hidden) if (!owner.isConnected) this.hidden.delete(owner);
    this.announce();
  }

  /** Reads the hidden blocks under `node` that are shown now (its attributes changed: opened, unhidden, restyled). */
  reveal(node: Node): void {
    for (const owner of this.hidden) {
      if (!holds(node, owner) || !owner.isConnected || !isVisible(owner)) continue;
      this.hidden.delete(owner);
      void this.scan(owner);
    }
  }

  stop(): void {
    this.stopped = true;
    this.queue.length = 0;
    this.painter.clear();
  }

  private async pump(): Promise<void> {
    // Whatever queued the scan (finding the article, a burst of DOM changes) had its own task.
    await this.yieldToPage();
    await runInSlices(this.readQueue(), this.yieldToPage, (ms) => this.timer.record(ms));
    if (!this.stopped) this.announce();
  }

  /** The queued roots a block at a time, roots queued meanwhile included; nothing is painted once stopped. */
  private *readQueue(): Generator<void, void> {
    while (this.queue.length) {
      const root = this.queue.shift()!;
      this.drop((m) => holds(root, m.block.owner));
      for (const block of readBlocks(root)) {
        if (this.stopped) return;
        this.add(this.match(block));
        yield;
      }
    }
    if (!this.stopped) this.settleDeferred();
  }

  private add(mentions: PageMention[]): void {
    if (!mentions.length) return;
    this.index.add(mentions);
    this.painter.paint(mentions);
    this.changed = true;
  }

  private announce(): void {
    if (!this.changed) return;
    this.changed = false;
    this.onChange();
  }

  private match(block: TextBlock): PageMention[] {
    const found = this.matcher.find(block.text);
    // Visibility costs a style lookup: asked only of blocks that name someone.
    if (!found.length) return [];
    if (!isVisible(block.owner)) {
      this.hidden.add(block.owner);
      return [];
    }
    const tree = block.owner.getRootNode();
    if (tree instanceof ShadowRoot && !this.shadowRoots.has(tree)) {
      this.shadowRoots.add(tree);
      this.onShadowRoot(tree);
    }
    const mentions: PageMention[] = [];
    for (const match of found) {
      if (!match.short && match.targets.length === 1) this.namedInFull.add(match.targets[0]!);
      if (match.targets.length === 1) mentions.push(mentionFor(this.matcher.targets[match.targets[0]!]!, block, match.start, match.end));
      else this.deferred.push({ block, start: match.start, end: match.end, targets: match.targets });
    }
    return mentions;
  }

  /** A name shared by several entities goes to the one the page names in full, once the page is read. */
  private settleDeferred(): void {
    const settled: PageMention[] = [];
    for (const d of this.deferred) {
      const named = d.targets.filter((t) => this.namedInFull.has(t));
      if (named.length === 1 && d.block.nodes[0]!.isConnected) settled.push(mentionFor(this.matcher.targets[named[0]!]!, d.block, d.start, d.end));
    }
    this.deferred = [];
    this.add(settled);
  }

  private drop(test: (mention: PageMention) => boolean): void {
    const gone = this.index.remove(test);
    this.painter.erase(gone);
    if (gone.length) this.changed = true;
    this.deferred = this.deferred.filter((d) => d.block.nodes[0]!.isConnected);
  }
}

// Only "visible" is remembered: a hidden block may be shown later, and is asked again then.
const seenVisible = new WeakSet<Element>();

/** Text the reader cannot see (`display: none`, `visibility: hidden`) is not read. */
function isVisible(element: Element): boolean {
  if (seenVisible.has(element)) return true;
  const visible = element.checkVisibility?.({ visibilityProperty: true }) ?? true;
  if (visible) seenVisible.add(element);
  return visible;
}

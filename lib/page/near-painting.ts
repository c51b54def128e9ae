import { isCurrent, liveRange, type PageMention } from './page-mentions';
import type { Painter } from './painter';
import { screenOf, scrollRootOf } from './sections';
import { layoutParent } from './shadow-host';
import type { Timed } from './task-timer';
import type { TextBlock } from './text-blocks';

/** A block's text this long (ten screens of text and more) has only its names near the screen painted. */
export const LONG_TEXT = 50_000;
/** How far past the screen's edges a long text's names must be painted, in screens. */
export const MARGIN = 2;
/**
 * How far they are painted once some within `MARGIN` are not: Chromium
 * redraws the whole of a huge text node's highlights at each change (50 ms
 * and more at a million characters), so changes come every few screens of
 * scrolling, not every frame.
 */
export const PAINT_AHEAD = 4;

/** One long text's mentions, in the order of its text, and how many of them are not painted yet. */
interface LongText {
  mentions: PageMention[];
  unpainted: number;
  scrollRoot: Element | Document;
}

/**
 * Paints mentions; of a text many screens long (a million characters in one
 * text node), only those near the screen, and the others as the reader
 * scrolls to them. The browser repaints every highlighted range whenever one
 * changes: tens of thousands at once stall it for a large part of a second.
 * Those painted stay painted when the reader scrolls on: Firefox takes a
 * tenth of a millisecond and more to unpaint each.
 */
export class NearPainting {
  private readonly longTexts = new Map<TextBlock, LongText>();
  private readonly scrollRoots = new Set<Element | Document>();
  /** Whether each long text's lines run down the page, asked once per layout: a narrower window may set it in columns. */
  private flows = new WeakMap<Element, boolean>();
  private readonly resizedWindow = (): void => {
    this.flows = new WeakMap();
    this.follow();
  };
  private frame: number | undefined;
  private readonly follow = (): void => {
    this.frame ??= requestAnimationFrame(() => {
      this.frame = undefined;
      this.time(() => this.longTexts.forEach((text, block) => this.paintNear(block, text)));
    });
  };
  // The text moves without a scroll when the page reflows it (a font swap) or what is above it (a section folded).
  private resized: ResizeObserver | undefined;

  constructor(
    private readonly painter: Pick<Painter, 'paint' | 'erase' | 'clear' | 'isPainted'>,
    private readonly time: Timed,
  ) {}

  isPainted(mention: PageMention): boolean {
    return this.painter.isPainted(mention);
  }

  /** Paints mentions: at once, or those of a long text where the reader is. */
  paint(mentions: readonly PageMention[]): void {
    this.place(mentions, (mention) => mention.block.text.length >= LONG_TEXT);
  }

  /** Paints mentions as the reader nears each, whatever their text's length: text with no element of its own to watch. */
  paintWhenNear(mentions: readonly PageMention[]): void {
    this.place(mentions, () => true);
  }

  erase(mentions: readonly PageMention[]): void {
    this.painter.erase(mentions);
    // Most pages have no long text: nothing to look up for each paragraph read again.
    if (!this.longTexts.size) return;
    const gone = new Set(mentions);
    for (const block of new Set(mentions.map((mention) => mention.block))) {
      const text = this.longTexts.get(block);
      if (!text) continue;
      text.mentions = text.mentions.filter((mention) => !gone.has(mention));
      text.unpainted = text.mentions.filter((mention) => !this.painter.isPainted(mention)).length;
      if (!text.unpainted) this.forget(block);
    }
  }

  clear(): void {
    this.longTexts.clear();
    this.unlisten();
    this.painter.clear();
  }

  private place(mentions: readonly PageMention[], byPlace: (mention: PageMention) => boolean): void {
    const now: PageMention[] = [];
    const grown = new Set<TextBlock>();
    const unordered = new Set<LongText>();
    for (const mention of mentions) {
      if (!byPlace(mention) || !this.flowsDown(mention.block.owner)) {
        now.push(mention);
        continue;
      }
      const text = this.longText(mention.block);
      // A name shared by several entities is settled after the names that follow it.
      if (mention.start < (text.mentions.at(-1)?.start ?? 0)) unordered.add(text);
      text.mentions.push(mention);
      text.unpainted++;
      grown.add(mention.block);
    }
    this.painter.paint(now);
    for (const text of unordered) text.mentions.sort((a, b) => a.start - b.start);
    for (const block of grown) this.paintNear(block, this.longTexts.get(block)!);
  }

  /** Whether an element's lines follow one another down the page, as the halving search needs: not in columns, nor written top to bottom. */
  private flowsDown(owner: Element): boolean {
    let down = this.flows.get(owner);
    if (down === undefined) {
      down = !/^(vertical|sideways)/u.test(getComputedStyle(owner).writingMode) && !inColumns(owner);
      this.flows.set(owner, down);
    }
    return down;
  }

  private longText(block: TextBlock): LongText {
    let text = this.longTexts.get(block);
    if (!text) {
      text = { mentions: [], unpainted: 0, scrollRoot: scrollRootOf(block.owner) };
      this.longTexts.set(block, text);
      this.listen(block.owner, text.scrollRoot);
    }
    return text;
  }

  /** Paints the text's mentions near the screen not painted yet; a text all painted is no longer followed. */
  private paintNear(block: TextBlock, text: LongText): void {
    // Hidden, every box is empty and would seem near: nothing is painted until it is shown (and resized).
    if (block.owner.checkVisibility?.() === false) return;
    if (!this.flowsDown(block.owner)) {
      this.painter.paint(text.mentions.filter((mention) => !this.painter.isPainted(mention)));
      this.forget(block);
      return;
    }
    const near = nearScreen(text.mentions, text.scrollRoot, MARGIN);
    if (!near || text.mentions.slice(...near).every((mention) => this.painter.isPainted(mention))) return;
    const [lo, hi] = nearScreen(text.mentions, text.scrollRoot, PAINT_AHEAD) ?? near;
    const unpainted = text.mentions.slice(lo, hi).filter((mention) => !this.painter.isPainted(mention));
    this.painter.paint(unpainted);
    text.unpainted -= unpainted.length;
    if (!text.unpainted) this.forget(block);
  }

  private forget(block: TextBlock): void {
    this.longTexts.delete(block);
    if (!this.longTexts.size) this.unlisten();
    else if (![...this.longTexts.keys()].some((other) => other.owner === block.owner)) this.resized?.unobserve(block.owner);
  }

  private listen(owner: Element, scrollRoot: Element | Document): void {
    this.resized ??= new ResizeObserver(this.follow);
    this.resized.observe(owner);
    if (this.scrollRoots.has(scrollRoot)) return;
    // Scroll events do not bubble, nor leave a shadow tree: each scroll root is listened to itself.
    if (!this.scrollRoots.size) {
      window.addEventListener('resize', this.resizedWindow, { passive: true });
      this.resized.observe(document.documentElement);
    }
    this.scrollRoots.add(scrollRoot);
    scrollRoot.addEventListener('scroll', this.follow, { passive: true });
  }

  private unlisten(): void {
    for (const scrollRoot of this.scrollRoots) scrollRoot.removeEventListener('scroll', this.follow);
    this.scrollRoots.clear();
    window.removeEventListener('resize', this.resizedWindow);
    this.resized?.disconnect();
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
  }
}

function inColumns(owner: Element): boolean {
  const isSet = (value: string) => value !== '' && value !== 'auto';
  for (let element: Element | null = owner; element; element = layoutParent(element)) {
    const style = getComputedStyle(element);
    if (isSet(style.columnCount) || isSet(style.columnWidth)) return true;
  }
  return false;
}

/**
 * The run of a text's mentions within `margin` screens of the screen, found by
 * halving: they follow one another down the page, and each costs a layout
 * read. None while the page has shortened the text and not yet had it read
 * again: its mentions point past the end of its nodes.
 */
function nearScreen(mentions: readonly PageMention[], scrollRoot: Element | Document, margin: number): [number, number] | undefined {
  const screen = screenOf(scrollRoot);
  const top = (screen.top ?? 0) - margin * screen.height;
  const bottom = (screen.top ?? 0) + (1 + margin) * screen.height;
  const lo = firstWhere(mentions, 0, (box) => box.bottom >= top);
  const hi = lo === undefined ? undefined : firstWhere(mentions, lo, (box) => box.top > bottom);
  return hi === undefined ? undefined : [lo!, hi];
}

/** The first mention from `from` on whose box passes `test` (which, once passed, passes for all after it); the length if none. */
function firstWhere(mentions: readonly PageMention[], from: number, test: (box: DOMRect) => boolean): number | undefined {
  let low = from;
  let high = mentions.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    const mention = mentions[mid]!;
    if (!isCurrent(mention)) return undefined;
    if (test(liveRange(mention).getBoundingClientRect())) high = mid;
    else low = mid + 1;
  }
  return low;
}

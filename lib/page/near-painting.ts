import { liveRange, type PageMention } from './page-mentions';
import type { Painter } from './painter';
import { screenOf, scrollRootOf } from './sections';
import type { Timed } from './task-timer';
import type { TextBlock } from './text-blocks';

/** A block's text this long (ten screens of text and more) has only its names near the screen painted. */
export const LONG_TEXT = 50_000;
/** How far past the screen's edges a long text's names are painted, in screens. */
const MARGIN = 2;

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
  private frame: number | undefined;
  private readonly onScroll = (): void => {
    this.frame ??= requestAnimationFrame(() => {
      this.frame = undefined;
      this.time(() => this.longTexts.forEach((text, block) => this.paintNear(block, text)));
    });
  };

  constructor(
    private readonly painter: Pick<Painter, 'paint' | 'erase' | 'clear' | 'isPainted'>,
    private readonly time: Timed,
  ) {}

  /** Paints mentions: at once, or those of a long text where the reader is. */
  paint(mentions: readonly PageMention[]): void {
    this.place(mentions, (mention) => mention.block.text.length >= LONG_TEXT);
  }

  /** Paints mentions as the reader nears each, whatever their text's length: text with no element of its own to watch. */
  paintWhenNear(mentions: readonly PageMention[]): void {
    this.place(mentions, () => true);
  }

  private place(mentions: readonly PageMention[], byPlace: (mention: PageMention) => boolean): void {
    const now: PageMention[] = [];
    const grown = new Set<TextBlock>();
    const unordered = new Set<LongText>();
    for (const mention of mentions) {
      if (!byPlace(mention)) {
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

  erase(mentions: readonly PageMention[]): void {
    this.painter.erase(mentions);
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
    this.unlisten();
    this.longTexts.clear();
    this.painter.clear();
  }

  private longText(block: TextBlock): LongText {
    let text = this.longTexts.get(block);
    if (!text) {
      if (!this.longTexts.size) this.listen();
      text = { mentions: [], unpainted: 0, scrollRoot: scrollRootOf(block.owner) };
      this.longTexts.set(block, text);
    }
    return text;
  }

  /** Paints the text's mentions near the screen not painted yet; a text all painted is no longer followed. */
  private paintNear(block: TextBlock, text: LongText): void {
    const [lo, hi] = nearScreen(text.mentions, text.scrollRoot);
    const near = text.mentions.slice(lo, hi).filter((mention) => !this.painter.isPainted(mention));
    this.painter.paint(near);
    text.unpainted -= near.length;
    if (!text.unpainted) this.forget(block);
  }

  private forget(block: TextBlock): void {
    this.longTexts.delete(block);
    if (!this.longTexts.size) this.unlisten();
  }

  private listen(): void {
    // Scroll events do not bubble: caught on their way down, the page's and every scroll box's.
    document.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
    window.addEventListener('resize', this.onScroll, { passive: true });
  }

  private unlisten(): void {
    document.removeEventListener('scroll', this.onScroll, { capture: true });
    window.removeEventListener('resize', this.onScroll);
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
  }
}

/**
 * The run of a text's mentions within `MARGIN` screens of the screen, found by
 * halving: they follow one another down the page, and each costs a layout read.
 */
function nearScreen(mentions: readonly PageMention[], scrollRoot: Element | Document): [number, number] {
  const screen = screenOf(scrollRoot);
  const top = (screen.top ?? 0) - MARGIN * screen.height;
  const bottom = (screen.top ?? 0) + (1 + MARGIN) * screen.height;
  const lo = firstWhere(mentions, 0, (box) => box.bottom >= top);
  return [lo, firstWhere(mentions, lo, (box) => box.top > bottom)];
}

/** The first mention from `from` on whose box passes `test` (which, once passed, passes for all after it); the length if none. */
function firstWhere(mentions: readonly PageMention[], from: number, test: (box: DOMRect) => boolean): number {
  let low = from;
  let high = mentions.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (test(liveRange(mentions[mid]!).getBoundingClientRect())) high = mid;
    else low = mid + 1;
  }
  return low;
}

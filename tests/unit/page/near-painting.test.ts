// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LONG_TEXT, MARGIN, NearPainting, PAINT_AHEAD } from '../../../lib/page/near-painting';
import { mentionFor, type PageMention } from '../../../lib/page/page-mentions';
import type { Painter } from '../../../lib/page/painter';
import { textBlocks } from '../../../lib/page/text-blocks';
import { standInStaticRange } from './stand-ins';

/** Each character of the text is a pixel further down the page (happy-dom lays nothing out). */
let scrolled = 0;
const SCREEN = 800;
/** How far painting reaches above and below the screen once it must, in pixels (here in characters of text too). */
const ABOVE = PAINT_AHEAD * SCREEN;
const BELOW = (1 + PAINT_AHEAD) * SCREEN;

beforeEach(() => {
  scrolled = 0;
  vi.stubGlobal('innerHeight', SCREEN);
  // happy-dom has no StaticRange: a mention's range only needs its four fields here.
  standInStaticRange();
  vi.spyOn(Range.prototype, 'getBoundingClientRect').mockImplementation(function (this: Range) {
    return DOMRect.fromRect({ x: 0, y: this.startOffset - scrolled, width: 100, height: 14 });
  });
});
/** Each test's paintings, cleared after it: one left listening would measure in the next test. */
const paintings: NearPainting[] = [];
afterEach(() => {
  paintings.splice(0).forEach((near) => near.clear());
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

/** A paragraph of `length` characters naming someone every 100 characters, and its mentions. */
function paragraph(length: number): PageMention[] {
  document.body.innerHTML = `<p>${'Ismail Haniyeh spoke about the talks, and then the talks went on for many more hours.'.padEnd(100).repeat(length / 100)}</p>`;
  const [block] = textBlocks(document.body);
  const target = { id: 'haniyeh', type: 'person' as const, names: ['Ismail Haniyeh'] };
  return Array.from({ length: length / 100 }, (_, i) => mentionFor(target, block!, i * 100, i * 100 + 14));
}

type Target = Pick<Painter, 'paint' | 'erase' | 'clear' | 'isPainted'>;

function painting(painter: Target): NearPainting {
  const near = new NearPainting(painter, (task) => task());
  paintings.push(near);
  return near;
}

function recorder(): { painter: Target; painted: Set<PageMention> } {
  const painted = new Set<PageMention>();
  const painter = {
    paint: (mentions: readonly PageMention[]) => mentions.forEach((m) => painted.add(m)),
    erase: (mentions: readonly PageMention[]) => mentions.forEach((m) => painted.delete(m)),
    clear: () => painted.clear(),
    isPainted: (mention: PageMention) => painted.has(mention),
  };
  return { painter, painted };
}

async function scrollTo(y: number): Promise<void> {
  scrolled = y;
  document.dispatchEvent(new Event('scroll'));
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** Where the painted mentions are in the text (in pixels from its top, here): runs of `[first, last]`. */
function runs(painted: Set<PageMention>): [number, number][] {
  const starts = [...painted].map((m) => m.start).sort((a, b) => a - b);
  const found: [number, number][] = [];
  for (const start of starts) {
    const last = found.at(-1);
    if (last && start - last[1] <= 100) last[1] = start;
    else found.push([start, start]);
  }
  return found;
}

describe('near painting', () => {
  it('paints a short text whole', () => {
    const { painter, painted } = recorder();
    const mentions = paragraph(10_000);
    painting(painter).paint(mentions);
    expect(painted.size).toBe(mentions.length);
  });

  it('paints a long text only near the screen, and more as the reader scrolls down and back up', async () => {
    const { painter, painted } = recorder();
    const mentions = paragraph(LONG_TEXT * 4);
    const near = painting(painter);
    // Found a slice at a time, as the scanner does.
    for (let from = 0; from < mentions.length; from += 100) near.paint(mentions.slice(from, from + 100));
    // A few screens past the bottom of the screen, and (here at the top of the page) none above.
    expect(runs(painted)).toEqual([[0, BELOW]]);
    // Those painted stay painted: unpainting costs more than keeping them.
    await scrollTo(100_000);
    expect(runs(painted)).toEqual([
      [0, BELOW],
      [100_000 - ABOVE, 100_000 + BELOW],
    ]);
    // Nothing is painted while all within the margin is: a few screens further down, it is, from here on.
    await scrollTo(100_000 + (PAINT_AHEAD - MARGIN) * SCREEN);
    expect(runs(painted)).toEqual([
      [0, BELOW],
      [100_000 - ABOVE, 100_000 + BELOW],
    ]);
    await scrollTo(100_000 + (PAINT_AHEAD - MARGIN + 1) * SCREEN);
    expect(runs(painted)).toEqual([
      [0, BELOW],
      [100_000 - ABOVE, 100_000 + (PAINT_AHEAD - MARGIN + 1) * SCREEN + BELOW],
    ]);
  });

  it('forgets the mentions erased, and the text once all are', async () => {
    const { painter, painted } = recorder();
    const mentions = paragraph(LONG_TEXT * 2);
    const near = painting(painter);
    near.paint(mentions);
    // The page changed the text near the screen: the first ten mentions go.
    near.erase(mentions.slice(0, 10));
    await scrollTo(500);
    expect(runs(painted)).toEqual([[1_000, BELOW]]);
    near.erase(mentions);
    expect(painted.size).toBe(0);
    const rects = vi.mocked(Range.prototype.getBoundingClientRect).mock.calls.length;
    await scrollTo(3_000);
    // Nothing is left to follow: scrolling measures nothing.
    expect(vi.mocked(Range.prototype.getBoundingClientRect).mock.calls.length).toBe(rects);
  });

  it('paints a name settled after the names that follow it in its place', () => {
    const { painter, painted } = recorder();
    const mentions = paragraph(LONG_TEXT * 2);
    const near = painting(painter);
    near.paint(mentions.filter((_, i) => i !== 5));
    expect(painted.has(mentions[5]!)).toBe(false);
    near.paint([mentions[5]!]);
    expect(painted.has(mentions[5]!)).toBe(true);
    expect(painted.size).toBe(BELOW / 100 + 1);
  });

  it('paints a short text by place when asked, and stops following a text once all its names are painted', async () => {
    const { painter, painted } = recorder();
    const mentions = paragraph(10_000);
    const near = painting(painter);
    near.paintWhenNear(mentions);
    expect(runs(painted)).toEqual([[0, BELOW]]);
    await scrollTo(4_000);
    await scrollTo(8_000);
    expect(painted.size).toBe(mentions.length);
    const rects = vi.mocked(Range.prototype.getBoundingClientRect).mock.calls.length;
    await scrollTo(0);
    expect(vi.mocked(Range.prototype.getBoundingClientRect).mock.calls.length).toBe(rects);
  });

  it('paints nothing of a long text while it is hidden, or while the page has shortened it and it is not read again yet', async () => {
    const { painter, painted } = recorder();
    const mentions = paragraph(LONG_TEXT * 2);
    const owner = mentions[0]!.block.owner as HTMLElement;
    const near = painting(painter);
    owner.style.display = 'none';
    // Hidden, all its boxes are empty: they would all seem near.
    near.paint(mentions);
    expect(painted.size).toBe(0);
    owner.style.display = '';
    await scrollTo(0);
    expect(runs(painted)).toEqual([[0, BELOW]]);
    // Shortened: its later mentions point past the end of its text, and measuring them would throw.
    const text = owner.firstChild as Text;
    text.deleteData(1_000, text.length - 1_000);
    await scrollTo(50_000);
    expect(runs(painted)).toEqual([[0, BELOW]]);
  });

  it('paints a long text at once where its lines do not run down the page: in columns, or written top to bottom', async () => {
    for (const [property, value] of [['column-count', '3'], ['writing-mode', 'vertical-rl']]) {
      const { painter, painted } = recorder();
      const mentions = paragraph(LONG_TEXT * 2);
      (mentions[0]!.block.owner as HTMLElement).style.setProperty(property!, value!);
      painting(painter).paint(mentions);
      expect(painted.size).toBe(mentions.length);
    }
    // Set in columns later (a narrower window): painted whole on the resize.
    const { painter, painted } = recorder();
    const mentions = paragraph(LONG_TEXT * 2);
    painting(painter).paint(mentions);
    expect(painted.size).toBeLessThan(mentions.length);
    (mentions[0]!.block.owner as HTMLElement).style.setProperty('column-count', '2');
    window.dispatchEvent(new Event('resize'));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(painted.size).toBe(mentions.length);
  });
});

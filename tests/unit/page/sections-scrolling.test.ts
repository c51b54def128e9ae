// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LaterSections, planSection, planSections, type Section } from '../../../lib/page/sections';
import { readBlocks } from '../../../lib/page/text-blocks';
import { StandInObserver, standInObservers } from './stand-ins';

const SCREEN = { height: 800 };

/** happy-dom lays nothing out: each element's box is given as data-top and data-height, and `scrolled` says how far down the reader is. */
let scrolled = 0;
beforeEach(() => {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const top = Number(this.getAttribute('data-top') ?? 0) - scrolled;
    const height = Number(this.getAttribute('data-height') ?? 0);
    return DOMRect.fromRect({ x: 0, y: top, width: height ? 700 : 0, height });
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

/** An IntersectionObserver as browsers run one: a first answer for each element watched, then one whenever it crosses the margin, each frame. */
class FrameObserver extends StandInObserver {
  private readonly wasNear = new Map<Element, boolean>();
  private readonly margin = (parseFloat(this.options.rootMargin!) / 100) * SCREEN.height;

  override unobserve(element: Element) {
    super.unobserve(element);
    this.wasNear.delete(element);
  }

  override disconnect() {
    super.disconnect();
    this.wasNear.clear();
  }

  /** Answers for the elements that crossed the margin; whether any came near. */
  frame(): boolean {
    const entries: { target: Element; isIntersecting: boolean }[] = [];
    for (const element of this.targets) {
      const box = element.getBoundingClientRect();
      const now = box.bottom >= -this.margin && box.top <= SCREEN.height + this.margin;
      if (this.wasNear.get(element) === now) continue;
      this.wasNear.set(element, now);
      entries.push({ target: element, isIntersecting: now });
    }
    if (entries.length) this.report(entries);
    return entries.some((entry) => entry.isIntersecting);
  }
}

/**
 * A reader on an article of `count` paragraphs, 100 px tall unless `tall`
 * says otherwise, read the way the scanner reads it: the plan's sections near
 * the screen at once, the others planned and read as the observers say they
 * come near.
 */
function reader(count: number, tall: (i: number) => number = () => 100) {
  let top = 0;
  const paragraphs = Array.from({ length: count }, (_, i) => {
    const html = `<p data-top="${top}" data-height="${tall(i)}">Paragraph ${i}</p>`;
    top += tall(i);
    return html;
  });
  document.body.innerHTML = `<article data-top="0" data-height="${top}">${paragraphs.join('\n')}</article>`;
  const root = document.querySelector('article')!;
  const observers = standInObservers(FrameObserver);
  const reads = new Map<string, number>();
  const read = (section: Section) => {
    for (const block of readBlocks(section.parent, section)) reads.set(block.text.trim(), (reads.get(block.text.trim()) ?? 0) + 1);
  };
  const later: LaterSections = new LaterSections((sections) => {
    for (const section of sections) {
      const plan = planSection(section, SCREEN);
      plan.now.forEach(read);
      later.add(plan.later).forEach(read);
    }
  });
  return {
    /** Opens the page scrolled to `at`. */
    open(at: number) {
      scrolled = at;
      const plan = planSections(root, SCREEN);
      plan.now.forEach(read);
      later.add(plan.later).forEach(read);
      this.settle();
    },
    /** Frames until the observers have nothing more to say. */
    settle() {
      for (let frame = 0; frame < 50 && observers.map((o) => o.frame()).some(Boolean); frame++);
    },
    /** Scrolls to `at` a frame at a time; returns where it saw a paragraph on screen unread. */
    scroll(to: number, step: number) {
      const missed: number[] = [];
      for (let at = scrolled; step > 0 ? at <= to : at >= to; at += step) {
        scrolled = at;
        this.settle();
        const unread = [...root.children].filter((p) => {
          const box = p.getBoundingClientRect();
          return box.bottom > 0 && box.top < SCREEN.height && !reads.has(p.textContent!);
        });
        if (unread.length) missed.push(at);
      }
      return missed;
    },
    readTwice: () => [...reads].filter(([, times]) => times > 1).map(([text]) => text),
  };
}

describe('a reader scrolling through a long article', () => {
  // 1,000 paragraphs: 125 screens, distant sections beyond 16 of them.
  const end = 1000 * 100 - SCREEN.height;

  it.each([
    ['from the top down', 0, end, 200],
    ['from the bottom up', end, 0, -200],
    ['after a jump into the middle, up', 50_000, 0, -200],
    ['after a jump into the middle, down', 50_000, end, 200],
  ])('never has a paragraph on screen unread, and reads none twice: %s', (_, from, to, step) => {
    const page = reader(1000);
    page.open(from);
    expect(page.scroll(to, step)).toEqual([]);
    expect(page.readTwice()).toEqual([]);
  });

  it('never has a paragraph on screen unread where one paragraph is 50 screens tall, after a jump into its middle', () => {
    // Paragraph 600, 40,000 px tall, from 60,000 px: beyond DISTANT screens at load.
    const page = reader(1000, (i) => (i === 600 ? 40_000 : 100));
    page.open(0);
    expect(page.scroll(80_000, 200)).toEqual([]);
    const jumped = reader(1000, (i) => (i === 600 ? 40_000 : 100));
    jumped.open(0);
    expect(jumped.scroll(80_000, 40_000)).toEqual([]);
    expect(jumped.scroll(0, -400)).toEqual([]);
  });
});

// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DISTANT, LaterSections, planAhead, planSection, planSections, READ_AHEAD, screenOf, scrollRootOf, type Section, type SectionPlan } from '../../../lib/page/sections';
import { readBlocks } from '../../../lib/page/text-blocks';
import { standInObservers } from './stand-ins';

const SCREEN = { height: 800 };

/**
 * happy-dom lays nothing out: each element's box is given in the page as
 * data-top and data-height (CSS pixels from the top of the document), and
 * `scrolled` says how far down the reader is.
 */
let scrolled = 0;
beforeEach(() => {
  scrolled = 0;
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const top = Number(this.getAttribute('data-top') ?? 0) - scrolled;
    const height = Number(this.getAttribute('data-height') ?? 0);
    return DOMRect.fromRect({ x: 0, y: top, width: height ? 700 : 0, height });
  });
});
afterEach(() => void vi.restoreAllMocks());

/** An article of `count` paragraphs, each 100 px tall, starting at `top`; `extra` turns a paragraph into other markup. */
function paragraphs(count: number, top = 0, extra: (i: number, p: string) => string = (_, p) => p): string {
  return Array.from({ length: count }, (_, i) => extra(i, `<p data-top="${top + i * 100}" data-height="100">Paragraph ${i} names Antony Blinken.</p>`)).join('\n');
}

function article(inner: string, height: number): Element {
  document.body.innerHTML = `<article data-top="0" data-height="${height}">${inner}</article>`;
  return document.querySelector('article')!;
}

/** The text a section reads, block by block. */
const textOf = (section: Section) => [...readBlocks(section.parent, section)].map((b) => b.text.trim());
const allText = (plan: SectionPlan) => [...plan.now, ...plan.later].flatMap(textOf).sort();

describe('planning the reading of an article', () => {
  it('reads a short article whole, at once', () => {
    const root = article(paragraphs(20), 2000);
    const plan = planSections(root, SCREEN);
    expect(plan.later).toEqual([]);
    expect(plan.now.flatMap(textOf)).toHaveLength(20);
  });

  it('reads the paragraphs near the screen now, the rest later, each once', () => {
    const root = article(paragraphs(300), 30_000);
    scrolled = 10_000;
    const plan = planSections(root, SCREEN);
    const now = plan.now.flatMap(textOf);
    // READ_AHEAD screens above and below the screen at 10,000 px: the first paragraph ending there, the last starting there.
    const [from, to] = [10_000 - READ_AHEAD * SCREEN.height, 10_000 + (1 + READ_AHEAD) * SCREEN.height];
    expect(now[0]).toMatch(new RegExp(`^Paragraph ${from / 100 - 1} `, 'u'));
    expect(now.at(-1)).toMatch(new RegExp(`^Paragraph ${to / 100} `, 'u'));
    expect(plan.later.length).toBeGreaterThan(10);
    expect(allText(plan)).toEqual([...readBlocks(root)].map((b) => b.text.trim()).sort());
  });

  it('never cuts before an inline element, and reads the text between paragraphs with them', () => {
    const inner = paragraphs(300, 0, (i, p) => (i % 7 === 3 ? `${p} loose words name Ismail Haniyeh <b>here</b>` : p));
    const root = article(inner, 30_000);
    const plan = planSections(root, SCREEN);
    for (const section of [...plan.now, ...plan.later]) expect(['P', undefined]).toContain((section.from as Element).tagName ?? undefined);
    const texts = allText(plan);
    expect(texts.filter((t) => t.includes('Ismail Haniyeh here'))).toHaveLength(43);
    expect(texts).toEqual([...readBlocks(root)].map((b) => b.text.trim()).sort());
  });

  it('goes into a tall wrapper near the screen, and reads what is around it', () => {
    const inner = `<header data-top="0" data-height="200"><h1>The story</h1></header>
      <div class="body" data-top="200" data-height="30000">${paragraphs(300, 200)}</div>
      <footer data-top="30200" data-height="200"><p>Filed by Antony Blinken's press office.</p></footer>`;
    const root = article(inner, 30_400);
    const plan = planSections(root, SCREEN);
    expect(plan.now.flatMap(textOf)).toContain('The story');
    expect(plan.now.flatMap(textOf).length).toBeLessThan(30);
    expect(allText(plan)).toEqual([...readBlocks(root)].map((b) => b.text.trim()).sort());
  });

  it('keeps a band of inline children near the screen for now, and a tall skipped region whole', () => {
    const spans = Array.from({ length: 100 }, (_, i) => `<span data-top="${i * 100}" data-height="100">Antony Blinken, part ${i}. </span>`).join('');
    const inlineOnly = planSections(article(spans, 10_000), SCREEN);
    expect(inlineOnly.now.flatMap(textOf).join(' ')).toContain('part 0.');

    const aside = `<aside data-top="0" data-height="5000">${paragraphs(50).replaceAll('Paragraph', 'Aside')}</aside>${paragraphs(100, 5000)}`;
    const plan = planSections(article(aside, 15_000), SCREEN);
    expect(plan.now.some((section) => section.from === document.querySelector('aside'))).toBe(true);
    expect(allText(plan).join(' ')).not.toContain('Aside');
  });
});

describe('planning a very long article', () => {
  // 2,000 paragraphs of 100 px: 250 screens, the reader at the 125th.
  const long = () => article(paragraphs(2000), 200_000);
  const paragraphNumbers = (sections: Section[]) => sections.flatMap(textOf).map((t) => Number(/^Paragraph (\d+)/u.exec(t)![1]));

  it('watches what is many screens away in distant sections, each of many screens, and reads everything once', () => {
    const root = long();
    scrolled = 100_000;
    const plan = planSections(root, SCREEN);
    const distant = plan.later.filter((s) => s.distant);
    const near = plan.later.filter((s) => !s.distant);
    // Sections of a screen and a half within DISTANT screens of the screen, on either side.
    expect(near.length).toBeGreaterThan(2 * (DISTANT / 1.5) - 4);
    expect(near.length).toBeLessThan(2 * (DISTANT / 1.5) + 4);
    for (const n of paragraphNumbers(near)) expect(Math.abs(n * 100 - scrolled)).toBeLessThan((DISTANT + 2) * SCREEN.height);
    // The other 220 screens in sections of about DISTANT screens: a few dozen elements watched, not hundreds.
    expect(distant.length).toBeGreaterThan(220 / DISTANT - 2);
    expect(distant.length).toBeLessThan(220 / DISTANT + 3);
    expect(allText(plan)).toEqual([...readBlocks(root)].map((b) => b.text.trim()).sort());
  });

  it('plans an article in a box that scrolls it by what the box shows', () => {
    document.body.innerHTML = `<div id="pane" style="overflow-y: auto; height: 400px" data-top="100" data-height="400"><article data-top="0" data-height="200000">${paragraphs(2000)}</article></div>`;
    const pane = document.getElementById('pane')!;
    Object.defineProperties(pane, { scrollHeight: { value: 200_000 }, clientHeight: { value: 400 } });
    const root = document.querySelector('article')!;
    expect(scrollRootOf(root)).toBe(pane);
    expect(scrollRootOf(document.getElementById('pane')!)).toBe(document);
    const screen = screenOf(pane);
    expect(screen).toEqual({ top: 100, height: 400 });
    // The box shows 100 px to 500 px of the viewport, scrolled 50,000 px down its article.
    scrolled = 50_000;
    const now = paragraphNumbers(planSections(root, screen).now);
    // Half a box above and below what it shows: paragraphs from 50,000 - 200 + 100 px to 50,000 + 600 + 100 px.
    expect(now[0]).toBe(498);
    expect(now.at(-1)).toBe(507);
  });

  it('finds the box that scrolls an article in a shadow tree, or slotted into one', () => {
    document.body.innerHTML = `<div id="pane" style="overflow-y: auto; height: 400px"><div id="host"></div></div><div id="app"><article id="slotted"></article></div>`;
    const pane = document.getElementById('pane')!;
    Object.defineProperties(pane, { scrollHeight: { value: 200_000 }, clientHeight: { value: 400 } });
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<main><article></article></main>';
    expect(scrollRootOf(shadow.querySelector('article')!)).toBe(pane);
    // The app's shadow tree lays its light children out in a box of its own that scrolls.
    const app = document.getElementById('app')!.attachShadow({ mode: 'open' });
    app.innerHTML = '<div id="scroller" style="overflow-y: scroll; height: 400px"><slot></slot></div>';
    const scroller = app.getElementById('scroller')!;
    Object.defineProperties(scroller, { scrollHeight: { value: 200_000 }, clientHeight: { value: 400 } });
    const slotted = document.getElementById('slotted')!;
    // happy-dom assigns no slots: the browser's answer, stood in.
    Object.defineProperty(slotted, 'assignedSlot', { value: app.querySelector('slot') });
    expect(scrollRootOf(slotted)).toBe(scroller);
  });

  it('cuts a distant section that comes near into sections, the part near the screen read now', () => {
    const root = long();
    scrolled = 100_000;
    const distant = planSections(root, SCREEN).later.find((s) => s.distant && paragraphNumbers([s])[0]! > 1500)!;
    const numbers = paragraphNumbers([distant]);
    // The reader jumps into the middle of it.
    scrolled = numbers[Math.floor(numbers.length / 2)]! * 100;
    const plan = planSection(distant, SCREEN);
    expect(paragraphNumbers(plan.now)).toContain(scrolled / 100);
    expect(paragraphNumbers(plan.now).length).toBeLessThan(2 * SCREEN.height / 100 + 4);
    expect(plan.later.some((s) => s.distant)).toBe(false);
    expect(paragraphNumbers([...plan.now, ...plan.later]).sort((a, b) => a - b)).toEqual(numbers);
    // Read ahead of the reader (the popup asked for the whole page), it is cut the same way, in reading order.
    scrolled = 0;
    const ahead = planAhead(distant, SCREEN);
    expect(ahead.later.length).toBeGreaterThan(DISTANT / 1.5 - 2);
    expect(paragraphNumbers(ahead.later)).toEqual(numbers);
  });

  it('cuts a distant section ending in an element with no box into sections of a screen and a half', () => {
    // A script after every tenth paragraph (embeds): its box, empty, says nothing of how tall the section is.
    const inner = Array.from({ length: 2000 }, (_, i) => `<p data-top="${i * 100}" data-height="100">Paragraph ${i}.</p>${i % 10 === 9 ? '<script></script>' : ''}`);
    const root = article(inner.join('\n'), 200_000);
    const children = [...root.children];
    const distant = planSections(root, SCREEN).later.find((s) => s.distant && children[s.distant.hi - 1]?.tagName === 'SCRIPT')!;
    const numbers = paragraphNumbers([distant]);
    // Its top comes within DISTANT screens.
    scrolled = numbers[0]! * 100 - (DISTANT - 1) * SCREEN.height;
    const plan = planSection(distant, SCREEN);
    expect(Math.max(...plan.later.map((s) => paragraphNumbers([s]).length))).toBeLessThan(20);
    expect(paragraphNumbers([...plan.now, ...plan.later]).sort((a, b) => a - b)).toEqual(numbers);
  });

  it('finds a distant section again after the page added paragraphs before it', () => {
    const root = long();
    scrolled = 100_000;
    const distant = planSections(root, SCREEN).later.find((s) => s.distant && paragraphNumbers([s])[0]! > 1500)!;
    root.insertAdjacentHTML('afterbegin', '<p data-top="0" data-height="100">An advertisement.</p>'.repeat(5));
    const numbers = paragraphNumbers([distant]);
    scrolled = numbers[0]! * 100;
    const plan = planSection(distant, SCREEN);
    expect(paragraphNumbers([...plan.now, ...plan.later]).sort((a, b) => a - b)).toEqual(numbers);
  });
});

describe('planning a part of a page', () => {
  it('cuts a tall body next to an inline anchor, and plans a far body on its own when it comes near', () => {
    const inner = `<a name="top"></a><header data-top="0" data-height="200"><h1>The story</h1></header>
      <div class="body" data-top="200" data-height="30000">${paragraphs(300, 200)}</div>`;
    const root = article(inner, 30_200);
    expect(planSections(root, SCREEN).now.flatMap(textOf).length).toBeLessThan(30);

    // Opened far below (at its comments): the body is one section, planned by paragraphs once it comes near.
    scrolled = 40_000;
    const body = root.querySelector('.body')!;
    const far = planSections(root, SCREEN).later.find((section) => section.from === body)!;
    scrolled = 200;
    const near = planSection(far, SCREEN);
    expect(near.later.length).toBeGreaterThan(10);
    expect(near.now.flatMap(textOf).length).toBeLessThan(30);
  });

  it('cuts a far body read ahead of the reader, deeper through a wrapper, into sections in reading order', () => {
    const inner = `<header data-top="0" data-height="200"><h1>The story</h1></header>
      <div class="body" data-top="200" data-height="30000"><div class="wrapper" data-top="200" data-height="30000">${paragraphs(300, 200)}</div></div>`;
    const root = article(inner, 30_200);
    // Opened at the comments far below: the body is one section, still far when the whole page is asked for.
    scrolled = 40_000;
    const body = root.querySelector('.body')!;
    const far = planSections(root, SCREEN).later.find((section) => section.from === body)!;
    const ahead = planAhead(far, SCREEN);
    expect(ahead.now).toEqual([]);
    expect(ahead.later.length).toBeGreaterThan(10);
    expect(ahead.parents).toEqual(expect.arrayContaining([body, root.querySelector('.wrapper')]));
    const texts = ahead.later.flatMap(textOf).filter(Boolean);
    expect(texts).toEqual([...readBlocks(root, far)].map((b) => b.text.trim()));
    // A section that is no single tall element is read as it is.
    const header = { parent: root, from: root.querySelector('header')!, until: body };
    expect(planAhead(header, SCREEN).later).toEqual([header]);
  });
});

describe('watching later sections', () => {
  it('watches each section by elements of its own, never by the first of the section after it', () => {
    document.body.innerHTML = '<article><div id="body">The story.</div>\n<section id="comments">Comments.</section></article>';
    const parent = document.querySelector('article')!;
    const comments = parent.querySelector('#comments')!;
    // What follows a cut-up body: only the line break before the next section.
    const loose = { parent, from: parent.querySelector('#body')!.nextSibling!, until: comments };
    const next = { parent, from: comments, until: null };
    const observers = standInObservers();
    const later = new LaterSections(() => {});
    expect(later.add([loose, next])).toEqual([loose]);
    expect([...observers[0]!.targets]).toEqual([comments]);
    later.disconnect();
  });
});

describe('watching a section cut into parts', () => {
  it('watches the section before it at its end when no part begins where it ends', () => {
    document.body.innerHTML = '<article><p id="a">A</p><p id="b">B</p><div id="body"><p id="c">C</p><p id="d">D</p></div></article>';
    const parent = document.querySelector('article')!;
    const body = parent.querySelector('#body')!;
    const before: Section = { parent, from: parent.querySelector('#a')!, until: body };
    const tall: Section = { parent, from: body, until: null };
    const observers = standInObservers();
    const observed = () => [...observers[0]!.targets].map((element) => element.id);
    const later = new LaterSections(() => {});
    later.add([before, tall]);
    expect(observed()).toEqual(['a', 'body']);
    // Read ahead of the reader, the tall body is cut into parts inside it: a reader coming up from them reaches B first.
    later.replace(tall, [
      { parent: body, from: body.querySelector('#c')!, until: body.querySelector('#d')! },
      { parent: body, from: body.querySelector('#d')!, until: null },
    ]);
    expect(observed().sort()).toEqual(['a', 'b', 'c', 'd']);
    later.disconnect();
  });
});

describe('watching sections from two distances', () => {
  it('watches distant sections from further away, and reads a distant one with the next only when both are distant', () => {
    const observers = standInObservers();
    document.body.innerHTML = `<article>${Array.from({ length: 9 }, (_, i) => `<p id="p${i}">Paragraph ${i}.</p>`).join('')}</article>`;
    const parent = document.querySelector('article')!;
    const p = (i: number) => parent.querySelector(`#p${i}`)!;
    const section = (from: number, until: number, distant: boolean): Section => ({
      parent,
      from: p(from),
      until: until < 9 ? p(until) : null,
      ...(distant ? { distant: { lo: from, hi: until, tall: (until - from) * 100 } } : {}),
    });
    const [d1, d2, f1, f2, d3] = [section(0, 2, true), section(2, 4, true), section(4, 5, false), section(5, 7, false), section(7, 9, true)];
    const arrived: Section[][] = [];
    const later = new LaterSections((sections) => arrived.push(sections));
    expect(later.add([d1, d2, f1, f2, d3])).toEqual([]);
    const [close, far] = observers;
    expect(close!.options.rootMargin).toBe(`${READ_AHEAD * 100}% ${READ_AHEAD * 100}%`);
    expect(far!.options.rootMargin).toBe(`${DISTANT * 100}% ${DISTANT * 100}%`);
    // Each by its first element; the last section by its last, and a close one before a distant one by its last.
    expect([...far!.targets]).toEqual([p(0), p(2), p(7), p(8)]);
    expect([...close!.targets]).toEqual([p(4), p(5), p(6)]);

    // A reader coming up from the close sections reaches the end of the distant one above them first.
    close!.near(p(4));
    expect(arrived.pop()).toEqual([f1, d2]);
    // A distant section coming near does not bring the close one above it: that one is read from close by.
    far!.near(p(7));
    expect(arrived.pop()).toEqual([d3]);
    expect(later.sections()).toEqual([d1, f2]);
    far!.near(p(0));
    expect(arrived.pop()).toEqual([d1]);
    // An article in a box that scrolls it: the box is the observers' root, whose edges their margins reach past.
    later.scrollIn(parent);
    expect(observers.slice(2).map((o) => o.options.root)).toEqual([parent, parent]);
    expect(later.sections()).toEqual([]);
    later.disconnect();
    vi.unstubAllGlobals();
  });
});

describe('reading a stretch of children', () => {
  it('reads no comment as text, and nothing of a stretch whose first node has left its parent', () => {
    document.body.innerHTML = '<article><!-- Hezbollah in a comment --><p>Antony Blinken spoke.</p><p>Then Ismail Haniyeh.</p></article>';
    const root = document.querySelector('article')!;
    const texts = (from: Node, until: Node | null = null) => [...readBlocks(root, { from, until })].map((b) => b.text);
    expect(texts(root.firstChild!)).toEqual(['Antony Blinken spoke.', 'Then Ismail Haniyeh.']);
    const first = root.querySelector('p')!;
    expect(texts(first, first.nextSibling)).toEqual(['Antony Blinken spoke.']);
    first.remove();
    expect(texts(first)).toEqual([]);
  });
});

// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compileMatcher } from '../../../lib/match/matcher';
import { isReadable } from '../../../lib/page/article';
import type { PageMention } from '../../../lib/page/page-mentions';
import { NearPainting } from '../../../lib/page/near-painting';
import type { Painter } from '../../../lib/page/painter';
import { PageScanner } from '../../../lib/page/scanner';
import { TaskTimer } from '../../../lib/page/task-timer';
import { standInObservers, standInStaticRange } from './stand-ins';

/** happy-dom lays nothing out: each element's box is given as data-top and data-height, in CSS pixels from the top. */
beforeEach(() => {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const height = Number(this.getAttribute('data-height') ?? 0);
    return DOMRect.fromRect({ x: 0, y: Number(this.getAttribute('data-top') ?? 0), width: height ? 700 : 0, height });
  });
  // No observer answers unless a test tells it to: nothing comes near the screen by scrolling here.
  standInObservers();
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

function longArticle(paragraphs: number): Element {
  const html = Array.from({ length: paragraphs }, (_, i) => `<p data-top="${i * 100}" data-height="100">Hour ${i}: Ismail Haniyeh spoke.</p>`);
  document.body.innerHTML = `<article data-top="0" data-height="${paragraphs * 100}">${html.join('')}</article>`;
  return document.querySelector('article')!;
}

/** A painter that lists what it is asked to paint. */
function recorder(painted: PageMention[]): Painter {
  return {
    paint: (mentions: readonly PageMention[]) => painted.push(...mentions),
    isPainted: (mention: PageMention) => painted.includes(mention),
    erase() {},
    clear() {},
  } as unknown as Painter;
}

/** A painter that keeps what is painted, and takes out what is erased. */
function paintedSet(): { painter: Painter; painted: Set<PageMention> } {
  const painted = new Set<PageMention>();
  const painter = {
    paint: (mentions: readonly PageMention[]) => mentions.forEach((m) => painted.add(m)),
    isPainted: (mention: PageMention) => painted.has(mention),
    erase: (mentions: readonly PageMention[]) => mentions.forEach((m) => painted.delete(m)),
    clear() {},
  } as unknown as Painter;
  return { painter, painted };
}

function scanner(painted: PageMention[]): PageScanner {
  const painter = recorder(painted);
  const matcher = compileMatcher([{ id: 'haniyeh', type: 'person', names: ['Ismail Haniyeh'] }]);
  return new PageScanner(matcher, painter, new TaskTimer(), () => Promise.resolve());
}

describe('the page scanner', () => {
  it('reads a long article near the screen, and all of it when asked, painting only what is near', async () => {
    const root = longArticle(300);
    const painted: PageMention[] = [];
    const pages = scanner(painted);
    await pages.scanArticle(root);
    const near = pages.index.size;
    expect(near).toBeGreaterThan(0);
    expect(near).toBeLessThan(30);
    await pages.readAll();
    expect(pages.index.size).toBe(300);
    expect(painted).toHaveLength(near);
  });

  it('still reads the whole page when the article is planned again while it is being read', async () => {
    const root = longArticle(300);
    const pages = scanner([]);
    await pages.scanArticle(root);
    const all = pages.readAll();
    // Text changed right in the article before the read got far: it is planned again.
    const again = pages.scan(root);
    await Promise.all([all, again]);
    expect(pages.index.size).toBe(300);
    expect(new Set(pages.index.all().map((m) => m.block.owner)).size).toBe(300);
  });

  it('plans the article again when the page takes away where a section not read yet begins, and not for other removals', async () => {
    const observers = standInObservers();
    const root = longArticle(300);
    const pages = scanner([]);
    await pages.scanArticle(root);
    const watched = () => observers.flatMap((o) => [...o.targets].map((element) => ({ o, element })));
    const first = watched().find(({ element }) => element.getBoundingClientRect().top > 5000)!.element;
    // A paragraph read already goes: nothing to plan again.
    root.firstElementChild!.remove();
    pages.dropDisconnected();
    expect(watched().map(({ element }) => element)).toContain(first);
    // The first paragraph of a far section goes (an ad slot the page replaced), and the reader comes to where it was.
    const top = first.getBoundingClientRect().top;
    const neighbour = first.nextElementSibling!;
    first.remove();
    pages.dropDisconnected();
    await new Promise((resolve) => setTimeout(resolve, 10));
    const next = watched()
      .filter(({ element }) => element.isConnected && element.getBoundingClientRect().top >= top)
      .sort((a, b) => a.element.getBoundingClientRect().top - b.element.getBoundingClientRect().top)[0]!;
    next.o.near(next.element);
    await new Promise((resolve) => setTimeout(resolve, 10));
    // What that section held besides the paragraph that went is read.
    const read = new Set(pages.index.all().map((m) => m.block.text));
    expect(read).toContain(neighbour.textContent);
  });

  it('keeps painted a far part that a new plan read near the screen, when the old plan\'s read for the popup reaches it later', async () => {
    const observers = standInObservers();
    const root = longArticle(300);
    const { painter, painted } = paintedSet();
    const matcher = compileMatcher([{ id: 'haniyeh', type: 'person', names: ['Ismail Haniyeh'] }]);
    const pages = new PageScanner(matcher, painter, new TaskTimer(), () => Promise.resolve());
    await pages.scanArticle(root);
    // The popup asks for the whole page; meanwhile the article is planned again (images arrived).
    const whole = pages.readAll();
    void pages.scanArticle(root);
    // The reader jumps far down before the popup's read gets there: the new plan reads and paints it.
    const far = root.children[250]!;
    const top = (element: Element) => Number(element.getAttribute('data-top'));
    for (let round = 0; round < 3; round++) {
      for (const watch of observers) {
        const target = [...watch.targets].filter((element) => top(element) <= top(far)).sort((a, b) => top(b) - top(a))[0];
        if (target) watch.near(target);
      }
    }
    await whole;
    const there = pages.index.all().filter((m) => m.block.owner === far);
    expect(there).toHaveLength(1);
    expect(painted.has(there[0]!)).toBe(true);
    pages.stop();
  });

  it('paints a far section when it comes near, but not what was forgotten in it meanwhile', async () => {
    const observers = standInObservers();
    const root = longArticle(300);
    const painted: PageMention[] = [];
    const pages = scanner(painted);
    await pages.scanArticle(root);
    await pages.readAll();
    const far = root.children[250]!;
    const [gone] = pages.index.all().filter((m) => m.block.owner === far);
    // Its text is read again (it changed): the mention found for the popup is forgotten, a new one painted.
    await pages.scan(far);
    expect(pages.index.holds(gone!)).toBe(false);
    // The reader comes near: the section holding it is painted, without the forgotten mention.
    const [watch] = observers;
    const top = (element: Element) => Number(element.getAttribute('data-top'));
    // The section's watched element: the last one at or above the paragraph.
    const target = [...watch!.targets].filter((element) => top(element) <= top(far)).sort((a, b) => top(b) - top(a))[0]!;
    const before = painted.length;
    watch!.near(target);
    expect(painted.length).toBeGreaterThan(before);
    expect(painted).not.toContain(gone);
  });

  it('paints the loose text around a far story body as the reader nears it, not at once', async () => {
    const observers = standInObservers();
    const lines = (count: number, top: number) =>
      Array.from({ length: count }, (_, i) => `<p data-top="${top + i * 100}" data-height="100">Hour ${i}: Ismail Haniyeh spoke.</p>`).join('');
    // Comments on screen; far below, a story whose body is one tall element, with loose text before and after it.
    document.body.innerHTML = `<article data-top="0" data-height="37000">${lines(20, 0)}<div id="story" data-top="7000" data-height="30000">Ismail Haniyeh, before.<div id="body" data-top="7100" data-height="29800">${lines(298, 7100)}</div>Ismail Haniyeh, after.</div></article>`;
    const story = document.getElementById('story')!;
    // Loose text has no box of its own: where its names are is asked of their ranges.
    let scrolled = 0;
    standInStaticRange();
    vi.spyOn(Range.prototype, 'getBoundingClientRect').mockImplementation(function (this: Range) {
      const top = this.startContainer === story.firstChild ? 7000 : 36900;
      return DOMRect.fromRect({ x: 0, y: top - scrolled, width: 100, height: 20 });
    });
    const painted: PageMention[] = [];
    const pages = scanner(painted);
    await pages.scanArticle(document.querySelector('article')!);
    await pages.readAll();
    const loose = pages.index.all().filter((m) => m.block.owner === story);
    expect(loose).toHaveLength(2);
    expect(painted.filter((m) => loose.includes(m))).toEqual([]);
    // The body's first watched paragraph comes near: not yet the text before it, a screen further down.
    const watched = [...observers[0]!.targets].filter((element) => element.parentElement?.id === 'body');
    observers[0]!.near(watched.sort((a, b) => Number(a.getAttribute('data-top')) - Number(b.getAttribute('data-top')))[0]!);
    expect(painted.filter((m) => loose.includes(m))).toEqual([]);
    // The reader scrolls to it, and later to the end of the story.
    const scrollTo = async (y: number) => {
      scrolled = y;
      document.dispatchEvent(new Event('scroll'));
      await new Promise((resolve) => requestAnimationFrame(resolve));
    };
    await scrollTo(6_500);
    expect(painted.filter((m) => loose.includes(m))).toEqual([loose[0]]);
    await scrollTo(36_000);
    expect(painted.filter((m) => loose.includes(m))).toEqual(loose);
    pages.stop();
  });

  it('reads a root once with the roots queued under it, before or after it, and forgets what it no longer reads', async () => {
    document.body.innerHTML = '<main><section id="feed"><p id="first">Ismail Haniyeh, first.</p></section></main>';
    const painted: PageMention[] = [];
    const pages = scanner(painted);
    const feed = document.getElementById('feed')!;
    const first = document.getElementById('first')!;
    void pages.scan(first);
    void pages.scan(feed);
    await pages.scan(first);
    expect(painted).toHaveLength(1);
    // Read again with its text now in code: the mention goes, though no block holds that text any more.
    const code = document.createElement('code');
    code.append(first.firstChild!);
    first.append(code);
    await pages.scan(feed);
    expect(pages.index.size).toBe(0);
    expect(painted).toHaveLength(1);
  });

  it('forgets the mentions of text no longer read, and only those', async () => {
    document.body.innerHTML = '<article><p id="moved">Ismail Haniyeh, first.</p><p>Ismail Haniyeh, second.</p></article><footer></footer>';
    const pages = scanner([]);
    await pages.scanArticle(document.querySelector('article')!);
    expect(pages.index.size).toBe(2);
    const moved = document.getElementById('moved')!;
    document.querySelector('footer')!.append(moved);
    pages.unread([moved], []);
    expect(pages.index.all().map((m) => m.block.text)).toEqual(['Ismail Haniyeh, second.']);
    // A slide hidden and put back by a carousel: forgotten while hidden, read again once shown.
    const slide = document.querySelector('article p')!;
    slide.setAttribute('aria-hidden', 'true');
    pages.unread([slide], [slide]);
    expect(pages.index.size).toBe(0);
    slide.removeAttribute('aria-hidden');
    pages.reveal([slide], (element) => isReadable(element, document.querySelector('article')!));
    await pages.readAll();
    expect(pages.index.all().map((m) => m.block.text)).toEqual(['Ismail Haniyeh, second.']);
  });

  it('reads a region hidden by its attributes once the page shows it, and not before', async () => {
    document.body.innerHTML = `<article><p>Ismail Haniyeh spoke.</p>
      <div id="more" hidden><p>Ismail Haniyeh, later.</p></div>
      <p id="quiet" aria-hidden="true">Ismail Haniyeh, aside.</p>
      <p id="styled" style="display: none">Ismail Haniyeh, folded.</p>
      <section id="inert" inert><p>Ismail Haniyeh, inert.</p></section></article>`;
    const painted: PageMention[] = [];
    const pages = scanner(painted);
    await pages.scanArticle(document.querySelector('article')!);
    expect(pages.index.size).toBe(1);
    const reveal = async (id: string, show: (element: Element) => void) => {
      const element = document.getElementById(id)!;
      show(element);
      pages.reveal([element], (shown) => isReadable(shown, document.querySelector('article')!));
      await pages.readAll();
      return pages.index.all().filter((m) => element.contains(m.block.owner));
    };
    // Still hidden: nothing is read.
    expect(await reveal('quiet', (e) => e.setAttribute('aria-hidden', 'true'))).toHaveLength(0);
    expect(await reveal('more', (e) => e.removeAttribute('hidden'))).toHaveLength(1);
    expect(await reveal('quiet', (e) => e.setAttribute('aria-hidden', 'false'))).toHaveLength(1);
    expect(await reveal('styled', (e) => e.removeAttribute('style'))).toHaveLength(1);
    expect(await reveal('inert', (e) => e.removeAttribute('inert'))).toHaveLength(1);
    expect(painted).toHaveLength(5);
  });

  it('reads a shown part of a paragraph with the paragraph, and nothing its surroundings still keep from being read', async () => {
    document.body.innerHTML = `<article><p id="line">Ismail <span id="rest" hidden>Haniyeh spoke.</span></p>
      <div id="dialog" hidden><p>Ismail Haniyeh, in a dialog.</p></div></article>`;
    const pages = scanner([]);
    await pages.scanArticle(document.querySelector('article')!);
    expect(pages.index.size).toBe(0);
    const rest = document.getElementById('rest')!;
    rest.removeAttribute('hidden');
    pages.reveal([rest], () => true);
    await pages.readAll();
    expect(pages.index.all().map((m) => m.block.text.slice(m.start, m.end))).toEqual(['Ismail Haniyeh']);
    // The dialog is shown while the page around it says it may not be read (made inert, say): it stays unread.
    const dialog = document.getElementById('dialog')!;
    dialog.removeAttribute('hidden');
    pages.reveal([dialog], (element) => element !== dialog);
    await pages.readAll();
    expect(pages.index.size).toBe(1);
  });

  it('paints a paragraph that names a thousand people over several slices, yielding to the page between them', async () => {
    document.body.innerHTML = `<article><p>${'Ismail Haniyeh spoke. '.repeat(1000)}</p></article>`;
    // Every step of the work seems to take a whole slice: the scanner yields to the page after each.
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 10));
    const painted: PageMention[] = [];
    const yields = vi.fn(() => Promise.resolve());
    const matcher = compileMatcher([{ id: 'haniyeh', type: 'person', names: ['Ismail Haniyeh'] }]);
    const painter = recorder(painted);
    await new PageScanner(matcher, painter, new TaskTimer(), yields).scanArticle(document.querySelector('article')!);
    expect(painted).toHaveLength(1000);
    expect(yields.mock.calls.length).toBeGreaterThanOrEqual(10);
  });

  it('matches a text of hundreds of thousands of characters a slice at a time, finding the names across the slices\' edges', async () => {
    // 41 characters a sentence: slices of 50,000 characters end inside some name.
    document.body.innerHTML = `<article><p>${'The talks went on. Ismail Haniyeh spoke. '.repeat(10_000)}</p></article>`;
    const matcher = compileMatcher([{ id: 'haniyeh', type: 'person', names: ['Ismail Haniyeh'] }]);
    const find = vi.spyOn(matcher, 'find');
    const pages = new PageScanner(matcher, {} as Painter, new TaskTimer(), () => Promise.resolve());
    // Found, not painted: a text this long has only its names near the screen painted (`near-painting.ts`).
    vi.spyOn(NearPainting.prototype, 'paint').mockImplementation(() => {});
    await pages.scanArticle(document.querySelector('article')!);
    expect(find.mock.calls.length).toBeGreaterThanOrEqual(4);
    const found = pages.index.all();
    expect(found).toHaveLength(10_000);
    expect(new Set(found.map((m) => m.block.text.slice(m.start, m.end)))).toEqual(new Set(['Ismail Haniyeh']));
  });

  it('keeps the names of a text read again painted until its new ones are found', async () => {
    standInStaticRange();
    document.body.innerHTML = `<article><p>${'The talks went on. Ismail Haniyeh spoke. '.repeat(5_000)}</p></article>`;
    const calls: string[] = [];
    const matcher = compileMatcher([{ id: 'haniyeh', type: 'person', names: ['Ismail Haniyeh'] }]);
    const find = matcher.find.bind(matcher);
    vi.spyOn(matcher, 'find').mockImplementation((...args) => (calls.push('find'), find(...args)));
    const painted = new Set<PageMention>();
    const painter = {
      paint: (mentions: readonly PageMention[]) => {
        if (mentions.length) calls.push('paint');
        mentions.forEach((m) => painted.add(m));
      },
      isPainted: (mention: PageMention) => painted.has(mention),
      erase: (mentions: readonly PageMention[]) => {
        if (mentions.length) calls.push('erase');
        mentions.forEach((m) => painted.delete(m));
      },
      clear() {},
    } as unknown as Painter;
    const pages = new PageScanner(matcher, painter, new TaskTimer(), () => Promise.resolve());
    const paragraph = document.querySelector('p')!;
    await pages.scan(paragraph);
    calls.length = 0;
    await pages.scan(paragraph);
    // Matched a slice at a time; the old names erased only once the new ones near the screen are painted.
    expect(calls.filter((call) => call === 'find').length).toBeGreaterThan(1);
    expect(calls.indexOf('erase')).toBeGreaterThan(calls.lastIndexOf('find'));
    expect(calls.indexOf('erase')).toBeGreaterThan(calls.indexOf('paint'));
  });

  it('reads a short paragraph the page edits or replaces the text of at once, leaving longer text and names not painted to the batch', async () => {
    standInStaticRange();
    document.body.innerHTML = `<article><p id="short">Ismail Haniyeh spoke.</p><p id="long">${'Ismail Haniyeh spoke. '.repeat(400)}</p><p id="far">Ismail Haniyeh, far.</p></article>`;
    const { painter, painted } = paintedSet();
    const matcher = compileMatcher([{ id: 'haniyeh', type: 'person', names: ['Ismail Haniyeh'] }]);
    const pages = new PageScanner(matcher, painter, new TaskTimer(), () => Promise.resolve());
    await pages.scanArticle(document.querySelector('article')!);
    const text = (id: string) => document.getElementById(id)!.firstChild as Text;
    // Ranges in text the page took out are not drawn (the batch forgets them).
    const paintedIn = (id: string) =>
      [...painted].filter((m) => m.block.owner.id === id && m.range.startContainer.isConnected).map((m) => `${m.range.startOffset}-${m.range.endOffset}`);
    // As if read for the popup while far from the screen: found, not painted.
    for (const mention of pages.index.all()) if (mention.block.owner.id === 'far') painted.delete(mention);
    for (const id of ['short', 'long', 'far']) text(id).insertData(0, 'Yesterday, ');
    pages.readEditedNow([text('short'), text('long'), text('short'), text('far')], () => true);
    expect(paintedIn('short')).toEqual(['11-25']);
    expect(paintedIn('long').slice(0, 2)).toEqual(['0-14', '22-36']);
    expect(pages.index.all().filter((m) => m.block.owner.id === 'far').map((m) => m.start)).toEqual([0]);
    // Its text replaced: the text node taken out had painted names, and the paragraph's new text is read.
    const gone = text('short');
    document.getElementById('short')!.textContent = 'Then, Ismail Haniyeh spoke.';
    pages.readEditedNow([gone], () => true);
    expect(paintedIn('short')).toEqual(['6-20']);
    // Hidden, or moved out of the article, in the same task (it may not be read): forgotten now, as the batch would.
    text('short').insertData(0, 'Typed: ');
    pages.readEditedNow([text('short')], () => false);
    expect(paintedIn('short')).toEqual([]);
    expect(pages.index.all().filter((m) => m.block.owner.id === 'short' && m.block.nodes[0]!.isConnected)).toEqual([]);
  });

  it('reads the paragraph an edited text is in now, when the page moved it into another in the same task', async () => {
    standInStaticRange();
    document.body.innerHTML = '<article><p id="from">Ismail Haniyeh spoke.</p><p id="to">Then: </p></article>';
    const { painter, painted } = paintedSet();
    const matcher = compileMatcher([{ id: 'haniyeh', type: 'person', names: ['Ismail Haniyeh'] }]);
    const pages = new PageScanner(matcher, painter, new TaskTimer(), () => Promise.resolve());
    await pages.scanArticle(document.querySelector('article')!);
    const text = document.getElementById('from')!.firstChild as Text;
    text.insertData(0, 'so ');
    document.getElementById('to')!.append(text);
    pages.readEditedNow([text], () => true);
    expect([...painted].map((m) => `${m.block.owner.id} ${m.range.startOffset}`)).toEqual(['to 3']);
  });

  it('keeps a name shared by several entities painted, and settled as before, when the page edits its paragraph', async () => {
    standInStaticRange();
    document.body.innerHTML = '<article><p>Benjamin Netanyahu spoke.</p><p id="later">It was Netanyahu who left.</p></article>';
    const { painter, painted } = paintedSet();
    const matcher = compileMatcher([
      { id: 'benjamin', type: 'person', names: ['Benjamin Netanyahu', 'Netanyahu'] },
      { id: 'sara', type: 'person', names: ['Sara Netanyahu', 'Netanyahu'] },
    ]);
    const pages = new PageScanner(matcher, painter, new TaskTimer(), () => Promise.resolve());
    await pages.scanArticle(document.querySelector('article')!);
    const later = () => [...painted].filter((m) => m.block.owner.id === 'later').map((m) => `${m.entityId} ${m.range.startOffset}`);
    expect(later()).toEqual(['benjamin 7']);
    const text = document.getElementById('later')!.firstChild as Text;
    text.insertData(0, 'Yesterday, ');
    pages.readEditedNow([text], () => true);
    expect(later()).toEqual(['benjamin 18']);
  });

  it('leaves an edit that moves no painted name to the batch, and reads no more than a frame\'s share at once, shadow trees counted', async () => {
    standInStaticRange();
    const long = `Ismail Haniyeh spoke. ${'The talks went on. '.repeat(60)}`;
    document.body.innerHTML = `<article><p id="one">${long}</p><p id="two">${long}</p><div id="embed">Ismail Haniyeh spoke. <x-embed></x-embed></div></article>`;
    document.querySelector('x-embed')!.attachShadow({ mode: 'open' }).innerHTML = `<p>${'The talks went on. '.repeat(120)}</p>`;
    let now = 1_000;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const { painter, painted } = paintedSet();
    const matcher = compileMatcher([{ id: 'haniyeh', type: 'person', names: ['Ismail Haniyeh'] }]);
    const pages = new PageScanner(matcher, painter, new TaskTimer(), () => Promise.resolve());
    await pages.scanArticle(document.querySelector('article')!);
    const text = (id: string) => document.getElementById(id)!.firstChild as Text;
    const startIn = (id: string) => [...painted].filter((m) => m.block.owner.id === id).map((m) => m.range.startOffset);
    const find = vi.spyOn(matcher, 'find');
    // Text added after the names: they still sit on their words.
    text('one').appendData(' More was said.');
    pages.readEditedNow([text('one')], () => true);
    expect(find).not.toHaveBeenCalled();
    now += 16;
    for (const id of ['one', 'two', 'embed']) text(id).insertData(0, 'and ');
    pages.readEditedNow([text('one'), text('two'), text('embed')], () => true);
    // Of 1,160 characters each, one paragraph fits in a frame's 2,000; the box's 2,300, with its shadow tree, do not.
    expect([startIn('one'), startIn('two'), startIn('embed')]).toEqual([[4], [0], [0]]);
    now += 16;
    pages.readEditedNow([text('two')], () => true);
    expect(startIn('two')).toEqual([4]);
  });

  it('looks at no more than fifty edited texts a frame, leaving the rest to the batch', async () => {
    standInStaticRange();
    vi.spyOn(performance, 'now').mockReturnValue(1_000);
    document.body.innerHTML = `<article>${'<p>Ismail Haniyeh spoke.</p>'.repeat(60)}</article>`;
    const { painter, painted } = paintedSet();
    const matcher = compileMatcher([{ id: 'haniyeh', type: 'person', names: ['Ismail Haniyeh'] }]);
    const pages = new PageScanner(matcher, painter, new TaskTimer(), () => Promise.resolve());
    await pages.scanArticle(document.querySelector('article')!);
    const texts = [...document.querySelectorAll('p')].map((p) => p.firstChild as Text);
    for (const text of texts) text.insertData(0, 'so ');
    pages.readEditedNow(texts, () => true);
    const starts = [...painted].map((m) => m.range.startOffset);
    expect([starts.filter((start) => start === 3).length, starts.filter((start) => start === 0).length]).toEqual([50, 10]);
  });

  it('stops painting a paragraph of many names when the page edits it meanwhile, and it is read at once', async () => {
    standInStaticRange();
    document.body.innerHTML = `<article><p>${'Ismail Haniyeh, '.repeat(120)}</p></article>`;
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 10));
    const text = document.querySelector('p')!.firstChild as Text;
    const { painter, painted } = paintedSet();
    const matcher = compileMatcher([{ id: 'haniyeh', type: 'person', names: ['Ismail Haniyeh'] }]);
    // The page edits the paragraph once its first hundred names are painted.
    const yields = vi.fn(() => {
      if (painted.size === 100 && !text.data.startsWith('and')) {
        text.insertData(0, 'and ');
        pages.readEditedNow([text], () => true);
      }
      return Promise.resolve();
    });
    const pages = new PageScanner(matcher, painter, new TaskTimer(), yields);
    await pages.scanArticle(document.querySelector('article')!);
    expect(text.data.startsWith('and')).toBe(true);
    const words = [...painted].map((m) => text.data.slice(m.range.startOffset, m.range.endOffset));
    expect(words).toEqual(Array(120).fill('Ismail Haniyeh'));
  });

  it('keeps the names of a long text cut short and read at once while the batch was reading it again', async () => {
    standInStaticRange();
    document.body.innerHTML = `<article><p>${'The talks went on. Ismail Haniyeh spoke. '.repeat(3_000)}</p></article>`;
    const paragraph = document.querySelector('p')!;
    const text = paragraph.firstChild as Text;
    const { painter, painted } = paintedSet();
    const matcher = compileMatcher([{ id: 'haniyeh', type: 'person', names: ['Ismail Haniyeh'] }]);
    let readingAgain = false;
    // While the batch reads it again, a slice at a time, the page cuts it short; that edit is read at once.
    const yields = vi.fn(() => {
      if (readingAgain && yields.mock.calls.length === 3) {
        text.data = 'so Ismail Haniyeh spoke.';
        pages.readEditedNow([text], () => true);
      }
      return Promise.resolve();
    });
    const pages = new PageScanner(matcher, painter, new TaskTimer(), yields);
    await pages.scanArticle(document.querySelector('article')!);
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 10));
    readingAgain = true;
    yields.mockClear();
    await pages.scan(paragraph);
    expect(text.data).toBe('so Ismail Haniyeh spoke.');
    expect(pages.index.all().map((m) => `${m.start}-${m.end}`)).toEqual(['3-17']);
    expect([...painted]).toEqual(pages.index.all());
  });

  it('paints nothing of a long text the page changes while it is being matched', async () => {
    document.body.innerHTML = `<article><p>${'The talks went on. Ismail Haniyeh spoke. '.repeat(10_000)}</p></article>`;
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 10));
    const text = document.querySelector('p')!.firstChild as Text;
    // The page puts a word in front as soon as Backstory first yields in the middle of the text.
    const yields = vi.fn(() => Promise.resolve(void (yields.mock.calls.length === 2 && text.insertData(0, 'Update: '))));
    const painted: PageMention[] = [];
    const matcher = compileMatcher([{ id: 'haniyeh', type: 'person', names: ['Ismail Haniyeh'] }]);
    const painter = recorder(painted);
    await new PageScanner(matcher, painter, new TaskTimer(), yields).scanArticle(document.querySelector('article')!);
    expect(painted).toEqual([]);
  });

  it('stops painting a long paragraph the page removes while it is being painted', async () => {
    document.body.innerHTML = `<article><p>${'Ismail Haniyeh spoke. '.repeat(1000)}</p></article>`;
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 10));
    const painted: PageMention[] = [];
    const paragraph = document.querySelector('p')!;
    // The page takes the paragraph away as soon as Backstory first yields to it.
    const yields = vi.fn(() => Promise.resolve(void (yields.mock.calls.length === 2 && paragraph.remove())));
    const matcher = compileMatcher([{ id: 'haniyeh', type: 'person', names: ['Ismail Haniyeh'] }]);
    const painter = recorder(painted);
    const pages = new PageScanner(matcher, painter, new TaskTimer(), yields);
    await pages.scanArticle(document.querySelector('article')!);
    expect(painted.length).toBeGreaterThan(0);
    expect(painted.length).toBeLessThan(1000);
    expect(pages.index.size).toBe(painted.length);
  });
});

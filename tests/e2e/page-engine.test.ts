import { describe, expect, it } from 'vitest';
import { cardBox, cardText, hoverMention, paintedRanges, waitForCard, waitForHighlights } from '../../scripts/page-probes';
import { waitUntil, type BrowserPage } from '../../scripts/extension-browser';
import { BROWSERS, openPopupFor, useBrowser } from './harness';
import { testPages } from './pages';

const paintedTexts = async (page: Parameters<typeof paintedRanges>[0]) =>
  Object.values(await paintedRanges(page))
    .flat()
    .map((r) => r.text);

/** How many painted ranges lie in an element matching `selector`. */
const paintedWithin = (page: BrowserPage, selector: string) =>
  page.evaluate(
    (within) => [...CSS.highlights].flatMap(([, h]) => [...h]).filter((r) => r.startContainer.parentElement?.closest(within)).length,
    selector,
  );

/** Makes the article's first paragraph with a painted name editable, as a site's edit mode does; returns a point in it. */
const editPaintedParagraph = (page: BrowserPage) =>
  page.evaluate(() => {
    const paragraph = [...document.querySelectorAll<HTMLElement>('article p')].find((p) => [...CSS.highlights].some(([, h]) => [...h].some((r) => p.contains(r.startContainer))))!;
    paragraph.id = 'editing';
    paragraph.contentEditable = 'true';
    const box = paragraph.getBoundingClientRect();
    return { x: box.x + 5, y: box.y + 5 };
  });

/**
 * Waits until the top page and its frame have painted their names, and then
 * past the moment they report them (250 ms after the last change) while their
 * tab is in front: the popup, opened here as a tab, puts it behind, where the
 * browser delays its timers.
 */
async function bothFramesReported(page: BrowserPage): Promise<void> {
  const painted = () => CSS.highlights.get('backstory-organization')?.size ?? 0;
  await waitUntil(async () => (await page.evaluate(painted)) > 0 && (await page.evaluateInFrame('/article', painted)) > 0);
  await new Promise((resolve) => setTimeout(resolve, 1000));
}

describe.each(BROWSERS)('the page engine in %s', (name) => {
  const harness = useBrowser(name, testPages);

  it('paints a page with a strict Content-Security-Policy', async () => {
    const page = await harness.browser.newPage(harness.url('/csp'));
    await waitForHighlights(page);
    expect(await paintedTexts(page)).toContain('Antony Blinken');
    await page.close();
  });

  it('reads and paints an article inside an open shadow root, not the navigation', async () => {
    const page = await harness.browser.newPage(harness.url('/shadow'));
    await waitForHighlights(page);
    const painted = await page.evaluate(() =>
      [...CSS.highlights]
        .filter(([key]) => key.startsWith('backstory'))
        .flatMap(([, h]) => [...h])
        .map((r) => ({ text: (r.startContainer as Text).data.slice(r.startOffset, r.endContainer === r.startContainer ? r.endOffset : undefined), inShadow: r.startContainer.getRootNode() !== document })),
    );
    expect(painted.map((p) => p.text)).toContain('Antony Blinken');
    expect(painted.every((p) => p.inShadow)).toBe(true);
    await hoverMention(page, 'backstory-person', 0);
    expect(await waitForCard(page)).toMatch(/Antony Blinken|Mohammed Shia al-Sudani/u);
    await page.close();
  });

  it('reads and paints an article in a shadow root within another', async () => {
    const page = await harness.browser.newPage(harness.url('/shadow-nested'));
    await waitForHighlights(page);
    const depths = await page.evaluate(() =>
      [...CSS.highlights]
        .filter(([key]) => key.startsWith('backstory'))
        .flatMap(([, h]) => [...h])
        .map((r) => {
          let depth = 0;
          for (let root = r.startContainer.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) depth++;
          return depth;
        }),
    );
    expect(depths.length).toBeGreaterThan(0);
    expect(depths.every((depth) => depth === 2)).toBe(true);
    await page.close();
  });

  it('reads text that comes later to a shadow tree that named no one at first', async () => {
    const page = await harness.browser.newPage(harness.url('/shadow-late'));
    await waitForHighlights(page);
    const inShadow = () => page.evaluate(() => [...(CSS.highlights.get('backstory-person') ?? [])].filter((r) => r.startContainer.getRootNode() !== document).length);
    expect(await inShadow()).toBe(0);
    await page.evaluate(() => {
      const comment = document.createElement('p');
      comment.textContent = 'A later update: Ismail Haniyeh had said as much before.';
      document.getElementById('postscript')!.shadowRoot!.append(comment);
    });
    await waitUntil(async () => (await inShadow()) > 0);
    await page.close();
  });

  it('follows a single-page app: new content is painted, replaced content forgotten', async () => {
    const page = await harness.browser.newPage(harness.url('/spa'));
    await waitForHighlights(page);
    expect(await paintedTexts(page)).toContain('Antony Blinken');
    expect(await paintedTexts(page)).not.toContain('Benjamin Netanyahu');
    await page.evaluate(() => (window as unknown as { nextStory(): void }).nextStory());
    await page.waitFor(() => [...(CSS.highlights.get('backstory-person') ?? [])].some((r) => (r.startContainer as Text).data.includes('Netanyahu')));
    const after = await paintedTexts(page);
    expect(after).toContain('Benjamin Netanyahu');
    expect(after).not.toContain('Antony Blinken');
    const disconnected = await page.evaluate(() =>
      [...CSS.highlights].flatMap(([, h]) => [...h]).filter((r) => !r.startContainer.isConnected).length,
    );
    expect(disconnected).toBe(0);
    await page.close();
  });

  it('forgets hundreds of names at once when the page removes them', async () => {
    const page = await harness.browser.newPage(harness.url('/dense'));
    const painted = () => page.evaluate(() => [...(CSS.highlights.get('backstory-organization') ?? [])].length);
    await waitUntil(async () => (await painted()) >= 400);
    await page.evaluate(() => document.getElementById('dense')!.remove());
    await waitUntil(async () => (await painted()) < 400);
    expect(await page.evaluate(() => [...CSS.highlights].flatMap(([, h]) => [...h]).filter((r) => !r.startContainer.isConnected).length)).toBe(0);
    await page.close();
  });

  it('forgets the names of a paragraph the page moves out of its article', async () => {
    const page = await harness.browser.newPage(harness.url('/spa'));
    await waitForHighlights(page);
    const painted = (await paintedTexts(page)).length;
    await page.evaluate(() => {
      const footer = document.body.appendChild(document.createElement('footer'));
      footer.append([...CSS.highlights.get('backstory-person')!][0]!.startContainer.parentElement!.closest('p')!);
    });
    await waitUntil(async () => (await paintedTexts(page)).length < painted);
    expect(await paintedWithin(page, 'footer')).toBe(0);
    await page.close();
  });

  it('forgets a paragraph a carousel hides, moved or in place, and reads it again once shown', async () => {
    const page = await harness.browser.newPage(harness.url('/spa'));
    await waitForHighlights(page);
    const painted = (await paintedTexts(page)).length;
    await page.evaluate(() => {
      const slide = [...CSS.highlights.get('backstory-person')!][0]!.startContainer.parentElement!.closest('p')!;
      slide.id = 'slide';
      slide.setAttribute('aria-hidden', 'true');
      slide.parentElement!.append(slide);
    });
    await waitUntil(async () => (await paintedTexts(page)).length < painted);
    await page.evaluate(() => document.getElementById('slide')!.removeAttribute('aria-hidden'));
    await waitUntil(async () => (await paintedTexts(page)).length === painted);
    // Hidden where it is, not moved: its names go too, and come back when it is shown.
    await page.evaluate(() => document.getElementById('slide')!.setAttribute('aria-hidden', 'true'));
    await waitUntil(async () => (await paintedTexts(page)).length < painted);
    await page.evaluate(() => document.getElementById('slide')!.removeAttribute('aria-hidden'));
    await waitUntil(async () => (await paintedTexts(page)).length === painted);
    await page.close();
  });

  it('keeps the article read when a script names it like furniture, and reads a paragraph again once editing ends', async () => {
    const page = await harness.browser.newPage(harness.url('/article'));
    await waitForHighlights(page);
    const painted = (await paintedTexts(page)).length;
    // A class that reads like page furniture, added after load, is no reason to drop the story found.
    await page.evaluate(() => document.querySelector('article')!.classList.add('ads-loaded'));
    await new Promise((r) => setTimeout(r, 600));
    expect((await paintedTexts(page)).length).toBe(painted);
    await editPaintedParagraph(page);
    await waitUntil(async () => (await paintedTexts(page)).length < painted);
    await page.evaluate(() => document.getElementById('editing')!.removeAttribute('contenteditable'));
    await waitUntil(async () => (await paintedTexts(page)).length === painted);
    await page.close();
  });

  it('matches text appended later (infinite scroll) without repainting the rest', async () => {
    const page = await harness.browser.newPage(harness.url('/spa'));
    await waitForHighlights(page);
    await page.evaluate(() => {
      (window as unknown as { firstRange: AbstractRange }).firstRange = [...CSS.highlights.get('backstory-person')!][0]!;
      (window as unknown as { appendStory(): void }).appendStory();
    });
    await page.waitFor(() => [...(CSS.highlights.get('backstory-person') ?? [])].some((r) => (r.startContainer as Text).data.includes('Netanyahu')));
    expect(await page.evaluate(() => [...CSS.highlights.get('backstory-person')!].includes((window as unknown as { firstRange: AbstractRange }).firstRange))).toBe(true);
    await page.close();
  });

  it('reads a collapsed section when it is opened, and an article the page replaces at the same address', async () => {
    const page = await harness.browser.newPage(harness.url('/collapsed'));
    await waitForHighlights(page);
    expect(await paintedTexts(page)).toContain('Antony Blinken');
    expect(await paintedTexts(page)).not.toContain('Benjamin Netanyahu');
    expect(await paintedTexts(page)).not.toContain('Ismail Haniyeh');
    await page.evaluate(() => document.querySelector('details')!.setAttribute('open', ''));
    await page.waitFor(() => [...(CSS.highlights.get('backstory-person') ?? [])].some((r) => (r.startContainer as Text).data.includes('Netanyahu')));
    // A part the page hides with the hidden attribute, then shows.
    await page.evaluate(() => document.getElementById('later')!.removeAttribute('hidden'));
    await page.waitFor(() => [...(CSS.highlights.get('backstory-person') ?? [])].some((r) => (r.startContainer as Text).data.includes('Haniyeh')));
    // A paragraph whose own content-visibility hides its text, then shows it.
    expect(await paintedTexts(page)).not.toContain('Axis of Resistance');
    await page.evaluate(() => document.getElementById('panel')!.removeAttribute('style'));
    await page.waitFor(() => [...(CSS.highlights.get('backstory-organization') ?? [])].some((r) => (r.startContainer as Text).data.includes('Axis of Resistance')));
    await page.evaluate(() => (window as unknown as { replaceStory(): void }).replaceStory());
    await page.waitFor(() => {
      const ranges = [...CSS.highlights].flatMap(([, h]) => [...h]);
      return ranges.length > 0 && ranges.every((r) => r.startContainer.isConnected) && ranges.some((r) => (r.startContainer as Text).data.includes('Netanyahu'));
    });
    expect(await paintedTexts(page)).not.toContain('Antony Blinken');
    await page.close();
  });

  it('keeps names on their words when the page edits or replaces a paragraph\'s text, from the next frame on', async () => {
    const page = await harness.browser.newPage(harness.url('/article'));
    await waitForHighlights(page);
    const named = await page.evaluate(async () => {
      const painted = () => [...CSS.highlights].filter(([key]) => key.startsWith('backstory')).flatMap(([, highlight]) => [...highlight]);
      const text = painted().find((range) => range.startContainer === range.endContainer)!.startContainer as Text;
      const paragraph = text.parentElement!;
      const namesIn = () =>
        painted()
          .filter((range) => paragraph.contains(range.startContainer))
          .map((range) => (range.startContainer as Text).data.slice(range.startOffset, range.endOffset))
          .sort();
      const before = namesIn();
      // As a framework does: a text node of the paragraph gets a new value.
      text.data = `Yesterday, ${text.data}`;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const edited = namesIn();
      // As a page's own script does: the paragraph's text is replaced.
      paragraph.textContent = `Earlier: ${paragraph.textContent}`;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      return [before, edited, namesIn()];
    });
    expect(named[0]!.length).toBeGreaterThan(0);
    expect(named).toEqual([named[0], named[0], named[0]]);
    await page.close();
  });

  it('leaves an editable region alone, even while the user types in it', async () => {
    const page = await harness.browser.newPage(harness.url('/editable'));
    await waitForHighlights(page);
    const inEditable = () => paintedWithin(page, '[contenteditable]');
    expect(await inEditable()).toBe(0);
    const box = await page.evaluate(() => {
      const r = document.getElementById('notes')!.getBoundingClientRect();
      return { x: r.x + 20, y: r.y + r.height / 2 };
    });
    await page.click(box.x, box.y);
    for (const key of [' ', 'H', 'e', 'z', 'b', 'o', 'l', 'l', 'a', 'h']) await page.press(key);
    await new Promise((r) => setTimeout(r, 600));
    expect(await inEditable()).toBe(0);
    expect(await page.evaluate(() => document.getElementById('notes')!.textContent)).toContain('Hezbollah');
    // A painted paragraph the page makes editable (a site's edit mode) keeps no names, before and while the user types in it.
    const edited = await editPaintedParagraph(page);
    await waitUntil(async () => (await inEditable()) === 0);
    await page.click(edited.x, edited.y);
    for (const key of ['N', 'o', 't', 'e', ' ']) await page.press(key);
    await waitUntil(async () => (await inEditable()) === 0);
    await new Promise((r) => setTimeout(r, 600));
    expect(await inEditable()).toBe(0);
    await page.close();
  });

  it('reads a long article where the reader is, the rest as it is scrolled to or when the popup lists the page', async () => {
    const page = await harness.browser.newPage(harness.url('/long'));
    await waitForHighlights(page);
    const painted = async (on = page) => (await paintedTexts(on)).join(' ');
    expect(await painted()).toContain('Blinken');
    expect(await painted()).not.toContain('Haniyeh');
    expect(await painted()).not.toContain('Netanyahu');
    await page.evaluate(() => document.getElementById('middle')!.scrollIntoView());
    await waitUntil(async () => (await painted()).includes('Netanyahu'));
    await page.evaluate(() => document.getElementById('end')!.scrollIntoView());
    await waitUntil(async () => (await painted()).includes('Haniyeh'));
    await page.close();

    const unscrolled = await harness.browser.newPage(harness.url('/long'));
    await waitForHighlights(unscrolled);
    const popup = await openPopupFor(harness.browser, harness.url('/long'));
    await popup.waitFor(() => document.querySelector('.bs-mentions')?.textContent?.includes('Ismail Haniyeh') ?? false);
    // Found far down the page, and painted once the reader gets there (with the page in front again).
    expect(await painted(unscrolled)).not.toContain('Haniyeh');
    await popup.close();
    await unscrolled.evaluate(() => document.getElementById('end')!.scrollIntoView());
    await waitUntil(async () => (await painted(unscrolled)).includes('Haniyeh'));
    await unscrolled.close();
  });

  it('paints a text twenty screens long in one node near the screen, the rest as the reader scrolls to it', async () => {
    const page = await harness.browser.newPage(harness.url('/long-text'));
    await waitForHighlights(page);
    const popup = await openPopupFor(harness.browser, harness.url('/long-text'));
    await popup.waitFor(() => document.querySelector('.bs-mentions')?.textContent?.includes('Benjamin Netanyahu') ?? false);
    await popup.close();
    await page.bringToFront();
    // All of it was read for the popup; of its hundred names of Haniyeh, those near the top are painted.
    const painted = () => paintedTexts(page);
    expect(await painted()).not.toContain('Benjamin Netanyahu');
    expect((await painted()).length).toBeGreaterThan(0);
    expect((await painted()).length).toBeLessThan(50);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await waitUntil(async () => (await painted()).includes('Benjamin Netanyahu'));
    await page.close();
  });

  it('paints that long text near the screen in a shadow tree scrolled by a pane outside it', async () => {
    const page = await harness.browser.newPage(harness.url('/long-text-in-pane'));
    await waitForHighlights(page);
    const painted = () => paintedTexts(page);
    expect(await painted()).not.toContain('Benjamin Netanyahu');
    await page.evaluate(() => {
      const pane = document.getElementById('pane')!;
      pane.scrollTop = pane.scrollHeight;
    });
    await waitUntil(async () => (await painted()).includes('Benjamin Netanyahu'));
    await page.close();
  });

  it('keeps the page read when only the address\'s fragment changes (a table of contents\' link)', async () => {
    const page = await harness.browser.newPage(harness.url('/long'));
    await waitForHighlights(page);
    await page.evaluate(() => {
      (window as unknown as { first: AbstractRange }).first = [...CSS.highlights.get('backstory-person')!][0]!;
      location.hash = 'middle';
    });
    await waitUntil(async () => (await paintedTexts(page)).includes('Benjamin Netanyahu'));
    // The address is watched once a second: a read from scratch would have replaced every range by now.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(await page.evaluate(() => [...CSS.highlights.get('backstory-person')!].includes((window as unknown as { first: AbstractRange }).first))).toBe(true);
    await page.close();
  });

  it('reads a long article in a box that scrolls it where the reader jumps to', async () => {
    const page = await harness.browser.newPage(harness.url('/pane'));
    await waitForHighlights(page);
    const painted = async () => (await paintedTexts(page)).join(' ');
    expect(await painted()).toContain('Blinken');
    expect(await painted()).not.toContain('Netanyahu');
    await page.evaluate(() => {
      const pane = document.getElementById('pane')!;
      pane.scrollTop = document.getElementById('middle')!.offsetTop - 100;
    });
    await waitUntil(async () => (await painted()).includes('Netanyahu'));
    await page.close();
  });

  it('paints a tall story body read for the popup a screen at a time as the reader nears it, and the lead before it', async () => {
    const page = await harness.browser.newPage(harness.url('/story-body'));
    await page.waitFor(() => document.readyState === 'complete');
    const popup = await openPopupFor(harness.browser, harness.url('/story-body'));
    await popup.waitFor(() => document.querySelector('.bs-mentions')?.textContent?.includes('Ismail Haniyeh') ?? false);
    await popup.close();
    await page.bringToFront();
    const paintedInBody = () =>
      page.evaluate(() => [...(CSS.highlights.get('backstory-person') ?? [])].filter((r) => r.startContainer.parentElement?.closest('#body')).length);
    expect(await paintedInBody()).toBe(0);
    // The lead, text of the story with no element of its own, is painted when the reader gets to it.
    const paintedInLead = () =>
      page.evaluate(() => [...(CSS.highlights.get('backstory-person') ?? [])].filter((r) => r.startContainer.parentElement?.id === 'story').length);
    expect(await paintedInLead()).toBe(0);
    await page.evaluate(() => document.getElementById('story')!.scrollIntoView());
    await waitUntil(async () => (await paintedInLead()) > 0);
    await page.evaluate(() => document.getElementById('body')!.scrollIntoView());
    await waitUntil(async () => (await paintedInBody()) > 0);
    // Its 200 names were all found for the popup; those near the screen are painted, not all 200 in one frame.
    expect(await paintedInBody()).toBeLessThan(100);
    await page.close();
  });

  it('reads an article in a same-origin iframe, and the popup counts its mentions', async () => {
    const page = await harness.browser.newPage(harness.url('/frame'));
    await page.waitFor(() => document.querySelector('iframe')?.contentDocument?.readyState === 'complete');
    const framePainted = async () =>
      page.evaluateInFrame('/article', () => [...(CSS.highlights.get('backstory-person') ?? [])].length);
    const deadline = Date.now() + 15_000;
    while ((await framePainted()) === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(await framePainted()).toBeGreaterThan(0);
    expect(await page.evaluate(() => [...(CSS.highlights.get('backstory-person') ?? [])].filter((r) => r.startContainer.ownerDocument === document).length)).toBe(0);
    const popup = await openPopupFor(harness.browser, harness.url('/frame'));
    await popup.waitFor(() => document.querySelectorAll('.bs-mention').length > 0);
    expect(await popup.evaluate(() => document.querySelector('.bs-mentions')!.textContent)).toContain('Antony Blinken');
    await popup.close();
    await page.close();
  });

  it('reads an article in a same-origin frame inside another frame', async () => {
    const page = await harness.browser.newPage(harness.url('/frame-in-frame'));
    const framePainted = () => page.evaluateInFrame('/article', () => CSS.highlights.get('backstory-person')?.size ?? 0).catch(() => 0);
    await waitUntil(async () => (await framePainted()) > 0);
    await page.close();
  });

  it('drops what a frame named from the popup\'s list once the frame is removed', async () => {
    const page = await harness.browser.newPage(harness.url('/frame'));
    await page.waitFor(() => document.querySelector('iframe')?.contentDocument?.readyState === 'complete');
    const listed = async () => {
      const popup = await openPopupFor(harness.browser, harness.url('/frame'));
      // The tab's report has come: names listed, or none found.
      await popup.waitFor(() => document.querySelector('.bs-mentions') !== null || (document.body.textContent ?? '').includes('No article found'));
      const text = await popup.evaluate(() => document.querySelector('.bs-mentions')?.textContent ?? '');
      await popup.close();
      return text;
    };
    await waitUntil(async () => (await listed()).includes('Antony Blinken'));
    await page.evaluate(() => document.querySelector('iframe')!.remove());
    await waitUntil(async () => !(await listed()).includes('Antony Blinken'));
    await page.close();
  });

  it('shows a name picked in the popup in one frame at a time: the top page\'s mentions, then the frame\'s', async () => {
    const page = await harness.browser.newPage(harness.url('/story-and-frame'));
    await page.waitFor(() => document.querySelector('iframe')?.contentDocument?.readyState === 'complete');
    // Which mention each document has marked, if any.
    const marked = () => {
      const r = [...(CSS.highlights.get('backstory-emphasis') ?? [])][0];
      return r ? `${r.startOffset}:${(r.startContainer.textContent ?? '').slice(0, 40)}` : '';
    };
    const flashed = async () => ({ top: await page.evaluate(marked), frame: await page.evaluateInFrame('/article', marked) });
    await bothFramesReported(page);
    const popup = await openPopupFor(harness.browser, harness.url('/story-and-frame'));
    await popup.waitFor(() => [...document.querySelectorAll('.bs-mention button')].some((b) => b.textContent === 'Hezbollah'));
    const showMe = () =>
      popup.evaluate(() => ([...document.querySelectorAll('.bs-mention button')].find((b) => b.textContent === 'Hezbollah') as HTMLButtonElement).click());
    await showMe();
    await waitUntil(async () => (await flashed()).top !== '');
    expect((await flashed()).frame).toBe('');
    const inTop = await page.evaluate(
      () => [...(CSS.highlights.get('backstory-organization') ?? [])].filter((r) => r.startContainer.textContent?.slice(r.startOffset, r.endOffset) === 'Hezbollah').length,
    );
    expect(inTop).toBeGreaterThan(0);
    // Each further click marks the top page's next mention; past its last, the frame's first.
    for (let shown = 1; shown < inTop; shown++) {
      const before = (await flashed()).top;
      await showMe();
      await waitUntil(async () => ![before, ''].includes((await flashed()).top));
      expect((await flashed()).frame).toBe('');
    }
    await showMe();
    await waitUntil(async () => (await flashed()).frame !== '');
    await popup.close();
    await page.close();
  });

  it('steps with the keyboard command from the frame\'s last name on to the top page, closing the card it leaves', async () => {
    const page = await harness.browser.newPage(harness.url('/story-and-frame'));
    await page.waitFor(() => document.querySelector('iframe')?.contentDocument?.readyState === 'complete');
    await bothFramesReported(page);
    // A card open on a name marks the entity's other mentions.
    const marked = async () => ({
      top: await page.evaluate(() => CSS.highlights.get('backstory-emphasis')?.size ?? 0),
      frame: await page.evaluateInFrame('/article', () => CSS.highlights.get('backstory-emphasis')?.size ?? 0),
    });
    const popup = await openPopupFor(harness.browser, harness.url('/story-and-frame'));
    await popup.waitFor(() => document.querySelector('.bs-steps') !== null);
    const step = (button: 0 | 1) => popup.evaluate((i) => (document.querySelectorAll('.bs-steps button')[i] as HTMLButtonElement).click(), button);
    // Going back from nowhere: the last frame's last name.
    await step(0);
    await waitUntil(async () => (await marked()).frame > 0);
    expect((await marked()).top).toBe(0);
    // On from the frame's last name: the top page's first, and the frame's card goes.
    await step(1);
    await waitUntil(async () => (await marked()).top > 0);
    await waitUntil(async () => (await marked()).frame === 0);
    await popup.close();
    await page.close();
  });

  it('shows a card after a dwell, not to a pointer passing by, and keeps it while the pointer moves into it', async () => {
    const page = await harness.browser.newPage(harness.url('/article'));
    await waitForHighlights(page);
    const [first, second] = (await paintedRanges(page))['backstory-person']!;
    await page.mouseMove(first!.x, first!.y);
    await page.mouseMove(10, 10);
    await page.mouseMove(second!.x, second!.y);
    await page.mouseMove(10, 10);
    await new Promise((r) => setTimeout(r, 800));
    expect(await cardText(page)).toBeNull();
    await hoverMention(page, 'backstory-person', 0);
    await waitForCard(page);
    const box = (await cardBox(page))!;
    await page.mouseMove(box.x + box.width / 2, box.y + 20);
    await page.mouseMove(box.x + box.width / 2, box.y + box.height / 2);
    await new Promise((r) => setTimeout(r, 1000));
    expect(await cardText(page)).not.toBeNull();
    await page.mouseMove(5, 780);
    const deadline = Date.now() + 10_000;
    while ((await cardText(page)) !== null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(await cardText(page)).toBeNull();
    await page.close();
  });
});

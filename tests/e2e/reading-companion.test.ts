import { describe, expect, it } from 'vitest';
import { waitUntil, type BrowserPage } from '../../scripts/extension-browser';
import { cardBox, cardText, hoverMention, paintedRanges, waitForCard, waitForHighlights } from '../../scripts/page-probes';
import { BROWSERS, openPopupFor, useBrowser } from './harness';
import { testPages } from './pages';

const emphasized = (page: BrowserPage) =>
  page.evaluate(() => [...(CSS.highlights.get('backstory-emphasis') ?? [])].map((r) => (r.startContainer as Text).data.slice(r.startOffset, r.endOffset)));

describe.each(BROWSERS)('the card, popup and keyboard in %s', (name) => {
  const harness = useBrowser(name, testPages);

  it('pins a card so it stays when the pointer leaves, and Esc closes it', async () => {
    const page = await harness.browser.newPage(harness.url('/article'));
    await hoverMention(page, 'backstory-person', 0);
    await waitForCard(page, 'Antony Blinken');
    expect(await page.inCard<boolean>("(root) => root.querySelector('.bs-card-frame').matches(':popover-open')")).toBe(true);
    const box = (await cardBox(page))!;
    await page.mouseMove(box.x + box.width / 2, box.y + 20);
    const pin = await page.inCard<{ x: number; y: number }>(
      "(root) => { const r = root.querySelector('.bs-tool[aria-pressed]').getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; }",
    );
    await page.click(pin!.x, pin!.y);
    expect(await page.inCard<string>("(root) => root.querySelector('.bs-card-frame').getAttribute('role')")).toBe('dialog');
    await page.mouseMove(5, 790);
    await new Promise((r) => setTimeout(r, 1200));
    expect(await cardText(page)).toContain('Antony Blinken');
    await page.press('Escape');
    await waitUntil(async () => (await cardText(page)) === null);
    await page.close();
  });

  it('shows the card above a fixed header with the highest z-index (the card is in the top layer)', async () => {
    const page = await harness.browser.newPage(harness.url('/fixed'));
    await waitForHighlights(page);
    // A name near the bottom of the window: its card flips above it, over the header.
    const at = await page.evaluate(() => {
      const ranges = [...CSS.highlights.get('backstory-person')!];
      const r = ranges[ranges.length - 1]!;
      (r.startContainer.parentElement as Element).scrollIntoView({ block: 'end' });
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      const box = range.getClientRects()[0]!;
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    });
    await page.mouseMove(at.x, at.y);
    await waitForCard(page);
    const box = (await cardBox(page))!;
    const onTop = await page.evaluate(
      ({ x, y }) => document.elementFromPoint(x, y)?.tagName.toLowerCase(),
      { x: box.x + box.width / 2, y: Math.max(box.y + 10, 20) },
    );
    expect(box.y).toBeLessThan(220);
    expect(onTop).toBe('backstory-card');
    await page.close();
  });

  it('goes from name to name with the keyboard command, opening each card', async () => {
    const page = await harness.browser.newPage(harness.url('/article'));
    await waitForHighlights(page);
    const popup = await openPopupFor(harness.browser, harness.url('/article'));
    await popup.waitFor(() => document.querySelector('.bs-steps') !== null);
    // The popup's buttons run the same command as the Alt+Shift+. shortcut, through the background.
    const next = () => popup.evaluate(() => (document.querySelectorAll('.bs-steps button')[1] as HTMLButtonElement).click());
    await next();
    const first = await waitForCard(page);
    await next();
    await waitUntil(async () => {
      const text = await cardText(page);
      return text !== null && text !== first;
    });
    expect(await page.inCard<string>("(root) => root.querySelector('.bs-card-frame').getAttribute('role')")).toBe('dialog');
    const painted = (await paintedRanges(page))['backstory-emphasis'] ?? [];
    expect(painted.length).toBeGreaterThan(0);
    await popup.close();
    await page.close();
  });

  it('shows the next mention of a name picked in the popup, and flashes it', async () => {
    const page = await harness.browser.newPage(harness.url('/article'));
    await waitForHighlights(page);
    const popup = await openPopupFor(harness.browser, harness.url('/article'));
    await popup.waitFor(() => [...document.querySelectorAll('.bs-mention button')].some((b) => b.textContent === 'Hezbollah'));
    await popup.evaluate(() => ([...document.querySelectorAll('.bs-mention button')].find((b) => b.textContent === 'Hezbollah') as HTMLButtonElement).click());
    // The real popup floats over the page; here it is a tab, so show the page again to let it scroll.
    await page.bringToFront();
    await waitUntil(async () => (await emphasized(page)).includes('Hezbollah'));
    // Scrolled to it while it is marked (the mark fades after a moment).
    await waitUntil(() =>
      page.evaluate(() => {
        const r = [...(CSS.highlights.get('backstory-emphasis') ?? [])][0];
        const top = r && (r.startContainer.parentElement as Element).getBoundingClientRect().top;
        return top !== undefined && top > 0 && top < innerHeight;
      }),
    );
    await popup.close();
    await page.close();
  });

  it('turns off on a site from the popup, and back on, without a reload', async () => {
    const page = await harness.browser.newPage(harness.url('/article'));
    await waitForHighlights(page);
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
    const popup = await openPopupFor(harness.browser, harness.url('/article'));
    // The site's switch, not "Pause everywhere": it shows once the popup knows the tab's site.
    const toggle = () => popup.evaluate(() => document.querySelector('.bs-switches .bs-site')!.closest('label')!.querySelector('input')!.click());
    await popup.waitFor(() => document.querySelector('.bs-switches .bs-site') !== null);
    await toggle();
    await waitUntil(() => page.evaluate(() => ![...CSS.highlights.keys()].some((k) => k.startsWith('backstory'))));
    await popup.waitFor(() => document.body.textContent!.includes('off on this site'));
    await toggle();
    await waitForHighlights(page);
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    await popup.close();
    await page.close();
  });

  it('stops highlighting a name chosen from its card', async () => {
    const page = await harness.browser.newPage(harness.url('/article'));
    await hoverMention(page, 'backstory-person', 0);
    await waitForCard(page, 'Antony Blinken');
    const box = (await cardBox(page))!;
    await page.mouseMove(box.x + box.width / 2, box.y + 20);
    const hide = await page.inCard<{ x: number; y: number }>(
      "(root) => { const b = root.querySelector('.bs-hide'); b.scrollIntoView(); const r = b.getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; }",
    );
    await page.click(hide!.x, hide!.y);
    // The page is read again without that name: other people stay highlighted.
    await waitUntil(async () => {
      const people = (await paintedRanges(page))['backstory-person'] ?? [];
      return people.length > 0 && !people.some((r) => r.text.includes('Blinken'));
    });
    await page.close();
  });
});

import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { waitUntil, type BrowserPage } from '../../scripts/extension-browser';
import { BROWSERS, clickOn, useBrowser } from './harness';
import { testPages } from './pages';

const SCREENSHOTS = '.output/screenshots';
const HANIYEH_SENTENCE =
  'This follows the assassination of Hamas politburo head Ismail Haniyeh in Tehran and Hezbollah commander Fouad Shukur in Beirut, with Iran and Hezbollah vowing retaliation.';

/**
 * Polls `fn` in the page until it returns something truthy, also across a
 * navigation (an evaluation that meets a page going away just tries again).
 */
function until(page: BrowserPage, fn: () => unknown): Promise<void> {
  return waitUntil(async () => Boolean(await page.evaluate(fn).catch(() => false)));
}

const shown = (page: BrowserPage) =>
  page.evaluate(() => ({
    dates: [...document.querySelectorAll('.bs-tl-date')].map((d) => d.textContent),
    summaries: [...document.querySelectorAll('.bs-tl-summary')].map((s) => s.textContent),
    citations: [...document.querySelectorAll('.bs-tl-citation')].map((c) => c.textContent),
    status: document.querySelector('[role="status"]')?.textContent,
    query: location.search,
  }));

describe.each(BROWSERS)('the timeline page and the source viewer in %s', (name) => {
  const harness = useBrowser(name, testPages);

  it('shows the timeline; searches, filters by entity and opens the source at the cited sentence', async () => {
    const page = await harness.browser.newPage();
    await page.goto(harness.browser.extensionUrl('timeline.html'));
    await page.waitFor(() => document.querySelectorAll('.bs-tl-event').length === 3);

    const all = await shown(page);
    expect(all.dates).toEqual(['after 4 Aug 2024', '4 Aug 2024', 'before 4 Aug 2024']);
    expect(all.status).toBe('3 events');
    expect(all.citations).toEqual(Array(3).fill('Shafaq News, 4 Aug 2024 — Blinken delivered a strong warning to al-Sudani'));
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot(`${SCREENSHOTS}/timeline-${name}.png`);

    // Type in the search box, as a person would.
    await clickOn(page, '#bs-tl-q');
    for (const key of 'WARNING') await page.press(key);
    await page.waitFor(() => document.querySelectorAll('.bs-tl-event').length === 1);
    const searched = await shown(page);
    expect(searched.summaries).toEqual(['US Secretary of State Antony Blinken delivered a strong warning to Iraqi Prime Minister Mohammed Shia al-Sudani']);
    expect(searched.status).toBe('1 of 3 events');
    expect(searched.query).toBe('?q=WARNING');

    // Clear it, then click a name in an event.
    await clickOn(page, '.bs-tl-clear');
    await page.waitFor(() => document.querySelectorAll('.bs-tl-event').length === 3);
    await clickOn(page, '.bs-tl-event .bs-tl-chip', 'Ismail Haniyeh');
    await page.waitFor(() => document.querySelectorAll('.bs-tl-event').length === 1);
    const filtered = await shown(page);
    expect(filtered.dates).toEqual(['before 4 Aug 2024']);
    expect(filtered.query).toBe('?entity=ismail-haniyeh');
    expect(await page.evaluate(() => document.querySelector('.bs-tl-index [aria-current="true"]')?.getAttribute('aria-label'))).toBe('Ismail Haniyeh, 1 event');

    // A reload keeps the filter: it lives in the address.
    await page
      .evaluate(() => {
        (window as unknown as { beforeReload: boolean }).beforeReload = true;
        location.reload();
      })
      .catch(() => {});
    await until(
      page,
      () => !(window as unknown as { beforeReload?: boolean }).beforeReload && document.querySelectorAll('.bs-tl-event').length === 1,
    );
    expect((await shown(page)).dates).toEqual(['before 4 Aug 2024']);

    // The citation opens the source viewer at the quoted sentence.
    await clickOn(page, '.bs-tl-source-link');
    await until(page, () => location.pathname.endsWith('/source.html') && document.querySelector('mark') !== null);
    await until(page, () => {
      const box = document.querySelector('mark')!.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= innerHeight;
    });
    const viewer = await page.evaluate(() => {
      const mark = document.querySelector('mark')!;
      const box = mark.getBoundingClientRect();
      return {
        title: document.querySelector('h1')?.textContent,
        meta: document.querySelector('.bs-src-meta')?.textContent,
        marked: mark.textContent,
        scrolled: scrollY > 0,
        centred: Math.abs(box.top + box.height / 2 - innerHeight / 2) < 40 || scrollY + innerHeight >= document.documentElement.scrollHeight - 1,
        paragraphs: document.querySelectorAll('.bs-src-text p').length,
      };
    });
    expect(viewer).toEqual({
      title: 'Blinken delivered a strong warning to al-Sudani',
      meta: 'Shafaq News, 4 Aug 2024',
      marked: HANIYEH_SENTENCE,
      scrolled: true,
      centred: true,
      paragraphs: 7,
    });
    await page.screenshot(`${SCREENSHOTS}/source-${name}.png`);
    await page.close();
  });

  it('opens filtered as a link\'s address asks', async () => {
    const page = await harness.browser.newPage();
    await page.goto(harness.browser.extensionUrl('timeline.html?entity=antony-blinken&q=warning'));
    await page.waitFor(() => document.querySelector('[role="status"]')?.textContent === '1 of 3 events');
    const state = await page.evaluate(() => ({
      search: (document.getElementById('bs-tl-q') as HTMLInputElement).value,
      entity: (document.getElementById('bs-tl-entity') as HTMLSelectElement).value,
      dates: [...document.querySelectorAll('.bs-tl-date')].map((d) => d.textContent),
    }));
    expect(state).toEqual({ search: 'warning', entity: 'antony-blinken', dates: ['4 Aug 2024'] });
    await page.close();
  });

  it('says clearly when a source is unknown', async () => {
    const page = await harness.browser.newPage();
    await page.goto(harness.browser.extensionUrl('source.html?source=no-such-source'));
    await page.waitFor(() => document.querySelector('[role="alert"]')?.textContent === 'This source is not in Backstory’s knowledge.');
    await page.close();
  });
});

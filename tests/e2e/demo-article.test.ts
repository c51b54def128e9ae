import { describe, expect, it } from 'vitest';
import { renderDemoPage } from '../../scripts/demo-page';
import { hoverMention, paintedRanges, waitForCard, waitForHighlights } from '../../scripts/page-probes';
import { BROWSERS, openPopupFor, useBrowser } from './harness';

const routes = new Map([['/article', { body: await renderDemoPage() }]]);

describe.each(BROWSERS)('the demo article in %s', (name) => {
  const harness = useBrowser(name, routes);

  it('paints the names in the article, and only there', async () => {
    const page = await harness.browser.newPage(harness.url('/article'));
    // The article is painted in slices: each type's highlight fills as its names are found.
    const painted = async (type: string) => ((await paintedRanges(page))[`backstory-${type}`] ?? []).map((r) => r.text);
    const settled = { timeout: 10_000 };
    await expect.poll(() => painted('person'), settled).toEqual(expect.arrayContaining(['Blinken', 'Antony Blinken', 'Mohammed Shia al-Sudani', 'al-Sudani', 'Al-Sudani', 'Benjamin Netanyahu', 'Ismail Haniyeh', 'Fouad Shukur']));
    await expect.poll(() => painted('organization'), settled).toEqual(expect.arrayContaining(['Popular Mobilization Forces', 'PMF', 'Hezbollah', 'Hamas', 'Shafaq News Agency', 'Axis of Resistance']));
    expect(await painted('person')).not.toContain('Iraqi Prime Minister');
    const outside = await page.evaluate(() =>
      [...CSS.highlights]
        .filter(([key]) => key.startsWith('backstory'))
        .flatMap(([, h]) => [...h])
        .filter((r) => !r.startContainer.parentElement?.closest('article'))
        .map((r) => (r.startContainer as Text).data),
    );
    expect(outside).toEqual([]);
    await page.close();
  });

  it('changes nothing in the page but adding the card host', async () => {
    const page = await harness.browser.newPage(harness.url('/article'));
    await waitForHighlights(page);
    await hoverMention(page, 'backstory-person', 0);
    await waitForCard(page);
    const { served, live, added } = await page.evaluate(async () => {
      const html = await (await fetch(location.href)).text();
      const original = new DOMParser().parseFromString(html, 'text/html');
      const tags = (doc: Document) => [...doc.querySelectorAll('*')].map((e) => e.tagName.toLowerCase());
      const now = tags(document);
      return { served: tags(original), live: now.filter((t) => t !== 'backstory-card'), added: now.length - tags(original).length };
    });
    expect(live).toEqual(served);
    expect(added).toBe(1);
    await page.close();
  });

  it('shows a card on hover, with role, cited facts and timeline', async () => {
    const page = await harness.browser.newPage(harness.url('/article'));
    const hovered = await hoverMention(page, 'backstory-person', 0);
    expect(hovered).toBe('Blinken');
    const card = await waitForCard(page, 'Antony Blinken');
    expect(card).toMatch(/\bPerson\b/iu);
    expect(card).toContain('US Secretary of State, per Shafaq News, 4 Aug 2024');
    expect(card).toMatch(/Background/iu);
    expect(card).toContain('delivered a strong warning to Iraqi Prime Minister Mohammed Shia al-Sudani');
    expect(card).toMatch(/Shafaq News, 4 Aug 2024 — Blinken delivered a strong warning to al-Sudani/);
    expect(card).toMatch(/Timeline/iu);
    expect(card).toContain('after 4 Aug 2024');
    await page.close();
  });

  it('lists the mentions and the timeline in the popup', async () => {
    const page = await harness.browser.newPage(harness.url('/article'));
    await waitForHighlights(page);
    const popup = await openPopupFor(harness.browser, harness.url('/article'));
    await popup.waitFor(() => document.querySelector('.bs-mentions')?.textContent?.includes('Antony Blinken5') && document.querySelectorAll('.bs-event').length > 0);
    const { mentions, events } = await popup.evaluate(() => ({
      mentions: [...document.querySelectorAll('.bs-mention')].map((li) => li.textContent),
      events: [...document.querySelectorAll('.bs-event-date')].map((t) => t.textContent),
    }));
    expect(mentions).toEqual(expect.arrayContaining(['Antony Blinken5', 'Mohammed Shia al-Sudani6', 'Hezbollah2']));
    expect(events).toEqual(['after 4 Aug 2024', '4 Aug 2024', 'before 4 Aug 2024']);
    // The timeline's filters: one entity, then one type.
    await popup.evaluate(() => {
      const select = document.querySelector('.bs-filters select') as HTMLSelectElement;
      select.value = [...select.options].find((o) => o.text === 'Ismail Haniyeh')!.value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await popup.waitFor(() => document.querySelectorAll('.bs-event').length === 1);
    expect(await popup.evaluate(() => document.querySelector('.bs-event-summary')!.textContent)).toContain('assassination');
    await popup.close();
    await page.close();
  });
});

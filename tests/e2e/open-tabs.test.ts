import { describe, expect, it } from 'vitest';
import { renderDemoPage } from '../../scripts/demo-page';
import { hoverMention, waitForCard, waitForHighlights } from '../../scripts/page-probes';
import { BROWSERS, useBrowser } from './harness';

const routes = new Map([['/article', { body: await renderDemoPage() }]]);

describe.each(BROWSERS)('a tab open before Backstory is installed, in %s', (name) => {
  const harness = useBrowser(name, routes, { install: 'later' });

  it('gets the content script: highlights and cards work without a reload', async () => {
    const page = await harness.browser.newPage(harness.url('/article'));
    await page.evaluate(() => {
      (window as unknown as { loadedOnce: boolean }).loadedOnce = true;
    });
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    await harness.browser.installExtension();
    await waitForHighlights(page);
    expect(await page.evaluate(() => (window as unknown as { loadedOnce?: boolean }).loadedOnce)).toBe(true);
    await hoverMention(page, 'backstory-person', 0);
    expect(await waitForCard(page, 'Antony Blinken')).toContain('US Secretary of State');
    await page.close();
  });
});

import { describe, expect, it } from 'vitest';
import { waitUntil } from '../../scripts/extension-browser';
import { hoverMention, paintedRanges, waitForCard } from '../../scripts/page-probes';
import { BROWSERS, openPopupFor, useBrowser } from './harness';
import { testPages } from './pages';

describe.each(BROWSERS)('adding the page one reads as a source, in %s', (name) => {
  const harness = useBrowser(name, testPages);

  it('shows what would be learnt, saves it on confirmation, and every open page knows it at once', async () => {
    const followup = await harness.browser.newPage(harness.url('/followup'));
    expect(await followup.evaluate(() => [...CSS.highlights.keys()].some((k) => k.startsWith('backstory')))).toBe(false);
    const scoop = await harness.browser.newPage(harness.url('/scoop'));
    const popup = await openPopupFor(harness.browser, harness.url('/scoop'));
    await popup.waitFor(() => document.querySelector('.bs-add-source') !== null);
    await popup.evaluate(() => (document.querySelector('.bs-add-source') as HTMLButtonElement).click());
    await popup.waitFor(() => document.querySelector('.bs-add-preview') !== null);
    const preview = await popup.evaluate(() => document.querySelector('.bs-add-preview')!.textContent!);
    expect(preview).toContain('Ingrid Solheim');
    expect(preview).toContain('Nordhavn Shipping');
    expect(preview).toContain('Harbour Times');
    await popup.evaluate(() => (document.querySelector('.bs-add-preview button[type=submit]') as HTMLButtonElement).click());
    await popup.waitFor(() => document.querySelector('[role=status]')?.textContent?.includes('Added') === true);

    // The other page, open all along, learns the names without a reload.
    await followup.bringToFront();
    await waitUntil(async () => ((await paintedRanges(followup))['backstory-person'] ?? []).some((r) => r.text === 'Ingrid Solheim'));
    await hoverMention(followup, 'backstory-person', 0);
    const card = await waitForCard(followup, 'Ingrid Solheim');
    expect(card).toMatch(/chief executive/iu);
    expect(card).toContain('Harbour Times, 11 Mar 2025');
    await popup.close();
    await scoop.close();
    await followup.close();
  });
});

import { describe, expect, it } from 'vitest';
import { hoverMention, waitForCard } from '../../scripts/page-probes';
import { BROWSERS, openPopupFor, useBrowser } from './harness';
import { testPages } from './pages';

/** Relative luminance of a CSS colour ("rgb(r, g, b)"), as WCAG defines it. */
function luminance(color: string): number {
  const [r, g, b] = color
    .match(/[\d.]+/gu)!
    .slice(0, 3)
    .map((v) => Number(v) / 255)
    .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(foreground: string, background: string): number {
  const [a, b] = [luminance(foreground), luminance(background)];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

describe.each(BROWSERS)('dark mode in %s', (name) => {
  const harness = useBrowser(name, testPages, { colorScheme: 'dark' });

  it('gives the card dark colours with readable text', async () => {
    const page = await harness.browser.newPage(harness.url('/article'));
    await hoverMention(page, 'backstory-person', 0);
    await waitForCard(page);
    const colors = (await page.inCard<{ background: string; name: string; heading: string }>(`(root) => ({
      background: getComputedStyle(root.querySelector('.bs-card-frame')).backgroundColor,
      name: getComputedStyle(root.querySelector('.bs-name')).color,
      heading: getComputedStyle(root.querySelector('.bs-section h3')).color,
    })`))!;
    expect(luminance(colors.background)).toBeLessThan(0.05);
    expect(contrast(colors.name, colors.background)).toBeGreaterThanOrEqual(7);
    expect(contrast(colors.heading, colors.background)).toBeGreaterThanOrEqual(4.5);
    await page.close();
  });

  it('gives the popup dark colours with readable text', async () => {
    const page = await harness.browser.newPage(harness.url('/article'));
    const popup = await openPopupFor(harness.browser, harness.url('/article'));
    await popup.waitFor(() => document.querySelector('.bs-mention') !== null);
    const colors = await popup.evaluate(() => ({
      background: getComputedStyle(document.body).backgroundColor,
      link: getComputedStyle(document.querySelector('.bs-mention button')!).color,
      text: getComputedStyle(document.querySelector('.bs-event-summary')!).color,
    }));
    expect(luminance(colors.background)).toBeLessThan(0.05);
    expect(contrast(colors.link, colors.background)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(colors.text, colors.background)).toBeGreaterThanOrEqual(7);
    await popup.close();
    await page.close();
  });
});

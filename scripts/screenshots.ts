/**
 * `npm run screenshots`: the README's pictures, taken from the real extension
 * in Chromium, light and dark: the card on the demo article, the popup, the
 * timeline page and the options page. Writes docs/screenshots/*.png.
 */
import { mkdir } from 'node:fs/promises';
import { ensureBrowsers } from './browsers';
import { renderDemoPage } from './demo-page';
import { launchWithExtension, type ExtensionBrowser } from './extension-browser';
import { hoverMention, waitForSettledCard } from './page-probes';
import { serve } from './serve';

const OUT = 'docs/screenshots';

ensureBrowsers(['chromium']);
await mkdir(OUT, { recursive: true });
const server = await serve(new Map([['/article', { body: await renderDemoPage() }]]));
const article = `${server.origin}/article`;
try {
  for (const scheme of ['light', 'dark'] as const) {
    const browser = await launchWithExtension('chromium', { colorScheme: scheme });
    try {
      await shoot(browser, scheme);
    } finally {
      await browser.close();
    }
  }
  console.log(`Screenshots written to ${OUT}/`);
} finally {
  await server.close();
}

async function shoot(browser: ExtensionBrowser, scheme: 'light' | 'dark'): Promise<void> {
  const page = await browser.newPage(article);
  await hoverMention(page, 'backstory-person', 0);
  await waitForSettledCard(page);
  await page.screenshot(`${OUT}/card-${scheme}.png`);

  const popup = await browser.newPage();
  await popup.setViewport(420, 760);
  await popup.goto(browser.extensionUrl('popup.html'));
  const tabId = await popup.evaluate(async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id, article);
  await popup.goto(browser.extensionUrl(`popup.html?tab=${tabId}`));
  await popup.waitFor(() => document.querySelector('.bs-mention') !== null && document.querySelector('.bs-event') !== null);
  await popup.screenshot(`${OUT}/popup-${scheme}.png`);

  await pageShot(browser, 'timeline.html', '.bs-timeline, main', `${OUT}/timeline-${scheme}.png`);
  await pageShot(browser, 'options.html', 'main', `${OUT}/options-${scheme}.png`);
}

async function pageShot(browser: ExtensionBrowser, path: string, ready: string, file: string): Promise<void> {
  const page = await browser.newPage();
  await page.setViewport(1100, 800);
  await page.goto(browser.extensionUrl(path));
  await page.waitFor((selector) => document.querySelector(selector) !== null, ready);
  await new Promise((r) => setTimeout(r, 300));
  await page.screenshot(file);
}

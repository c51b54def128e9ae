/**
 * `npm start`: serves the demo article on 127.0.0.1 and opens Chromium with the
 * built extension on it. Without a display it runs headless, hovers a name and
 * saves a screenshot of the card instead.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ensureBrowsers } from './browsers';
import { renderDemoPage } from './demo-page';
import { BUILD_DIRS, launchWithExtension } from './extension-browser';
import { hoverMention, waitForSettledCard } from './page-probes';
import { serve } from './serve';

const SCREENSHOT = resolve('.output/demo/card.png');
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.CI;

ensureBrowsers(['chromium']);
const server = await serve(new Map([['/', { body: await renderDemoPage() }]]));
const url = `${server.origin}/`;
console.log(`Demo article: ${url}`);
console.log(`Extension build: ${BUILD_DIRS.chromium}`);
console.log('(Branded Chrome 137+ ignores --load-extension: there, open chrome://extensions, turn on Developer mode and "Load unpacked" that folder.)');

const browser = await launchWithExtension('chromium', { headless: !hasDisplay });
try {
  const page = await browser.newPage(url);
  if (hasDisplay) {
    console.log('Chromium is open with Backstory loaded: hover a highlighted name. Close the browser to stop.');
    await browser.closed;
  } else {
    const name = await hoverMention(page, 'backstory-person');
    await mkdir(resolve('.output/demo'), { recursive: true });
    await waitForSettledCard(page);
    await page.screenshot(SCREENSHOT);
    console.log(`No display: ran headless, hovered "${name}" and saved the card to ${SCREENSHOT}`);
  }
} finally {
  await browser.close();
  await server.close();
}

import { afterAll, beforeAll } from 'vitest';
import type { BrowserName } from '../../scripts/browsers';
import { launchWithExtension, type BrowserPage, type ExtensionBrowser, type LaunchOptions } from '../../scripts/extension-browser';
import { serve, type Route, type Server } from '../../scripts/serve';

export const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

export interface Harness {
  browser: ExtensionBrowser;
  server: Server;
  /** The address of a served route. */
  url(path: string): string;
}

/**
 * Launches a browser with the built extension and a local server for a test
 * file, and closes both afterwards, also when a test fails.
 */
export function useBrowser(name: BrowserName, routes: Map<string, Route>, options: LaunchOptions = {}): Harness {
  const harness = {} as Harness;
  beforeAll(async () => {
    harness.server = await serve(routes);
    harness.url = (path) => `${harness.server.origin}${path}`;
    harness.browser = await launchWithExtension(name, options);
  });
  afterAll(async () => {
    await harness.browser?.close();
    await harness.server?.close();
  });
  return harness;
}

/** Opens the popup as a tab, about the tab showing `pageUrl` (an extension page in a tab is its own active tab). */
export async function openPopupFor(browser: ExtensionBrowser, pageUrl: string): Promise<BrowserPage> {
  const popup = await browser.newPage();
  await popup.goto(browser.extensionUrl('popup.html'));
  const tabId = await popup.evaluate(async (url) => {
    const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
    // Match patterns cannot name a port in every browser: compare addresses instead.
    const tabs = await api.tabs.query({});
    return tabs.find((tab) => tab.url === url)?.id;
  }, pageUrl);
  if (tabId === undefined) throw new Error(`No tab shows ${pageUrl}`);
  await popup.goto(browser.extensionUrl(`popup.html?tab=${tabId}`));
  return popup;
}

/** Clicks the middle of the first element matching `selector` (and whose text is `text`) with the real mouse, as a person would. */
export async function clickOn(page: BrowserPage, selector: string, text?: string): Promise<void> {
  const { x, y } = await page.evaluate(
    ([s, t]) => {
      const element = [...document.querySelectorAll(s)].find((e) => t == null || e.textContent?.trim() === t);
      if (!element) throw new Error(`Nothing matches ${s} ${t ?? ''}`);
      element.scrollIntoView({ block: 'center' });
      const box = element.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    },
    [selector, text] as const,
  );
  await page.click(x, y);
}

/** Opens one of Backstory's pages in a new tab and waits until `ready` matches something there. */
export async function openExtensionPage(browser: ExtensionBrowser, path: string, ready: string): Promise<BrowserPage> {
  const page = await browser.newPage();
  await page.goto(browser.extensionUrl(path));
  await page.waitFor((selector) => document.querySelector(selector) !== null, ready);
  return page;
}

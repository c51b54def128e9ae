import { browser, type PublicPath } from 'wxt/browser';

// A page script could ask a content script for anything; only these pages of Backstory's own may be opened.
const PAGES = /^(?:source|timeline|options)\.html(?:\?[^#]*)?$/u;

/** Opens one of Backstory's pages in a new tab: from its own pages, and for cards (web pages may not link to extension pages themselves). */
export async function openPage(path: string): Promise<void> {
  if (!PAGES.test(path)) return;
  await browser.tabs.create({ url: browser.runtime.getURL(`/${path}` as PublicPath) });
}

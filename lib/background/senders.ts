import { browser } from 'wxt/browser';

type Sender = Pick<chrome.runtime.MessageSender, 'url'>;

/**
 * Whether a message comes from one of Backstory's own pages (popup, options,
 * timeline, source viewer). Content scripts live in web pages, which may be
 * hostile: they may ask what a name is, never change what Backstory knows.
 */
export function isExtensionPage(sender: Sender, origin = browser.runtime.getURL('/')): boolean {
  return typeof sender.url === 'string' && sender.url.startsWith(origin);
}

/** A handler that refuses messages from anywhere but Backstory's own pages. */
export function fromExtensionPages<D, R>(handler: (data: D) => R): (message: { data: D; sender: Sender }) => R {
  return ({ data, sender }) => {
    if (!isExtensionPage(sender)) throw new Error('Only Backstory’s own pages may ask this.');
    return handler(data);
  };
}

/** Whether a frame's page is from the same origin as its tab's top page: the frame's own word for it is checked here too. */
export function sameOrigin(frameUrl: string | undefined, topUrl: string | undefined): boolean {
  if (!frameUrl || !topUrl) return false;
  try {
    return new URL(frameUrl).origin === new URL(topUrl).origin;
  } catch {
    return false;
  }
}

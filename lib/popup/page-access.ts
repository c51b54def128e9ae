/** Sites where browsers let no extension run, whatever its permissions. */
const RESTRICTED_HOSTS = ['chromewebstore.google.com', 'chrome.google.com', 'addons.mozilla.org', 'accounts-static.cdn.mozilla.net'];

/** Whether Backstory can run on a page at this address at all. */
export function canRunOn(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const { protocol, hostname, pathname } = new URL(url);
    if (protocol !== 'http:' && protocol !== 'https:') return false;
    if (/\.pdf$/iu.test(pathname)) return false;
    return !RESTRICTED_HOSTS.includes(hostname);
  } catch {
    return false;
  }
}

/** The tab a popup or extension page is about: `?tab=ID` when given (an extension page in its own tab), else none. */
export function tabFromQuery(search: string): number | undefined {
  const value = Number(new URLSearchParams(search).get('tab'));
  return Number.isInteger(value) && value > 0 ? value : undefined;
}

/**
 * Whether an address the page moved to (with the History API) is another
 * page: not when only its fragment changed (a table of contents' link, a
 * footnote). A router that swaps the article on a fragment change is still
 * followed, by the DOM watch.
 */
export function isAnotherPage(newUrl: URL, oldUrl: URL): boolean {
  return withoutFragment(newUrl) !== withoutFragment(oldUrl);
}

function withoutFragment(url: URL): string {
  // From the first '#': an empty fragment (`page#`) is no part of `hash`, but is of `href`.
  return url.href.split('#', 1)[0]!;
}

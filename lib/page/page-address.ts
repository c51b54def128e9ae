/**
 * Whether an address the page moved to (with the History API) shows another
 * page. A new fragment naming a place on this one (a table of contents' link,
 * a footnote) only moves the reader; one naming no place (`#/article/5`) is a
 * router's route, and may show anything.
 */
export function isAnotherPage(newUrl: URL, oldUrl: URL, doc: Document): boolean {
  if (withoutFragment(newUrl) !== withoutFragment(oldUrl)) return true;
  const place = fragmentOf(newUrl);
  return place !== '' && !doc.getElementById(place) && !doc.getElementsByName(place).length;
}

function withoutFragment(url: URL): string {
  // From the first '#': an empty fragment (`page#`) is no part of `hash`, but is of `href`.
  return url.href.split('#', 1)[0]!;
}

function fragmentOf(url: URL): string {
  try {
    return decodeURIComponent(url.hash.slice(1));
  } catch {
    // Not a place's name (malformed escapes): taken as a route.
    return url.hash;
  }
}

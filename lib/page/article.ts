/**
 * Where the article is: one linear pass over the page's paragraphs, scoring
 * their containers the way Readability does, without cloning the document.
 */

const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'CODE', 'PRE', 'KBD', 'SAMP', 'TEXTAREA', 'INPUT', 'SELECT',
  'OPTION', 'BUTTON', 'SVG', 'MATH', 'IFRAME', 'CANVAS', 'VIDEO', 'AUDIO', 'OBJECT', 'EMBED',
  'NAV', 'ASIDE', 'FOOTER', 'FORM', 'DIALOG', 'MENU',
]);
const SKIPPED_ROLES = new Set(['navigation', 'complementary', 'banner', 'contentinfo', 'search', 'menu', 'menubar', 'dialog', 'alert', 'toolbar']);
// Readability's "unlikely candidates", trimmed to what surrounds an article rather than what fills it.
const BOILERPLATE = /(?:^|[\s_-])(?:comments?|disqus|share|sharing|social|related|recommend\w*|promo|newsletter|subscribe|cookies?|consent|advert\w*|ads?|sponsor\w*|sidebar|breadcrumbs?|menu|masthead|most-?read|popular|trending|outbrain|taboola)(?:$|[\s_-])/iu;
const PARAGRAPHS = 'p, pre, td, blockquote, li, h2, h3';
const MIN_PARAGRAPH = 25;

/** Whether an element and everything in it is outside what Backstory reads. */
export function isSkipped(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.tagName.toUpperCase())) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true' || element.getAttribute('inert') !== null) return true;
  const role = element.getAttribute('role');
  if (role && SKIPPED_ROLES.has(role)) return true;
  if ((element as HTMLElement).isContentEditable) return true;
  return isBoilerplate(element);
}

function isBoilerplate(element: Element): boolean {
  const marker = `${element.id} ${typeof element.className === 'string' ? element.className : ''}`;
  return marker.length > 1 && BOILERPLATE.test(marker) && !/article|body|content|main|post|story/iu.test(element.tagName);
}

/**
 * The element holding the article: the best-scored container of paragraphs,
 * widened to its `<article>` when one holds it. `null` when the page has no
 * article-like text (search results, web apps).
 */
export function findArticleRoot(doc: Document): Element | null {
  const scores = new Map<Element, number>();
  for (const paragraph of doc.querySelectorAll(PARAGRAPHS)) {
    const text = paragraph.textContent ?? '';
    if (text.length < MIN_PARAGRAPH || hasSkippedAncestor(paragraph)) continue;
    const score = 1 + (text.match(/[,،、，]/gu)?.length ?? 0) + Math.min(Math.floor(text.length / 100), 3);
    let ancestor = paragraph.parentElement;
    for (let level = 0; ancestor && level < 3; level++, ancestor = ancestor.parentElement) {
      scores.set(ancestor, (scores.get(ancestor) ?? 0) + score / (level === 0 ? 1 : level * 2));
    }
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [element, score] of scores) {
    if (score > bestScore) [best, bestScore] = [element, score];
  }
  if (!best || bestScore < 10) return null;
  return best.closest('article') ?? best;
}

function hasSkippedAncestor(element: Element): boolean {
  for (let e: Element | null = element; e && e !== e.ownerDocument.body; e = e.parentElement) {
    if (isSkipped(e)) return true;
  }
  return false;
}

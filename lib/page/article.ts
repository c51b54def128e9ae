/**
 * Where the article is: one linear pass over the page's paragraphs, scoring
 * their containers the way Readability does, without cloning the document.
 */
import { runAtOnce, runInSlices, type Yielder } from './chunks';
import { hostAbove } from './shadow-host';
import { tagSet } from './tag-set';

const SKIPPED_TAGS = tagSet([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'CODE', 'PRE', 'KBD', 'SAMP', 'TEXTAREA', 'INPUT', 'SELECT',
  'OPTION', 'BUTTON', 'SVG', 'MATH', 'IFRAME', 'CANVAS', 'VIDEO', 'AUDIO', 'OBJECT', 'EMBED',
  'NAV', 'ASIDE', 'FOOTER', 'FORM', 'DIALOG', 'MENU',
]);
const SKIPPED_ROLES = new Set(['navigation', 'complementary', 'banner', 'contentinfo', 'search', 'menu', 'menubar', 'dialog', 'alert', 'toolbar']);
// Readability's "unlikely candidates", trimmed to what surrounds an article rather than what fills it.
// ASCII only, without the u flag: case-insensitive Unicode matching costs this RegExp more to compile than a page spends using it.
const BOILERPLATE = /(?:^|[\s_-])(?:comments?|disqus|share|sharing|sharedaddy|social|related\w*|recommend\w*|promo|newsletter|subscribe|cookies?|consent|advert\w*|ads?|sponsor\w*|sidebar|breadcrumbs?|menu|masthead|most-?read|popular|trending|outbrain|taboola)(?:$|[\s_-])/i;
// An id made from a heading ("sharing-with-multiple-developers") names a section, not page furniture.
const HEADING_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+){3,}$/u;
const INLINE_HIDDEN = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/iu;
const PARAGRAPHS = 'p, pre, td, blockquote, li, h2, h3';
const PARAGRAPHS_OR_DIVS = `${PARAGRAPHS}, div`;
// Elements that do not end a run of text: a <div> holding only these is a paragraph of its own.
const INLINE_CHILDREN = tagSet(['A', 'ABBR', 'B', 'BR', 'CITE', 'EM', 'FONT', 'I', 'IMG', 'MARK', 'Q', 'S', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'WBR']);
const MIN_PARAGRAPH = 25;
// Readability's isProbablyReaderable: paragraphs over 140 characters, adding up past 20.
const READERABLE_LENGTH = 140;
const READERABLE_SCORE = 20;

/** Whether an element and everything in it is outside what Backstory reads. */
export function isSkipped(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.tagName)) return true;
  // Most elements of an article have no attribute at all: nothing else can make them skipped
  // (an editable region's root carries contenteditable, and the walk meets it first).
  if (!element.hasAttributes()) return false;
  return isHiddenByAttribute(element) || isOffLimits(element);
}

/** Skipped for what it is, whether shown or not: navigation and such roles, an editable region, page furniture. */
function isOffLimits(element: Element): boolean {
  const role = element.getAttribute('role');
  if (role && SKIPPED_ROLES.has(role)) return true;
  if ((element as HTMLElement).isContentEditable) return true;
  return isBoilerplate(element);
}

/** Skipped only because its attributes hide it, and not empty: worth reading if the page shows it. */
export function mayBeShown(element: Element): boolean {
  return element.hasChildNodes() && !SKIPPED_TAGS.has(element.tagName) && element.hasAttributes() && isHiddenByAttribute(element) && !isOffLimits(element);
}

/** Hidden by its own attributes (`hidden`, `aria-hidden`, `inert`, an inline style): what a page may show later by changing them. */
export function isHiddenByAttribute(element: Element): boolean {
  return (
    element.hasAttribute('hidden') ||
    element.getAttribute('aria-hidden') === 'true' ||
    element.hasAttribute('inert') ||
    INLINE_HIDDEN.test(element.getAttribute('style') ?? '')
  );
}

function isBoilerplate(element: Element): boolean {
  const marker = markerOf(element);
  return marker.length > 1 && BOILERPLATE.test(marker) && !/article|body|content|main|post|story/iu.test(element.tagName);
}

/** What an element's id and class say it is; nothing for the story's own body (schema.org), or an id made from a heading. */
function markerOf(element: Element): string {
  if (element.getAttribute('itemprop') === 'articleBody') return '';
  const id = HEADING_SLUG.test(element.id) ? '' : element.id;
  return `${id} ${typeof element.className === 'string' ? element.className : ''}`;
}

/** Whether a node may be read: nothing between it and `root` is skipped (an editable region, a form, code). */
export function isReadable(node: Node, root: Node): boolean {
  return skipperOf(node, root) === null;
}

/** The element that keeps a node from being read: it, or one above it up to `root`, that is skipped. */
export function skipperOf(node: Node, root: Node): Element | null {
  for (let e: Element | null = node instanceof Element ? node : node.parentElement; e; e = e.parentElement) {
    if (isSkipped(e)) return e;
    if (e === root) return null;
  }
  return null;
}

/**
 * The element holding the article: the best-scored container of paragraphs,
 * widened to its `<article>` when one holds it. `null` when the page reads
 * like no article (search results, web apps). Open shadow roots are looked
 * into when the page's own tree has no article.
 */
export function findArticleRoot(doc: Document): Element | null {
  return runAtOnce(articleSearch(doc));
}

/** The same search, in slices of a few milliseconds: a page of 5,000 paragraphs never waits on it. */
export function findArticleRootInSlices(doc: Document, yieldToPage: Yielder, onSlice?: (ms: number) => void): Promise<Element | null> {
  return runInSlices(articleSearch(doc), yieldToPage, onSlice);
}

/** The search as a generator that pauses every few paragraphs, so callers choose how to slice it. */
function* articleSearch(doc: Document): Generator<void, Element | null> {
  const sole = soleArticle(doc);
  if (sole) return sole;
  const candidates = new Candidates(doc.querySelectorAll(PARAGRAPHS_OR_DIVS));
  // Some sites wrap the whole story in a box whose class reads like furniture ("sidebar-right-mix"):
  // when nothing reads like an article, look again without that filter.
  return (yield* bestContainer(candidates, isSkipped)) ?? (yield* shadowArticle(doc)) ?? (yield* bestContainer(candidates, isSkippedStructurally));
}

/** Of a page's paragraphs, the share its one `<article>` must hold to be taken without scoring. */
const SOLE_ARTICLE_SHARE = 0.9;
/** Paragraphs of its own it must hold: a comment or a teaser card in an `<article>`, beside a story written without `<p>`, holds few. */
const SOLE_ARTICLE_PARAGRAPHS = 5;

/**
 * The page's one `<article>`, when it holds most of the page's paragraphs,
 * reads like an article and is named like no page furniture: where scoring
 * them would end (its best container widened to the `<article>` around it),
 * found without scoring. Scoring costs a long page milliseconds at load.
 */
function soleArticle(doc: Document): Element | null {
  const articles = doc.getElementsByTagName('article');
  if (articles.length !== 1) return null;
  const article = articles[0]!;
  const paragraphs = article.getElementsByTagName('p');
  if (paragraphs.length < Math.max(SOLE_ARTICLE_PARAGRAPHS, SOLE_ARTICLE_SHARE * doc.getElementsByTagName('p').length)) return null;
  if (BOILERPLATE.test(markerOf(article)) || !isReadable(article, doc.documentElement)) return null;
  let readerable = 0;
  let count = 0;
  for (const paragraph of paragraphs) {
    if (!isReadable(paragraph, article)) continue;
    const length = textOf(paragraph).length;
    if (length >= MIN_PARAGRAPH) count++;
    if (length >= READERABLE_LENGTH) readerable += Math.sqrt(length - READERABLE_LENGTH);
    if (readerable >= READERABLE_SCORE && count >= SOLE_ARTICLE_PARAGRAPHS) return article;
  }
  return null;
}

/** The elements that may be paragraphs: all of them, and the paragraphs alone (without <div>s) once asked for. */
class Candidates {
  private alone: Element[] | undefined;

  constructor(readonly all: ArrayLike<Element>) {}

  paragraphs(): Element[] {
    return (this.alone ??= Array.prototype.filter.call(this.all, (element: Element) => element.tagName !== 'DIV') as Element[]);
  }
}

/** Skipped for what it is (code, forms, hidden, navigation), not for what its class is called. */
function isSkippedStructurally(element: Element): boolean {
  return isSkipped(element) && !isBoilerplate(element);
}

const PAUSE_EVERY = 50;

/**
 * Paragraphs scored on a page that has more: every n-th, so a page of 5,000
 * costs what one of 250 does. The scores add up, so a sample of a long
 * page's paragraphs ranks its containers as all of them would.
 */
const SCORED_PARAGRAPHS = 250;

function* bestContainer(candidates: Candidates, skip: (element: Element) => boolean): Generator<void, Element | null> {
  const found = yield* bestOf(candidates.all, skip);
  if (found || candidates.all.length <= SCORED_PARAGRAPHS) return found;
  // A sample can fall only on layout <div>s (a grid of thousands beside a story of a few paragraphs): when
  // <div>s are most of the page, its paragraphs are sampled again alone.
  const paragraphs = candidates.paragraphs();
  return paragraphs.length * 2 < candidates.all.length ? yield* bestOf(paragraphs, skip) : null;
}

function* bestOf(paragraphs: ArrayLike<Element>, skip: (element: Element) => boolean): Generator<void, Element | null> {
  const scores = new Map<Element, number>();
  const skipped = new Map<Element, boolean>();
  const stride = Math.ceil(paragraphs.length / SCORED_PARAGRAPHS);
  let readerable = 0;
  let seen = 0;
  for (let window = 0; window * stride < paragraphs.length; window++) {
    // One paragraph from each window of `stride`, at a place that varies: a fixed step would fall in step with
    // markup that repeats (a <div> around each <p>) and see only one kind.
    const paragraph = paragraphs[window * stride + (Math.imul(window, 0x9e3779b1) >>> 0) % stride];
    if (!paragraph) continue;
    if (++seen % PAUSE_EVERY === 0) yield;
    if (paragraph.tagName === 'DIV' && !isTextDiv(paragraph)) continue;
    const text = textOf(paragraph);
    const length = text.length;
    if (length < MIN_PARAGRAPH || insideSkipped(paragraph, skipped, skip)) continue;
    if (length >= READERABLE_LENGTH) readerable += stride * Math.sqrt(length - READERABLE_LENGTH);
    const base = 1 + commas(text) + Math.min(Math.floor(length / 100), 3);
    // A list of links (a menu, "most read", references) is not the story: list items count by their own words.
    const score = paragraph.tagName === 'LI' ? base * (1 - linkDensity(paragraph, length)) : base;
    let ancestor = containerOf(paragraph);
    for (let level = 0; ancestor && level < 3; level++, ancestor = containerOf(ancestor)) {
      scores.set(ancestor, (scores.get(ancestor) ?? 0) + score / (level === 0 ? 1 : level * 2));
    }
  }
  if (readerable < READERABLE_SCORE) return null;
  let best: Element | null = null;
  // The best even when every score is below zero: the page reads like an article.
  let bestScore = -Infinity;
  for (const [element, sampled] of scores) {
    // Scaled back from the sample, so the element's own weight counts as much on a long page as on a short one.
    const score = sampled * stride + ownWeight(element);
    if (score > bestScore) [best, bestScore] = [element, score];
  }
  return best ? (best.closest('article') ?? best) : null;
}

/** A paragraph's text: that of its only text node when it has one (no string is built), else its textContent. */
function textOf(paragraph: Element): string {
  const only = paragraph.firstChild;
  if (only && only === paragraph.lastChild && only.nodeType === Node.TEXT_NODE) return (only as Text).data;
  return paragraph.textContent ?? '';
}

const OTHER_COMMAS = /[،、，]/u;

function commas(text: string): number {
  let count = 0;
  for (let i = text.indexOf(','); i >= 0; i = text.indexOf(',', i + 1)) count++;
  if (!OTHER_COMMAS.test(text)) return count;
  for (const mark of ['،', '、', '，']) count += text.split(mark).length - 1;
  return count;
}

/** A <div> with text of its own and only inline elements inside: a paragraph written without <p>. */
function isTextDiv(div: Element): boolean {
  for (const child of div.children) if (!INLINE_CHILDREN.has(child.tagName)) return false;
  return true;
}

// Readability's weights for what a container is: its tag, and what its class and id say.
const TAG_WEIGHTS: Record<string, number> = {
  DIV: 5, PRE: 3, TD: 3, BLOCKQUOTE: 3,
  ADDRESS: -3, OL: -3, UL: -3, DL: -3, DD: -3, DT: -3, LI: -3, FORM: -3,
  H1: -5, H2: -5, H3: -5, H4: -5, H5: -5, H6: -5, TH: -5,
};
// Readability's lists, ASCII and without the u flag as above. Furniture is matched as whole words, as BOILERPLATE
// is (whose words skip an element outright): utility classes ("hidden", "overflow-hidden", "media-body") say nothing.
const STORY_MARKER = /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story/i;
const FURNITURE_MARKER = /(?:^|[\s_-])(?:ad|banner|combx|contact|footer|gdpr|outbrain|shoutbox|skyscraper|shopping|tags|widgets?)(?:$|[\s_-])/i;
const REFERENCES_MARKER = /(?:^|[\s_-])(?:references|reflist|footnotes|citations)(?:$|[\s_-])/i;
// Readability adds 25 for a story-like name; with no pass after it to narrow a container down, that picked wide
// wrappers ("container_content") over the story inside them.
const STORY_WEIGHT = 15;
const FURNITURE_WEIGHT = -25;

/**
 * What a container is worth before its paragraphs count: a list of stories
 * (a `<ul>` of teasers, a "top 12") or a box named like furniture loses to
 * the `<div class="article-body">` beside it.
 */
function ownWeight(element: Element): number {
  const tag = TAG_WEIGHTS[element.tagName] ?? 0;
  // schema.org's story body is the story, whatever its class says.
  if (element.getAttribute('itemprop') === 'articleBody') return tag + STORY_WEIGHT;
  const marker = markerOf(element);
  // A long article's references outweigh its body, and are read with it: never the story on their own.
  if (REFERENCES_MARKER.test(marker)) return -Infinity;
  return tag + (FURNITURE_MARKER.test(marker) ? FURNITURE_WEIGHT : 0) + (STORY_MARKER.test(marker) ? STORY_WEIGHT : 0);
}

function linkDensity(element: Element, length: number): number {
  let linked = 0;
  for (const link of element.querySelectorAll('a')) linked += link.textContent?.length ?? 0;
  return length ? Math.min(1, linked / length) : 0;
}

/**
 * The article of a page whose text lives in open shadow roots: one holding
 * the whole story, or one per paragraph (a component for each), whose hosts
 * the story's container holds, in shadow roots within shadow roots too (an
 * app's shell around a story component). Their paragraphs are scored together.
 */
function* shadowArticle(doc: Document): Generator<void, Element | null> {
  const candidates: Element[] = [];
  const trees: (Document | ShadowRoot)[] = [doc];
  let seen = 0;
  for (let i = 0; i < trees.length; i++) {
    for (const element of trees[i]!.querySelectorAll('*')) {
      if (++seen % (PAUSE_EVERY * 10) === 0) yield;
      const tree = element.shadowRoot;
      if (!tree) continue;
      trees.push(tree);
      for (const candidate of tree.querySelectorAll(PARAGRAPHS_OR_DIVS)) candidates.push(candidate);
    }
  }
  return candidates.length ? yield* bestContainer(new Candidates(candidates), isSkipped) : null;
}

/** The element a node sits in: its parent, or the host of the shadow root it is at the top of. */
function containerOf(node: Node): Element | null {
  return node.parentElement ?? hostAbove(node);
}

/** Whether an element sits in a skipped region; ancestors' answers are remembered, as paragraphs share them. */
function insideSkipped(element: Element, known: Map<Element, boolean>, skip: (element: Element) => boolean): boolean {
  const path: Element[] = [];
  let answer = false;
  // Up through shadow roots to their hosts: a component in an <aside> is as much furniture as the rest of it.
  for (let e: Element | null = element; e && e.tagName !== 'BODY'; e = containerOf(e)) {
    const cached = known.get(e);
    if (cached !== undefined) {
      answer = cached;
      break;
    }
    path.push(e);
    if (skip(e)) {
      answer = true;
      break;
    }
  }
  for (const e of path) known.set(e, answer);
  return answer;
}

import { isSkipped } from './article';
import { documentOrder } from './document-order';
import { layoutParent } from './shadow-host';
import { tagSet } from './tag-set';
import type { Timed } from './task-timer';
import { isInline, type Stretch } from './text-blocks';

/**
 * A long article is read where the reader is: the parts of it near the
 * screen at once, the others as they come near it. A part is a stretch of an
 * element's children, cut only before a child that is not inline, so no line
 * of text is cut in two and text between the children is read with them.
 */
export interface Section extends Stretch {
  parent: Element;
  /**
   * Many screens from the screen: watched from further away, and cut into
   * sections when it comes within that distance. Its children's indexes and
   * its height, as planned: looking them up in a long article costs
   * milliseconds, and its last child may have no box to measure.
   */
  distant?: { lo: number; hi: number; tall: number };
}

export interface SectionPlan {
  /** The elements cut into sections: text changed right in one is a reason to plan again, not to read it whole. */
  parents: Element[];
  /** On or near the screen: read now. */
  now: Section[];
  /** Further away, each about a screen and a half tall (or `distant`): read when it comes near. */
  later: Section[];
}

/** How far from the screen, in screen heights, text is read: at load, and as the reader scrolls. */
export const READ_AHEAD = 0.5;
/** An article (or a part of one) up to this many screens tall is read whole: cutting it would cost more. */
const SHORT = 3;
/**
 * How tall a later section is meant to be, in screens: while any of a section
 * up to 1 + 2 × READ_AHEAD screens tall is on screen, its first element or that
 * of the section after it (or its last, when none follows) is within READ_AHEAD
 * of the screen. Sections are cut by count, so some are taller: those are read
 * a little later, once the reader scrolls on to one of those elements.
 */
const SECTION_SCREENS = 1.5;
/**
 * Beyond this many screens from the screen, a long article's sections are
 * this many screens tall and watched from this far: a page of 500 screens
 * watches a few dozen elements rather than hundreds, and each one costs the
 * browser work at load and on every frame it scrolls. A distant section is
 * cut into sections of a screen and a half when it comes within this distance.
 */
export const DISTANT = 16;
/** An element with up to this many children has each measured; one with more is searched by halving. */
const MEASURED_CHILDREN = 32;

/** Where the reader sees the article: the viewport, or the box that scrolls it. */
export interface Screen {
  /** Its top, in the viewport's CSS pixels (0 for the viewport itself). */
  top?: number;
  /** Its height, in CSS pixels. */
  height: number;
}

type Kind = 'now' | 'later' | 'distant' | 'split';

/** Where a section begins: the index of a child of the parent (its first section also takes the text before it). */
interface Cut {
  index: number;
  kind: Kind;
}

/**
 * Plans the reading of an article. Measuring costs a layout read per element,
 * so few are: an element with many children (paragraphs follow one another
 * down the page) is searched by halving for those near the screen, and the
 * others are cut by count into sections of about a screen and a half.
 */
export function planSections(root: Element, screen: Screen): SectionPlan {
  const plan: SectionPlan = { parents: [], now: [], later: [] };
  const box = root.getBoundingClientRect();
  if (box.height <= SHORT * screen.height || !root.firstElementChild || root.shadowRoot) plan.now.push(whole(root));
  // An observer's margin reaches past the page's own viewport only: in a box that scrolls, distant sections would never come near.
  else planChildren(allChildren(root, box), screen, plan, true);
  return plan;
}

/** The box that scrolls an element (an app's main pane, outside the element's shadow tree too), or the page's document when the page itself does. */
export function scrollRootOf(element: Element): Element | Document {
  const doc = element.ownerDocument;
  for (let box = layoutParent(element); box && box !== doc.scrollingElement && box !== doc.body; box = layoutParent(box)) {
    if (box.scrollHeight > box.clientHeight && /auto|scroll|overlay/u.test(getComputedStyle(box).overflowY)) return box;
  }
  return doc;
}

/** The screen of a scroll root: the viewport, or what its box shows. */
export function screenOf(root: Element | Document): Screen {
  if (!(root instanceof Element)) return { height: innerHeight };
  return { top: root.getBoundingClientRect().top + root.clientTop, height: root.clientHeight };
}

/** Some of an element's children, `lo` to `hi` (indexes into its element children), from `from` (text before the first too) to `until`. */
interface Span extends Stretch {
  parent: Element;
  lo: number;
  hi: number;
  /** How tall the span is, in CSS pixels. */
  tall: number;
}

function allChildren(parent: Element, box: DOMRect): Span {
  return { parent, from: parent.firstChild!, until: null, lo: 0, hi: parent.children.length, tall: box.height };
}

/** All of an element's children (none, for an empty one: a stretch from the element itself reads nothing). */
function whole(element: Element): Section {
  return { parent: element, from: element.firstChild ?? element, until: null };
}

/**
 * Cuts a span of children into sections; `distant`: those many screens away
 * are cut into distant sections (always so in a tall child cut further).
 */
function planChildren(span: Span, screen: Screen, plan: SectionPlan, distant: boolean): void {
  const { parent } = span;
  const children = parent.children;
  const cuts = span.hi - span.lo <= MEASURED_CHILDREN ? measuredCuts(children, span, screen) : searchedCuts(children, span, screen, distant);
  plan.parents.push(parent);
  cuts.forEach((cut, k) => {
    const from = k === 0 ? span.from : children[cut.index]!;
    const until = k + 1 < cuts.length ? children[cuts[k + 1]!.index]! : span.until;
    if (cut.kind === 'distant') {
      const [lo, hi] = [cut.index, cuts[k + 1]?.index ?? span.hi];
      plan.later.push({ parent, from, until, distant: { lo, hi, tall: ((hi - lo) * span.tall) / (span.hi - span.lo) } });
    }
    if (cut.kind === 'now' || cut.kind === 'later') plan[cut.kind].push({ parent, from, until });
    if (cut.kind !== 'split') return;
    const child = children[cut.index]!;
    // Text around the child that is cut further is read with it, now.
    if (from !== child) plan.now.push({ parent, from, until: child });
    if (child.nextSibling && child.nextSibling !== until) plan.now.push({ parent, from: child.nextSibling, until });
    planChildren(allChildren(child, child.getBoundingClientRect()), screen, plan, true);
  });
}

/** Few children: each is measured; an inline one goes with the section before it. */
function measuredCuts(children: HTMLCollection, { lo, hi }: Span, screen: Screen): Cut[] {
  const cuts: Cut[] = [];
  let top = 0;
  for (let index = lo; index < hi; index++) {
    const child = children[index]!;
    if (isInline(child) && cuts.length) continue;
    const box = child.getBoundingClientRect();
    const kind = kindOf(child, box, screen);
    const last = cuts.at(-1);
    const sameSection = last && last.kind === kind && kind !== 'split' && !(kind === 'later' && box.bottom - top > SECTION_SCREENS * screen.height);
    if (sameSection) continue;
    cuts.push({ index, kind });
    top = box.top;
  }
  return cuts;
}

/**
 * Many children: those near the screen are found by halving and measured;
 * the rest are cut by count, into distant sections beyond DISTANT screens
 * when `distant` allows.
 */
function searchedCuts(children: HTMLCollection, span: Span, screen: Screen, distant: boolean): Cut[] {
  const { lo, hi } = span;
  const { height, top = 0 } = screen;
  // A section begins at a child that begins a line of its own: the band near the screen widens to one.
  const block = (index: number, step: 1 | -1) => {
    while (index >= lo && index < hi && isInline(children[index]!)) index += step;
    return index;
  };
  const from = (screens: number) => firstIndex(children, lo, hi, (c) => c.getBoundingClientRect().bottom - top >= -screens * height);
  const until = (screens: number) => firstIndex(children, lo, hi, (c) => c.getBoundingClientRect().top - top > (1 + screens) * height);
  const first = Math.max(lo, block(from(READ_AHEAD), -1));
  const after = block(until(READ_AHEAD), 1);
  const [nearFrom, nearUntil] = distant ? [Math.min(from(DISTANT), first), until(DISTANT)] : [lo, hi];
  const perSection = Math.max(1, Math.round((SECTION_SCREENS * (hi - lo) * height) / Math.max(span.tall, 1)));
  const perDistant = Math.round((perSection * DISTANT) / SECTION_SCREENS);
  const cuts: Cut[] = [];
  const cut = (index: number, kind: Kind) => {
    if (index < hi && index > (cuts.at(-1)?.index ?? -1)) cuts.push({ index, kind });
  };
  // From the top of a section's first child to that of the next section's: a child of many screens makes a section tall.
  // Each section's top is the end of the one before it: measured once.
  const tops = new Map<number, number>();
  const topOf = (index: number) => tops.get(index) ?? tops.set(index, children[index]!.getBoundingClientRect().top).get(index)!;
  const extent = (a: number, b: number) => (b < hi ? topOf(b) : children[b - 1]!.getBoundingClientRect().bottom) - topOf(a);
  /** Cuts at `a`, and in halves what until `b` is taller than its watched elements keep in view (a paragraph of many screens ends alone). */
  const cutEvenly = (a: number, b: number, kind: Kind): void => {
    const tallest = (1 + 2 * (kind === 'distant' ? DISTANT : READ_AHEAD)) * height;
    const mid = b - a > 1 && extent(a, b) > tallest ? block((a + b) >> 1, 1) : b;
    if (mid <= a || mid >= b) return cut(a, kind);
    cutEvenly(a, mid, kind);
    cutEvenly(mid, b, kind);
  };
  const cutByCount = (start: number, end: number, step: number, kind: Kind) => {
    const starts: number[] = [];
    for (let i = start; i < end; i += step) if (block(i, 1) < end) starts.push(block(i, 1));
    starts.forEach((a, k) => cutEvenly(a, starts[k + 1] ?? end, kind));
  };
  cutByCount(lo, nearFrom, perDistant, 'distant');
  cutByCount(nearFrom, first, perSection, 'later');
  let open = false;
  for (let i = first; i < after; i++) {
    const child = children[i]!;
    const inline = isInline(child);
    if (!inline && kindOf(child, child.getBoundingClientRect(), screen) === 'split') {
      cut(i, 'split');
      open = false;
    } else if (!open && (!inline || i === first)) {
      cut(i, 'now');
      open = true;
    }
  }
  cutByCount(after, nearUntil, perSection, 'later');
  cutByCount(Math.max(after, nearUntil), hi, perDistant, 'distant');
  // The first section also holds what comes before its child: it begins the span.
  if (cuts[0] && cuts[0].index !== lo) cuts[0] = { ...cuts[0], index: lo };
  return cuts;
}

function kindOf(child: Element, box: DOMRect, { height, top = 0 }: Screen): Kind {
  // A box with no size (an element not rendered) is read at once: its text, if any, is hidden and skipped.
  const unrendered = box.width === 0 && box.height === 0;
  const near = unrendered || (box.bottom - top >= -READ_AHEAD * height && box.top - top <= (1 + READ_AHEAD) * height);
  if (!near) return 'later';
  // Skipped regions are stepped over, and shadow trees read, by reading the element whole.
  const splittable = child.firstElementChild && !child.shadowRoot && !isInline(child) && !isSkipped(child);
  return box.height > SHORT * height && splittable ? 'split' : 'now';
}

/** The first index from `low` whose element passes `test` (`high` if none), for a test that fails, then passes, down the list. */
function firstIndex(elements: HTMLCollection, low: number, high: number, test: (element: Element) => boolean): number {
  while (low < high) {
    const mid = (low + high) >> 1;
    if (test(elements[mid]!)) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** The first element of a section, or its last: what is watched for it. */
function endOf(section: Section, which: 'first' | 'last'): Element | null {
  if (which === 'first') return elementFrom(section.from, (node) => node.nextSibling, section.until);
  return elementFrom(section.until ? section.until.previousSibling : section.parent.lastChild, (node) => node.previousSibling, section.from.previousSibling);
}

// Elements that have no box: an IntersectionObserver never sees them.
const BOXLESS = tagSet(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'LINK', 'META']);

function hasBox(node: Node): boolean {
  return node.nodeType === Node.ELEMENT_NODE && !BOXLESS.has((node as Element).tagName) && !(node as Element).hasAttribute('hidden');
}

/** The first element with a box at or beyond `node`, stepping with `step`, before `stop` (where the section ends). */
function elementFrom(node: Node | null, step: (node: Node) => Node | null, stop: Node | null): Element | null {
  while (node && node !== stop && !hasBox(node)) node = step(node);
  return node === stop ? null : (node as Element | null);
}

/**
 * Plans a section that comes near: a distant one is cut into sections; one
 * that is a single tall element (a long story's body, far below a page opened
 * at its comments) is planned like an article, with the text around that
 * element read now; any other is read.
 */
export function planSection(section: Section, screen: Screen): SectionPlan {
  if (section.distant) return planDistant(section, screen);
  const first = endOf(section, 'first');
  const sole = first && first === endOf(section, 'last') && first.getBoundingClientRect().height > SHORT * screen.height ? first : null;
  if (!sole) return { parents: [], now: [section], later: [] };
  const plan = planSections(sole, screen);
  const { parent, from, until } = section;
  if (from !== sole) plan.now.push({ parent, from, until: sole });
  if (sole.nextSibling && sole.nextSibling !== until) plan.now.push({ parent, from: sole.nextSibling, until });
  return plan;
}

/** A distant section come near: cut into sections of a screen and a half, the part near the screen read now. */
function planDistant(section: Section, screen: Screen): SectionPlan {
  const plan: SectionPlan = { parents: [], now: [], later: [] };
  const span = spanOf(section);
  if (span) planChildren(span, screen, plan, false);
  else plan.now.push(section);
  return plan;
}

/** A distant section's children as a span (found again if the page has moved them since it was planned); none when it has no element left. */
function spanOf(section: Section): Span | undefined {
  const { parent, from, until } = section;
  const children = parent.children;
  let first: Node | null = from;
  while (first && first !== until && first.nodeType !== Node.ELEMENT_NODE) first = first.nextSibling;
  if (!first || first === until || first.parentNode !== parent) return undefined;
  let { lo, hi } = section.distant!;
  if (children[lo] !== first || children[hi] !== (until ?? undefined)) {
    lo = Array.prototype.indexOf.call(children, first);
    hi = until ? Array.prototype.indexOf.call(children, until) : children.length;
  }
  if (hi <= lo) return undefined;
  return { parent, from, until, lo, hi, tall: section.distant!.tall };
}

/**
 * Plans a section read ahead of the reader (the popup or the keyboard asked
 * for the whole page): one that is a single tall element is cut as it would
 * be on coming near, deeper as long as a part is again one tall element, so
 * what it names is painted a screen at a time as the reader nears it, not all
 * at once. Returns the parts in reading order, as later sections.
 */
export function planAhead(section: Section, screen: Screen): SectionPlan {
  const plan = planSection(section, screen);
  const parts = plan.later.slice();
  for (const piece of plan.now) insertInReadingOrder(parts, piece);
  if (parts.length === 1 && parts[0] === section) return { parents: [], now: [], later: parts };
  const deeper = parts.map((part) => planAhead(part, screen));
  return { parents: [...plan.parents, ...deeper.flatMap((d) => d.parents)], now: [], later: deeper.flatMap((d) => d.later) };
}

/**
 * Puts a section among others in reading order: by halving, as comparing the
 * order of two of thousands of siblings walks them.
 */
function insertInReadingOrder(sections: Section[], section: Section): void {
  let low = 0;
  let high = sections.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (documentOrder(sections[mid]!.from, section.from) < 0) low = mid + 1;
    else high = mid;
  }
  sections.splice(low, 0, section);
}

/**
 * The sections not read yet, watched until they come within READ_AHEAD
 * screens of the viewport, or DISTANT screens for a distant one
 * (IntersectionObservers, so scrolling costs Backstory nothing until then).
 * Each section's first element is watched; when it comes near, so does the
 * end of the section of its kind before it, which is read too: a section is
 * read whichever way the reader comes to it, for one element watched each.
 */
export class LaterSections {
  /** The sections not read yet, with the elements watched for each. */
  private readonly waiting = new Map<Section, Element[]>();
  /** Each section with the one just before it on the page (read with it when it comes near), and the other way. */
  private readonly previous = new Map<Section, Section>();
  private readonly next = new Map<Section, Section>();
  private readonly watched = new Map<Element, Section>();
  private root: Element | Document | undefined;
  private observer!: IntersectionObserver;
  private distantObserver!: IntersectionObserver;

  constructor(
    private readonly onNear: (sections: Section[]) => void,
    /** Runs the observer's answers as timed tasks. */
    private readonly time: Timed = (task) => task(),
  ) {
    this.scrollIn(document);
  }

  /**
   * Where the sections scroll: the page (in a frame, its own viewport, not
   * the top page's), or a box that scrolls the article, as an observer's
   * margin reaches past its root's edges only. A new one forgets what waits.
   */
  scrollIn(root: Element | Document): void {
    if (root === this.root) return;
    if (this.root) this.disconnect();
    this.root = root;
    const observer = (screens: number) => {
      const margin = `${screens * 100}%`;
      return new IntersectionObserver((entries) => this.time(() => this.arrived(entries)), { root, rootMargin: `${margin} ${margin}` });
    };
    // The band read at load, so the observer's first answers ask for nothing more.
    this.observer = observer(READ_AHEAD);
    this.distantObserver = observer(DISTANT);
  }

  /** Watches sections (in reading order); returns those it cannot (no element to watch): they are read now. */
  add(sections: readonly Section[]): Section[] {
    const unwatched: Section[] = [];
    sections.forEach((section, i) => {
      const first = endOf(section, 'first');
      if (!first) {
        unwatched.push(section);
        return;
      }
      const [previous, next] = [sections[i - 1], sections[i + 1]];
      if (previous && this.waiting.has(previous) && readWith(previous, section)) this.link(previous, section);
      // One not read with the section after it (none follows, or text read already does) is watched at its end too.
      this.waiting.set(section, []);
      this.watch(section, first);
      if (!next || !readWith(section, next)) this.watchEnd(section);
    });
    return unwatched;
  }

  /** The sections still watched. */
  sections(): Section[] {
    return [...this.waiting.keys()];
  }

  /** Whether the page has taken away a node where a waiting section begins or ends: what it would read is no longer known. */
  lost(): boolean {
    for (const { parent, from, until } of this.waiting.keys()) {
      // An empty element's section begins at the element itself (`whole`).
      if ((from !== parent && from.parentNode !== parent) || (until && until.parentNode !== parent)) return true;
    }
    return false;
  }

  /** A waiting section cut into parts (in reading order): they are watched in its place. Returns the parts it cannot watch. */
  replace(section: Section, parts: readonly Section[]): Section[] {
    if (!this.forget(section)) return [];
    const [before, after] = [this.previous.get(section), this.next.get(section)];
    this.unlink(section);
    const unwatched = this.add(parts);
    const [first, last] = [parts[0], parts.at(-1)];
    if (before && first && this.waiting.has(first) && readWith(before, first)) this.link(before, first);
    // Read with no part now (its parts begin inside the section's first element): watched at its own end.
    else if (before) this.watchEnd(before);
    if (after && last && this.waiting.has(last) && readWith(last, after)) this.link(last, after);
    return unwatched;
  }

  disconnect(): void {
    this.observer.disconnect();
    this.distantObserver.disconnect();
    this.waiting.clear();
    this.previous.clear();
    this.next.clear();
    this.watched.clear();
  }

  private arrived(entries: IntersectionObserverEntry[]): void {
    const near = new Set<Section>();
    for (const entry of entries) {
      const section = entry.isIntersecting ? this.watched.get(entry.target) : undefined;
      if (!section) continue;
      for (const s of [section, this.previous.get(section)]) if (s && this.waiting.has(s)) near.add(s);
    }
    for (const section of near) {
      const before = this.previous.get(section);
      this.forget(section);
      this.unlink(section);
      // Its next section read, a reader coming up reaches its end next: watched there now.
      if (before && !near.has(before)) this.watchEnd(before);
    }
    if (near.size) this.onNear([...near]);
  }

  private watch(section: Section, element: Element): void {
    const ends = this.waiting.get(section);
    if (!ends || ends.includes(element)) return;
    ends.push(element);
    this.watched.set(element, section);
    (section.distant ? this.distantObserver : this.observer).observe(element);
  }

  /** Watches a waiting section at its last element too. */
  private watchEnd(section: Section): void {
    const last = endOf(section, 'last');
    if (last) this.watch(section, last);
  }

  /** Stops watching a section; false when it was not waiting. */
  private forget(section: Section): boolean {
    const ends = this.waiting.get(section);
    if (!ends) return false;
    this.waiting.delete(section);
    for (const end of ends) {
      this.watched.delete(end);
      this.observer.unobserve(end);
      this.distantObserver.unobserve(end);
    }
    return true;
  }

  private link(before: Section, after: Section): void {
    this.previous.set(after, before);
    this.next.set(before, after);
  }

  private unlink(section: Section): void {
    const [before, after] = [this.previous.get(section), this.next.get(section)];
    if (before) this.next.delete(before);
    if (after) this.previous.delete(after);
    this.previous.delete(section);
    this.next.delete(section);
  }
}

/**
 * Whether a section is read when the one after it on the page comes near: a
 * reader coming up from that one reaches its end first. A distant section is
 * not read with one watched from closer, which would read it many screens
 * early: the closer one is watched at its end instead.
 */
function readWith(before: Section, after: Section): boolean {
  return before.until === after.from && (before.distant !== undefined || after.distant === undefined);
}

import { isSkipped } from './article';
import { documentOrder } from './document-order';
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
}

export interface SectionPlan {
  /** The elements cut into sections: text changed right in one is a reason to plan again, not to read it whole. */
  parents: Element[];
  /** On or near the screen: read now. */
  now: Section[];
  /** Further away, each about a screen and a half tall: read when it comes near. */
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
/** An element with up to this many children has each measured; one with more is searched by halving. */
const MEASURED_CHILDREN = 32;

export interface Screen {
  /** The viewport's height, in CSS pixels. */
  height: number;
}

type Kind = 'now' | 'later' | 'split';

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
  else planChildren(root, box, screen.height, plan);
  return plan;
}

/** All of an element's children (none, for an empty one: a stretch from the element itself reads nothing). */
function whole(element: Element): Section {
  return { parent: element, from: element.firstChild ?? element, until: null };
}

function planChildren(parent: Element, box: DOMRect, height: number, plan: SectionPlan): void {
  const children = parent.children;
  const cuts = children.length <= MEASURED_CHILDREN ? measuredCuts(children, height) : searchedCuts(children, box, height);
  plan.parents.push(parent);
  cuts.forEach((cut, k) => {
    const from = k === 0 ? parent.firstChild! : children[cut.index]!;
    const until = children[cuts[k + 1]?.index ?? -1] ?? null;
    if (cut.kind !== 'split') {
      plan[cut.kind].push({ parent, from, until });
      return;
    }
    const child = children[cut.index]!;
    // Text around the child that is cut further is read with it, now.
    if (from !== child) plan.now.push({ parent, from, until: child });
    if (child.nextSibling && child.nextSibling !== until) plan.now.push({ parent, from: child.nextSibling, until });
    planChildren(child, child.getBoundingClientRect(), height, plan);
  });
}

/** Few children: each is measured; an inline one goes with the section before it. */
function measuredCuts(children: HTMLCollection, height: number): Cut[] {
  const cuts: Cut[] = [];
  let top = 0;
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!;
    if (isInline(child) && cuts.length) continue;
    const box = child.getBoundingClientRect();
    const kind = kindOf(child, box, height);
    const last = cuts.at(-1);
    const sameSection = last && last.kind === kind && kind !== 'split' && !(kind === 'later' && box.bottom - top > SECTION_SCREENS * height);
    if (sameSection) continue;
    cuts.push({ index, kind });
    top = box.top;
  }
  return cuts;
}

/** Many children: those near the screen are found by halving and measured; the rest are cut by count. */
function searchedCuts(children: HTMLCollection, box: DOMRect, height: number): Cut[] {
  const count = children.length;
  // A section begins at a child that begins a line of its own: the band near the screen widens to one.
  const block = (index: number, step: 1 | -1) => {
    while (index >= 0 && index < count && isInline(children[index]!)) index += step;
    return index;
  };
  const first = Math.max(0, block(firstIndex(children, (c) => c.getBoundingClientRect().bottom >= -READ_AHEAD * height), -1));
  const after = block(firstIndex(children, (c) => c.getBoundingClientRect().top > (1 + READ_AHEAD) * height), 1);
  const perSection = Math.max(1, Math.round((SECTION_SCREENS * count * height) / Math.max(box.height, 1)));
  const cuts: Cut[] = [];
  const cut = (index: number, kind: Kind) => {
    if (index < count && index > (cuts.at(-1)?.index ?? -1)) cuts.push({ index, kind });
  };
  for (let i = 0; i < first; i += perSection) if (block(i, 1) < first) cut(block(i, 1), 'later');
  let open = false;
  for (let i = first; i < after; i++) {
    const child = children[i]!;
    const inline = isInline(child);
    if (!inline && kindOf(child, child.getBoundingClientRect(), height) === 'split') {
      cut(i, 'split');
      open = false;
    } else if (!open && (!inline || i === first)) {
      cut(i, 'now');
      open = true;
    }
  }
  for (let i = after; i < count; i += perSection) cut(block(i, 1), 'later');
  // The first section also holds what comes before its child: it begins the parent.
  if (cuts[0] && cuts[0].index !== 0) cuts[0] = { ...cuts[0], index: 0 };
  return cuts;
}

function kindOf(child: Element, box: DOMRect, height: number): Kind {
  // A box with no size (an element not rendered) is read at once: its text, if any, is hidden and skipped.
  const unrendered = box.width === 0 && box.height === 0;
  const near = unrendered || (box.bottom >= -READ_AHEAD * height && box.top <= (1 + READ_AHEAD) * height);
  if (!near) return 'later';
  // Skipped regions are stepped over, and shadow trees read, by reading the element whole.
  const splittable = child.firstElementChild && !child.shadowRoot && !isInline(child) && !isSkipped(child);
  return box.height > SHORT * height && splittable ? 'split' : 'now';
}

/** The first index whose element passes `test`, for a test that fails, then passes, down the list. */
function firstIndex(elements: HTMLCollection, test: (element: Element) => boolean): number {
  let low = 0;
  let high = elements.length;
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
 * Plans a section that comes near: one that is a single tall element (a long
 * story's body, far below a page opened at its comments) is planned like an
 * article, with the text around that element read now; any other is read.
 */
export function planSection(section: Section, screen: Screen): SectionPlan {
  const first = endOf(section, 'first');
  const sole = first && first === endOf(section, 'last') && first.getBoundingClientRect().height > SHORT * screen.height ? first : null;
  if (!sole) return { parents: [], now: [section], later: [] };
  const plan = planSections(sole, screen);
  const { parent, from, until } = section;
  if (from !== sole) plan.now.push({ parent, from, until: sole });
  if (sole.nextSibling && sole.nextSibling !== until) plan.now.push({ parent, from: sole.nextSibling, until });
  return plan;
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
  const parts = [...plan.now, ...plan.later].sort(inReadingOrder);
  if (parts.length === 1 && parts[0] === section) return { parents: [], now: [], later: parts };
  const deeper = parts.map((part) => planAhead(part, screen));
  return { parents: [...plan.parents, ...deeper.flatMap((d) => d.parents)], now: [], later: deeper.flatMap((d) => d.later) };
}

const inReadingOrder = (a: Section, b: Section) => documentOrder(a.from, b.from);

/**
 * The sections not read yet, watched until they come within READ_AHEAD
 * screens of the viewport (an IntersectionObserver, so scrolling costs
 * Backstory nothing until then). Each section's first element is watched;
 * when it comes near, so does the end of the section before it, which is read
 * too: a section is read whichever way the reader comes to it, for one
 * element watched each.
 */
export class LaterSections {
  /** The sections not read yet. */
  private readonly waiting = new Set<Section>();
  /** Each section with the one just before it on the page (read with it when it comes near). */
  private readonly previous = new Map<Section, Section>();
  private readonly watched = new Map<Element, Section>();
  private readonly observer: IntersectionObserver;

  constructor(
    private readonly onNear: (sections: Section[]) => void,
    /** Runs the observer's answers as timed tasks. */
    time: Timed = (task) => task(),
  ) {
    // The band read at load, so the observer's first answers ask for nothing more.
    const margin = `${READ_AHEAD * 100}%`;
    // The document as root: in a frame, its own viewport (the implicit root would be the top page's).
    this.observer = new IntersectionObserver((entries) => time(() => this.arrived(entries)), { root: document, rootMargin: `${margin} ${margin}` });
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
      // Read with the section that follows it on the page; one followed by none (or by text read already) is watched at its end too.
      this.waiting.add(section);
      if (previous?.until === section.from) this.previous.set(section, previous);
      const last = next?.from === section.until ? null : endOf(section, 'last');
      for (const end of last && last !== first ? [first, last] : [first]) {
        this.watched.set(end, section);
        this.observer.observe(end);
      }
    });
    return unwatched;
  }

  /** The sections still watched, in reading order. */
  sections(): Section[] {
    return [...this.waiting];
  }

  /** A waiting section cut into parts (in reading order): they are watched in its place. Returns the parts it cannot watch. */
  replace(section: Section, parts: readonly Section[]): Section[] {
    if (!this.waiting.delete(section)) return [];
    for (const [element, watched] of this.watched) {
      if (watched !== section) continue;
      this.watched.delete(element);
      this.observer.unobserve(element);
    }
    const before = this.previous.get(section);
    this.previous.delete(section);
    const unwatched = this.add(parts);
    const [first, last] = [parts[0], parts.at(-1)];
    if (before && first && this.waiting.has(first)) this.previous.set(first, before);
    for (const [next, previous] of this.previous) if (previous === section && last) this.previous.set(next, last);
    return unwatched;
  }

  disconnect(): void {
    this.observer.disconnect();
    this.waiting.clear();
    this.previous.clear();
    this.watched.clear();
  }

  private arrived(entries: IntersectionObserverEntry[]): void {
    const near = new Set<Section>();
    for (const entry of entries) {
      const section = entry.isIntersecting ? this.watched.get(entry.target) : undefined;
      if (!section) continue;
      this.watched.delete(entry.target);
      this.observer.unobserve(entry.target);
      for (const s of [section, this.previous.get(section)]) if (s && this.waiting.has(s)) near.add(s);
    }
    for (const section of near) this.waiting.delete(section);
    if (near.size) this.onNear([...near]);
  }
}

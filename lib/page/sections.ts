import { INLINE_TAG_NAMES } from './text-blocks';

/**
 * A long article is read where the reader is: its sections (paragraphs,
 * headings, list items: elements whose text is read as one) near the screen
 * at once, the others as they come near it. Those are grouped in runs of
 * sibling sections about two screens tall, each watched through its first
 * and last section.
 */
export interface SectionPlan {
  /** Sections on or near the screen: read now. */
  now: Element[];
  /** Runs of sections further away: read when they come near. */
  later: Run[];
}

/** Sibling elements, from `first` to `last`. */
export interface Run {
  first: Element;
  last: Element;
}

/** The sections of a run, in reading order (read when the run is: siblings added meanwhile are read too). */
export function* sectionsOfRun({ first, last }: Run): Generator<Element> {
  for (let section: Element | null = first; section; section = section.nextElementSibling) {
    yield section;
    if (section === last) return;
  }
}

/** How far from the screen, in screen heights, text is read before the reader gets there. */
export const READ_AHEAD = 1;
/** An article up to this many screens tall is read whole at once: watching it would cost more. */
const SHORT_ARTICLE = 3;
/** An element with up to this many children has each measured; one with more is searched by halving. */
const MEASURED_CHILDREN = 32;
/** How tall a run is meant to be, in screens: a run up to five screens tall is always seen coming (its ends are watched two screens out). */
const RUN_SCREENS = 2;

export interface Screen {
  /** The viewport's height, in CSS pixels. */
  height: number;
}

/**
 * Plans the reading of an article. Measuring costs a layout read per element,
 * so few are measured: the article's children near the screen are found by
 * halving (they follow one another down the page), and those further away are
 * grouped by count into runs of about a screen.
 */
export function planSections(root: Element, screen: Screen): SectionPlan {
  const plan: SectionPlan = { now: [], later: [] };
  const box = root.getBoundingClientRect();
  if (box.height <= SHORT_ARTICLE * screen.height) plan.now.push(root);
  else planElement(root, box, screen.height, plan);
  return plan;
}

function planElement(element: Element, box: DOMRect, height: number, plan: SectionPlan): void {
  if (!isNear(box, height)) plan.later.push({ first: element, last: element });
  else if (box.height <= height || !isSplittable(element)) plan.now.push(element);
  else planChildren(element.children, box, height, plan);
}

function planChildren(children: HTMLCollection, box: DOMRect, height: number, plan: SectionPlan): void {
  if (children.length <= MEASURED_CHILDREN) {
    for (const child of children) planElement(child, child.getBoundingClientRect(), height, plan);
    return;
  }
  // The first child that ends below the top of the read-ahead band, and the first that starts below its bottom.
  const first = firstIndex(children, (c) => c.getBoundingClientRect().bottom >= -READ_AHEAD * height);
  const after = firstIndex(children, (c) => c.getBoundingClientRect().top > (1 + READ_AHEAD) * height);
  const perRun = Math.max(1, Math.round((RUN_SCREENS * children.length * height) / Math.max(box.height, 1)));
  addRuns(children, 0, first, perRun, plan);
  for (let i = first; i < after; i++) planElement(children[i]!, children[i]!.getBoundingClientRect(), height, plan);
  addRuns(children, after, children.length, perRun, plan);
}

function isNear(box: DOMRect, height: number): boolean {
  // A box with no size (an element not rendered) is read at once: its text, if any, is hidden and skipped.
  return (box.bottom >= -READ_AHEAD * height && box.top <= (1 + READ_AHEAD) * height) || (box.width === 0 && box.height === 0);
}

function addRuns(children: HTMLCollection, from: number, to: number, perRun: number, plan: SectionPlan): void {
  for (let i = from; i < to; i += perRun) plan.later.push({ first: children[i]!, last: children[Math.min(i + perRun, to) - 1]! });
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

const INLINE_CHILD = `:scope > :is(${INLINE_TAG_NAMES.map((t) => t.toLowerCase()).join(', ')})`;

/** Split only where no line of text is cut in two: all children are elements that are not inline, and no text lies loose between them. */
function isSplittable(element: Element): boolean {
  if (element.shadowRoot || !element.firstElementChild) return false;
  // Native queries, not a look at each of thousands of paragraphs and the whitespace between them.
  if (element.querySelector(INLINE_CHILD)) return false;
  if (element.childNodes.length === element.childElementCount) return true;
  const loose = element.ownerDocument.evaluate('text()[normalize-space()]', element, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null);
  return loose.singleNodeValue === null;
}

/**
 * The runs of sections not read yet, watched until they come within
 * READ_AHEAD screens of the viewport (an IntersectionObserver, so scrolling
 * costs Backstory nothing until then).
 */
export class LaterSections {
  /** Each watched end of a run not read yet, with its run. */
  private readonly ends = new Map<Element, Run>();
  private readonly observer: IntersectionObserver;

  constructor(private readonly onNear: (runs: Run[]) => void) {
    const margin = `${(READ_AHEAD + 1) * 100}%`;
    this.observer = new IntersectionObserver((entries) => this.arrived(entries), { rootMargin: `${margin} ${margin}` });
  }

  add(runs: readonly Run[]): void {
    for (const run of runs) {
      this.watch(run.first, run);
      this.watch(run.last, run);
    }
  }

  /** Takes every run not read yet (the whole page is wanted: the popup, the keyboard). */
  takeAll(): Run[] {
    const runs = new Set(this.ends.values());
    this.disconnect();
    return [...runs];
  }

  disconnect(): void {
    this.observer.disconnect();
    this.ends.clear();
  }

  private watch(end: Element, run: Run): void {
    if (this.ends.has(end)) return;
    this.ends.set(end, run);
    this.observer.observe(end);
  }

  private arrived(entries: IntersectionObserverEntry[]): void {
    const near = new Set<Run>();
    for (const entry of entries) {
      const run = entry.isIntersecting ? this.ends.get(entry.target) : undefined;
      if (run) near.add(run);
    }
    for (const run of near) {
      for (const end of [run.first, run.last]) {
        this.ends.delete(end);
        this.observer.unobserve(end);
      }
    }
    if (near.size) this.onNear([...near]);
  }
}

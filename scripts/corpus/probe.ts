/**
 * The page side of `scripts/corpus-report.ts`: runs Backstory's article
 * detection on one document and says where every block of the page's text
 * stands (read, skipped inside the root, outside it), for the report to
 * compare with Readability's article. Runs in Node (on a happy-dom document)
 * and, bundled by esbuild, in Chromium; it only uses DOM calls both have.
 */
import { findArticleRoot, isSkipped } from '../../lib/page/article';
import { blockOwnerOf, textBlocks } from '../../lib/page/text-blocks';

export interface ProbeBlock {
  text: string;
  /** Relative to Backstory's root: read by textBlocks, skipped inside the root, or outside it (all when no root). */
  where: 'read' | 'skipped' | 'outside';
  /** The outermost skipped element between the root and the text (`where: 'skipped'`), else -1. */
  skipper: number;
  /** Whether some ancestor up to <body> is skipped: the text is not article material wherever the root is. */
  skippedAnywhere: boolean;
  /** Element indices from the block's owner up to <body>. */
  ancestors: number[];
}

export interface PageProbe {
  /** Index of the root in `elements`, -1 when findArticleRoot returned null. */
  root: number;
  /** The root's ancestors up to <body>, root first. */
  rootChain: number[];
  /** What Backstory reads: textBlocks(root), one block a line. */
  ours: string;
  blocks: ProbeBlock[];
  /** Descriptors (`div#id.class`) of the elements the indices refer to. */
  elements: string[];
  /** The readerable score article.ts compares with 20 (recomputed here; article.ts keeps it to itself). */
  readerable: number;
  /** Paragraphs of 140+ characters left out of that score as skipped, by their outermost skipped ancestor. */
  skippedLong: [string, number][];
  /** <div>s holding 140+ characters with no element child but inline ones: text article.ts does not score. */
  looseDivs: number;
  /** Time of findArticleRoot + textBlocks. */
  ms: number;
  error?: string;
}

export interface ElementRead {
  text: string;
  relation: 'same' | 'inside-root' | 'contains-root' | 'disjoint' | 'no-root';
}

// Text that never is page text: script and style sources, <noscript> markup (text when scripting is on).
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
const ELEMENT_NODE = 1;
const PHRASING = new Set(['A', 'ABBR', 'B', 'BDI', 'BDO', 'BIG', 'BR', 'CITE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'IMG', 'INS', 'LABEL', 'MARK', 'PICTURE', 'Q', 'S', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'TT', 'U', 'VAR', 'WBR']);
const SHOW_TEXT = 4;

export function describe(element: Element): string {
  // Attributes, not properties: a form's `id` may be one of its inputs.
  let out = element.tagName.toLowerCase();
  const id = element.getAttribute('id');
  if (id) out += `#${id.slice(0, 40)}`;
  const className = element.getAttribute('class')?.trim() ?? '';
  if (className) out += `.${className.split(/\s+/u).slice(0, 3).join('.').slice(0, 60)}`;
  return out;
}

export class Probe {
  private readonly list: Element[] = [];
  private readonly index = new Map<Element, number>();
  private root: Element | null = null;

  constructor(private readonly doc: Document) {}

  analyze(): PageProbe {
    const doc = this.doc;
    let ours = '';
    let error: string | undefined;
    const started = performance.now();
    try {
      this.root = findArticleRoot(doc);
      ours = this.root ? textBlocks(this.root).map((b) => b.text).join('\n') : '';
    } catch (e) {
      error = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
      this.root = null;
    }
    const ms = performance.now() - started;
    const blocks = this.blocks();
    return {
      root: this.root ? this.id(this.root) : -1,
      rootChain: this.root ? this.chain(this.root) : [],
      ours,
      blocks,
      elements: this.list.map(describe),
      ...this.readerable(),
      looseDivs: this.looseDivs(),
      ms,
      ...(error ? { error } : {}),
    };
  }

  /** What Backstory would read if the root were element `i`, and how that element sits against the real root. */
  read(i: number): ElementRead {
    const element = this.list[i];
    if (!element) return { text: '', relation: 'no-root' };
    const text = textBlocks(element).map((b) => b.text).join('\n');
    const root = this.root;
    const relation: ElementRead['relation'] = !root
      ? 'no-root'
      : root === element
        ? 'same'
        : element.contains(root)
          ? 'contains-root'
          : root.contains(element)
            ? 'inside-root'
            : 'disjoint';
    return { text, relation };
  }

  private id(element: Element): number {
    let i = this.index.get(element);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(element);
      this.index.set(element, i);
    }
    return i;
  }

  private chain(element: Element): number[] {
    const out: number[] = [];
    for (let e: Element | null = element; e; e = e.parentElement) {
      out.push(this.id(e));
      if (e.tagName === 'BODY') break;
    }
    return out;
  }

  /** Every text of <body>, in blocks by owner element, each with where it stands. */
  private blocks(): ProbeBlock[] {
    const body = this.doc.body ?? this.doc.documentElement;
    const root = this.root;
    const out: ProbeBlock[] = [];
    // Per parent element: [where, skipper, skippedAnywhere]; text nodes share parents.
    const status = new Map<Element, [ProbeBlock['where'], number, boolean]>();
    const statusOf = (parent: Element): [ProbeBlock['where'], number, boolean] => {
      let known = status.get(parent);
      if (known) return known;
      const inRoot = !!root && root.contains(parent);
      let skipper: Element | null = null;
      let anywhere = false;
      let passedRoot = false;
      for (let e: Element | null = parent; e; e = e.parentElement) {
        if (e === root) passedRoot = true;
        // textBlocks never tests the root itself, only what is under it.
        if (isSkipped(e)) {
          anywhere = true;
          if (inRoot && !passedRoot) skipper = e;
        }
        if (e.tagName === 'BODY') break;
      }
      known = [inRoot ? (skipper ? 'skipped' : 'read') : 'outside', skipper ? this.id(skipper) : -1, anywhere];
      status.set(parent, known);
      return known;
    };
    const walker = this.doc.createTreeWalker(body, SHOW_TEXT);
    let current: (ProbeBlock & { owner: Element }) | undefined;
    const flush = () => {
      if (current && /[\p{L}\p{N}]/u.test(current.text)) {
        const { owner: _owner, ...block } = current;
        out.push(block);
      }
      current = undefined;
    };
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || NOT_TEXT.has(parent.tagName.toUpperCase())) continue;
      const owner = blockOwnerOf(node) ?? parent;
      const [where, skipper, skippedAnywhere] = statusOf(parent);
      if (!current || current.owner !== owner || current.where !== where || current.skipper !== skipper) {
        flush();
        current = { owner, text: '', where, skipper, skippedAnywhere, ancestors: this.chain(owner) };
      }
      current.text += (node as Text).data;
      current.skippedAnywhere &&= skippedAnywhere;
    }
    flush();
    return out;
  }

  /** article.ts's readerable score: √(length − 140) summed over long paragraphs outside skipped regions. */
  private readerable(): { readerable: number; skippedLong: [string, number][] } {
    let score = 0;
    const skippedBy = new Map<string, number>();
    for (const p of this.doc.querySelectorAll('p, pre, td, blockquote, li, h2, h3')) {
      const length = p.textContent?.length ?? 0;
      if (length < 140) continue;
      let outermost: Element | null = null;
      for (let e: Element | null = p; e && e.tagName !== 'BODY'; e = e.parentElement) {
        if (e.nodeType === ELEMENT_NODE && isSkipped(e)) outermost = e;
      }
      if (!outermost) score += Math.sqrt(length - 140);
      else skippedBy.set(describe(outermost), (skippedBy.get(describe(outermost)) ?? 0) + 1);
    }
    return { readerable: score, skippedLong: [...skippedBy].sort((a, b) => b[1] - a[1]).slice(0, 3) };
  }

  private looseDivs(): number {
    let count = 0;
    for (const div of this.doc.querySelectorAll('div')) {
      if ((div.textContent?.length ?? 0) < 140) continue;
      if ([...div.children].every((c) => PHRASING.has(c.tagName.toUpperCase()))) count++;
    }
    return count;
  }
}

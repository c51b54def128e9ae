import { isSkipped, mayBeShown } from './article';
import { opensWord } from '../match/word-scan';
import { hostAbove } from './shadow-host';
import { tagSet } from './tag-set';

/**
 * The text of one block of the page (a paragraph, a heading, a list item) with
 * the text nodes it came from, so a name split across elements
 * (`<b>Antony</b> Blinken`) is still one string.
 */
export interface TextBlock {
  /** The element the text belongs to: its nearest non-inline ancestor. */
  owner: Element;
  text: string;
  nodes: Text[];
  /** Where each node's text starts in `text`. */
  starts: number[];
}

export interface TextPoint {
  node: Text;
  offset: number;
}

/** Elements that stay within a line of text: a block runs through them. */
export const INLINE_TAG_NAMES = [
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'INS', 'DEL', 'LABEL', 'MARK', 'Q',
  'S', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR',
];
const INLINE_TAGS = tagSet(INLINE_TAG_NAMES);

export function isInline(element: Element): boolean {
  return INLINE_TAGS.has(element.tagName);
}

/** The element a text node's block belongs to: its nearest ancestor that is not inline. */
export function blockOwnerOf(node: Node): Element | null {
  let element = node.parentElement;
  while (element && isInline(element)) element = element.parentElement;
  return element ?? hostAbove(node);
}

/**
 * Whether an ancestor of `node` is one of `roots`, climbing out of open shadow
 * roots to their hosts. A walk up, not a test against each root: a feed may
 * append hundreds of items at once.
 */
export function isUnderAny(node: Node, roots: ReadonlySet<Node>): boolean {
  for (let at = parentAcross(node); at; at = parentAcross(at)) if (roots.has(at)) return true;
  return false;
}

function parentAcross(node: Node): Node | null {
  // Only a shadow root has a host, and no parent.
  return node.parentNode ?? (node as Partial<ShadowRoot>).host ?? null;
}

/** Every text node under `root` (or `root` itself), open shadow roots included, whether readable or not. */
export function* textNodesUnder(root: Node): Generator<Text> {
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node: Node | null = root; node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) yield node as Text;
    else if ((node as Element).shadowRoot) yield* textNodesUnder((node as Element).shadowRoot!);
  }
}

/** Blocks of readable text under `root`, in document order, open shadow roots included. */
export function textBlocks(root: Node): TextBlock[] {
  return [...readBlocks(root)];
}

/** Children of one element, from `from` up to `until` (not included; null: to the last child). */
export interface Stretch {
  from: Node;
  until: Node | null;
}

/**
 * The same, one block at a time, so a long page can be read in slices: the
 * walk resumes where it stopped. It skips what Backstory must not read (code,
 * forms, editable and hidden regions, navigation) and enters open shadow roots.
 * With a stretch, only those children of `root` are read. Each region skipped
 * for being hidden by its attributes is told to `onHidden`: the page may show
 * it later.
 */
export function* readBlocks(root: Node, stretch?: Stretch, onHidden?: (element: Element) => void): Generator<TextBlock> {
  const doc = root.ownerDocument ?? (root as Document);
  // Elements are checked for their own contenteditable only: a root inside an editable region is checked here.
  if (doc.designMode === 'on' || (root as Partial<HTMLElement>).isContentEditable) return;
  // No filter callback: the walk stays native, and skipped subtrees are stepped over by hand.
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let block: TextBlock | undefined;
  // Entering any element that is not inline ends the current block.
  let boundary = true;
  // A stretch whose first node has moved is no longer one: the DOM watch reads what changed. One whose end has
  // gone is read to the end of its parent.
  if (stretch && stretch.from.parentNode !== root) return;
  const until = stretch?.until?.parentNode === root ? stretch.until : null;
  // A host read whole (its shadow tree's own text changed, which belongs to it) is read with its shadow tree.
  if (!stretch && (root as Partial<Element>).shadowRoot) yield* readBlocks((root as Element).shadowRoot!, undefined, onHidden);
  let node: Node | null = stretch ? startOf(walker, stretch.from) : walker.nextNode();
  // The last node of the last block given: while the reader of a block works, the page may take out the node the
  // walk stands on, and the walk goes on after this one instead (or ends, if it went too).
  let given: Text | undefined;
  const goneFrom = (at: Node) => !root.contains(at);
  const resume = (): Node | null => {
    if (!given || goneFrom(given)) return null;
    walker.currentNode = given;
    return walker.nextNode();
  };
  while (node && node !== until) {
    if (node.nodeType === Node.ELEMENT_NODE) {
      const element = node as Element;
      if (isSkipped(element)) {
        if (onHidden && mayBeShown(element)) onHidden(element);
        node = nextOutside(walker, root);
        boundary = true;
        continue;
      }
      if (element.tagName === 'BR' && block) block.text += '\n';
      else if (!isInline(element)) boundary = true;
      if (element.shadowRoot) {
        if (block && isReadableText(block.text)) {
          yield block;
          given = block.nodes.at(-1);
        }
        block = undefined;
        yield* readBlocks(element.shadowRoot, undefined, onHidden);
        if (goneFrom(element)) {
          node = resume();
          continue;
        }
      }
    } else {
      const text = node as Text;
      const owner = blockOwnerOf(text);
      if (owner) {
        if (!block || boundary || owner !== block.owner) {
          const ended = block;
          block = undefined;
          boundary = true;
          if (ended && isReadableText(ended.text)) {
            yield ended;
            given = ended.nodes.at(-1);
            if (goneFrom(text)) {
              node = resume();
              continue;
            }
          }
          boundary = false;
          block = { owner, text: '', nodes: [], starts: [] };
        }
        block.starts.push(block.text.length);
        block.nodes.push(text);
        block.text += text.data;
      }
    }
    node = walker.nextNode();
  }
  if (block && isReadableText(block.text)) yield block;
}

/** Where a stretch's walk begins: its first node, or (a comment, say) the next element or text after it. */
function startOf(walker: TreeWalker, from: Node): Node | null {
  walker.currentNode = from;
  return from.nodeType === Node.ELEMENT_NODE || from.nodeType === Node.TEXT_NODE ? from : walker.nextNode();
}

/** Whether a text has a word in it (a letter or digit), not only spaces and punctuation. */
function isReadableText(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (opensWord(text, i)) return true;
  return false;
}

/** The node after the walker's current subtree, in document order, without leaving `root`. */
function nextOutside(walker: TreeWalker, root: Node): Node | null {
  for (let at: Node | null = walker.currentNode; at && at !== root; at = walker.parentNode()) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
  }
  return null;
}

/** The text node and offset at a position of a block's text. */
export function pointAt(block: TextBlock, offset: number, preferEnd = false): TextPoint {
  const point = pointAsRead(block, offset, preferEnd);
  // Cut to fit the node's text as it is now: a node shortened since it was read has no such offset.
  // The length, not `data.length`: Firefox copies a text node's whole string each time `data` is read.
  return { node: point.node, offset: Math.min(point.offset, point.node.length) };
}

/** The same, as the block was when read: the offset may lie past the end of a node shortened since. */
export function pointAsRead(block: TextBlock, offset: number, preferEnd = false): TextPoint {
  let low = 0;
  let high = block.starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    const start = block.starts[mid]!;
    if (start < offset || (start === offset && !preferEnd)) low = mid;
    else high = mid - 1;
  }
  return { node: block.nodes[low]!, offset: offset - block.starts[low]! };
}

import type { MentionIndex } from './mention-index';
import { holdsOffset, isCurrent, liveRange, type PageMention } from './page-mentions';

/**
 * The mention under a viewport point: the text at the caret position there,
 * or, where the caret APIs stop at a shadow host, the text of the deepest
 * element under the point.
 */
export function mentionAtPoint(doc: Document, index: MentionIndex, x: number, y: number): PageMention | undefined {
  // Asked on every pointer frame: a page with nothing painted pays for no hit test.
  if (!index.size) return undefined;
  // Only the mentions around the caret are measured: a long paragraph may hold thousands.
  const covering = (node: Node, offset?: number) =>
    index.inNode(node).find((mention) => (offset === undefined || holdsOffset(mention, node, offset)) && isCurrent(mention) && covers(liveRange(mention), x, y));
  const caret = caretAt(doc, x, y);
  const found = caret && covering(caret.node, caret.offset);
  if (found) return found;
  const element = deepestElementAt(doc, x, y);
  if (!element || element.getRootNode() === doc) return undefined;
  for (const child of element.childNodes) {
    const mention = child.nodeType === Node.TEXT_NODE ? covering(child) : undefined;
    if (mention) return mention;
  }
  return undefined;
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | undefined {
  const position = doc.caretPositionFromPoint?.(x, y);
  const caret = position ? { node: position.offsetNode, offset: position.offset } : caretFromRange(doc.caretRangeFromPoint?.(x, y));
  return caret?.node.nodeType === Node.TEXT_NODE ? caret : undefined;
}

function caretFromRange(range: Range | null | undefined): { node: Node; offset: number } | undefined {
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

function deepestElementAt(doc: Document, x: number, y: number): Element | null {
  let element = doc.elementFromPoint(x, y);
  while (element?.shadowRoot) {
    const inner = element.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === element) break;
    element = inner;
  }
  return element;
}

/** The caret lands on the nearest text even past the end of a line: check the glyphs' boxes. */
function covers(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return true;
  }
  return false;
}

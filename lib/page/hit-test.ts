import type { MentionIndex } from './mention-index';
import { holdsOffset, isCurrent, liveRange, type PageMention } from './page-mentions';

/**
 * The mention under a viewport point: the text at the caret position there,
 * looked for inside the open shadow roots under the point when the caret
 * stops at their host, or, where the browser cannot look inside (Chrome
 * before 128), the text of the deepest element under the point.
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
  // The caret may stop at a shadow host, or at the page's text next to one.
  const { element, shadowRoots } = deepestElementAt(doc, x, y);
  if (!shadowRoots.length) return undefined;
  const inShadow = caretAt(doc, x, y, shadowRoots);
  if (inShadow) return covering(inShadow.node, inShadow.offset);
  // A browser with caretPositionFromPoint looked inside them; one without measures the names in the element's text.
  if ('caretPositionFromPoint' in doc) return undefined;
  for (const child of element?.childNodes ?? []) {
    const mention = child.nodeType === Node.TEXT_NODE ? covering(child) : undefined;
    if (mention) return mention;
  }
  return undefined;
}

function caretAt(doc: Document, x: number, y: number, shadowRoots?: ShadowRoot[]): { node: Node; offset: number } | undefined {
  const position = doc.caretPositionFromPoint?.(x, y, shadowRoots && { shadowRoots });
  const caret = position ? { node: position.offsetNode, offset: position.offset } : caretFromRange(doc.caretRangeFromPoint?.(x, y));
  return caret?.node.nodeType === Node.TEXT_NODE ? caret : undefined;
}

function caretFromRange(range: Range | null | undefined): { node: Node; offset: number } | undefined {
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

/** The deepest element under a point, through open shadow roots, and the shadow roots on the way. */
function deepestElementAt(doc: Document, x: number, y: number): { element: Element | null; shadowRoots: ShadowRoot[] } {
  const shadowRoots: ShadowRoot[] = [];
  let element = doc.elementFromPoint(x, y);
  while (element?.shadowRoot) {
    shadowRoots.push(element.shadowRoot);
    const inner = element.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === element) break;
    element = inner;
  }
  return { element, shadowRoots };
}

/** The caret lands on the nearest text even past the end of a line: check the glyphs' boxes. */
function covers(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return true;
  }
  return false;
}

import type { MentionIndex } from './mention-index';
import { liveRange, type PageMention } from './page-mentions';

/** The mention under a viewport point, hit-tested from the caret position there. */
export function mentionAtPoint(doc: Document, index: MentionIndex, x: number, y: number): PageMention | undefined {
  const node = textNodeAt(doc, x, y);
  if (!node) return undefined;
  return index.inNode(node).find((mention) => covers(liveRange(mention), x, y));
}

function textNodeAt(doc: Document, x: number, y: number): Node | undefined {
  const position = doc.caretPositionFromPoint?.(x, y);
  const node = position ? position.offsetNode : doc.caretRangeFromPoint?.(x, y)?.startContainer;
  return node?.nodeType === Node.TEXT_NODE ? node : undefined;
}

/** The caret lands on the nearest text even past the end of a line: check the glyphs' boxes. */
function covers(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return true;
  }
  return false;
}

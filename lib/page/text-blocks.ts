import { isSkipped } from './article';

/**
 * The text of one block of the page (a paragraph, a heading, a list item) with
 * the text nodes it came from, so a name split across elements
 * (`<b>Antony</b> Blinken`) is still one string.
 */
export interface TextBlock {
  text: string;
  nodes: Text[];
  /** Where each node's text starts in `text`. */
  starts: number[];
}

export interface TextPoint {
  node: Text;
  offset: number;
}

const INLINE_TAGS = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'INS', 'DEL', 'LABEL', 'MARK', 'Q',
  'S', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR',
]);

/** Blocks of readable text under `root`, in document order, skipping what Backstory must not read. */
export function textBlocks(root: Node): TextBlock[] {
  const blocks: TextBlock[] = [];
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.nodeType === Node.ELEMENT_NODE && isSkipped(node as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  let block: TextBlock | undefined;
  let blockOwner: Element | null = null;
  // Entering any element that is not inline ends the current block.
  let boundary = true;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== Node.TEXT_NODE) {
      const tag = (node as Element).tagName.toUpperCase();
      if (tag === 'BR' && block) block.text += '\n';
      else if (!INLINE_TAGS.has(tag)) boundary = true;
      continue;
    }
    const text = node as Text;
    const owner = blockElement(text);
    if (!block || boundary || owner !== blockOwner) {
      boundary = false;
      block = { text: '', nodes: [], starts: [] };
      blockOwner = owner;
      blocks.push(block);
    }
    block.starts.push(block.text.length);
    block.nodes.push(text);
    block.text += text.data;
  }
  return blocks.filter((b) => /[\p{L}\p{N}]/u.test(b.text));
}

function blockElement(node: Node): Element | null {
  let element = node.parentElement;
  while (element && INLINE_TAGS.has(element.tagName.toUpperCase())) element = element.parentElement;
  return element;
}

/** The text node and offset at a position of a block's text. */
export function pointAt(block: TextBlock, offset: number, preferEnd = false): TextPoint {
  let low = 0;
  let high = block.starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    const start = block.starts[mid]!;
    if (start < offset || (start === offset && !preferEnd)) low = mid;
    else high = mid - 1;
  }
  const node = block.nodes[low]!;
  return { node, offset: Math.min(offset - block.starts[low]!, node.data.length) };
}

// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileMatcher } from '../../../lib/match/matcher';
import { mentionAtPoint } from '../../../lib/page/hit-test';
import { MentionIndex } from '../../../lib/page/mention-index';
import { mentionFor } from '../../../lib/page/page-mentions';
import { textBlocks } from '../../../lib/page/text-blocks';
import { standInStaticRange } from './stand-ins';

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

/** A paragraph naming Ismail Haniyeh 2,000 times, under `root`, indexed; the pointer rests on the 1,500th name. */
function namedParagraph(root: ParentNode & Node) {
  (root as Element).innerHTML = `<p>${'Ismail Haniyeh spoke. '.repeat(2000)}</p>`;
  const [block] = textBlocks(root);
  const target = { id: 'haniyeh', type: 'person' as const, names: ['Ismail Haniyeh'] };
  const mentions = compileMatcher([target])
    .find(block!.text)
    .map((match) => mentionFor(target, block!, match.start, match.end));
  const index = new MentionIndex();
  index.add(mentions);
  const hovered = mentions[1500]!;
  // Only the hovered name's glyphs lie under the pointer.
  const measured = vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(function (this: Range) {
    const under = this.startOffset === hovered.start;
    return [DOMRect.fromRect({ x: under ? 0 : 500, y: 0, width: 100, height: 20 })] as unknown as DOMRectList;
  });
  return { index, hovered, node: block!.nodes[0]!, measured };
}

type CaretDocument = { caretPositionFromPoint(x: number, y: number, options?: CaretPositionFromPointOptions): unknown };

describe('hit testing', () => {
  it('measures only the mentions at the caret, however many a paragraph holds', () => {
    standInStaticRange();
    const { index, hovered, node, measured } = namedParagraph(document.body);
    // The pointer rests on the hovered name's fourth letter.
    (document as unknown as CaretDocument).caretPositionFromPoint = () => ({ offsetNode: node, offset: hovered.start + 3 });
    expect(mentionAtPoint(document, index, 40, 10)).toBe(hovered);
    expect(measured).toHaveBeenCalledTimes(1);
    // The caret finds the nearest text even past the end of a line: no name is under the pointer there.
    expect(mentionAtPoint(document, index, 300, 10)).toBeUndefined();
  });

  it('looks for the caret inside the open shadow roots under the pointer, where it first stops at their host', () => {
    standInStaticRange();
    document.body.innerHTML = '<div id="host"></div>';
    const host = document.getElementById('host')!;
    const root = host.attachShadow({ mode: 'open' });
    const { index, hovered, node, measured } = namedParagraph(root);
    vi.spyOn(document, 'elementFromPoint').mockReturnValue(host);
    root.elementFromPoint = () => root.querySelector('p');
    // As Chrome does: the caret stops at the host unless asked to look inside its shadow root.
    (document as unknown as CaretDocument).caretPositionFromPoint = (_x, _y, options) =>
      options?.shadowRoots?.includes(root) ? { offsetNode: node, offset: hovered.start + 3 } : { offsetNode: document.body, offset: 0 };
    expect(mentionAtPoint(document, index, 40, 10)).toBe(hovered);
    expect(measured).toHaveBeenCalledTimes(1);
  });
});

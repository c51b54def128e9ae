// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileMatcher } from '../../../lib/match/matcher';
import { mentionAtPoint } from '../../../lib/page/hit-test';
import { MentionIndex } from '../../../lib/page/mention-index';
import { mentionFor } from '../../../lib/page/page-mentions';
import { textBlocks } from '../../../lib/page/text-blocks';

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('hit testing', () => {
  it('measures only the mentions at the caret, however many a paragraph holds', () => {
    // happy-dom has no StaticRange: one that keeps its bounds is all a live range is made from.
    vi.stubGlobal(
      'StaticRange',
      class {
        constructor(init: StaticRangeInit) {
          Object.assign(this, init);
        }
      },
    );
    document.body.innerHTML = `<p>${'Ismail Haniyeh spoke. '.repeat(2000)}</p>`;
    const [block] = textBlocks(document.body);
    const target = { id: 'haniyeh', type: 'person' as const, names: ['Ismail Haniyeh'] };
    const mentions = compileMatcher([target])
      .find(block!.text)
      .map((match) => mentionFor(target, block!, match.start, match.end));
    const index = new MentionIndex();
    index.add(mentions);
    const hovered = mentions[1500]!;
    const node = block!.nodes[0]!;
    // The pointer rests on the hovered name's fourth letter; only that name's glyphs lie under it.
    (document as unknown as { caretPositionFromPoint(): unknown }).caretPositionFromPoint = () => ({ offsetNode: node, offset: hovered.start + 3 });
    const measured = vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(function (this: Range) {
      const under = this.startOffset === hovered.start;
      return [DOMRect.fromRect({ x: under ? 0 : 500, y: 0, width: 100, height: 20 })] as unknown as DOMRectList;
    });
    expect(mentionAtPoint(document, index, 40, 10)).toBe(hovered);
    expect(measured).toHaveBeenCalledTimes(1);
    // The caret finds the nearest text even past the end of a line: no name is under the pointer there.
    expect(mentionAtPoint(document, index, 300, 10)).toBeUndefined();
  });
});

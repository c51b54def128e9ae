import type { EntityType } from '../knowledge/types';
import type { MatchTarget } from '../match/matcher';
import { nodesOf } from './mention-index';
import { pointAt, type TextBlock } from './text-blocks';

/** A name of a known entity on the page: where it is in its block's text, and as a range of the page. */
export interface PageMention {
  readonly entityId: string;
  readonly type: EntityType;
  readonly range: StaticRange;
  readonly block: TextBlock;
  readonly start: number;
  readonly end: number;
}

/** The mention of `target` at `[start, end)` of a block's text. */
export function mentionFor(target: MatchTarget, block: TextBlock, start: number, end: number): PageMention {
  return new BlockMention(target.id, target.type, block, start, end);
}

class BlockMention implements PageMention {
  private made: StaticRange | undefined;

  constructor(
    readonly entityId: string,
    readonly type: EntityType,
    readonly block: TextBlock,
    readonly start: number,
    readonly end: number,
  ) {}

  /**
   * Made when first asked for (painted, hovered, stepped to): the popup counts
   * a long page's mentions long before the reader nears most of them, and a
   * range costs half a microsecond, thousands of them milliseconds.
   */
  get range(): StaticRange {
    if (!this.made) {
      const from = pointAt(this.block, this.start);
      const to = pointAt(this.block, this.end, true);
      this.made = new StaticRange({ startContainer: from.node, startOffset: from.offset, endContainer: to.node, endOffset: to.offset });
    }
    return this.made;
  }
}

/**
 * Whether the text nodes a mention spans still have the length they had when
 * read: text changed since makes its offsets stale until it is read again (a
 * range made after the change would only be cut to fit).
 */
export function isCurrent(mention: PageMention): boolean {
  const { block } = mention;
  return nodesOf(mention).every((node) => {
    const i = block.nodes.indexOf(node as Text);
    return (node as Text).length === (block.starts[i + 1] ?? block.text.length) - block.starts[i]!;
  });
}

/** A live range over a mention, for geometry (StaticRange has none). */
export function liveRange(mention: PageMention): Range {
  const range = mention.range.startContainer.ownerDocument!.createRange();
  range.setStart(mention.range.startContainer, mention.range.startOffset);
  range.setEnd(mention.range.endContainer, mention.range.endOffset);
  return range;
}

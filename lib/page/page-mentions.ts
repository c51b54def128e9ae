import type { EntityType } from '../knowledge/types';
import type { MatchTarget } from '../match/matcher';
import { pointAsRead, pointAt, type TextBlock } from './text-blocks';

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
 * Whether a mention's offsets, as read, still fit its text nodes: text
 * shortened since makes them stale until it is read again. Asked of the
 * block, not of the range: a range made after the change is cut to fit.
 */
export function isCurrent(mention: PageMention): boolean {
  const from = pointAsRead(mention.block, mention.start);
  const to = pointAsRead(mention.block, mention.end, true);
  return from.offset <= from.node.length && to.offset <= to.node.length;
}

/** Whether a mention reaches an offset of one of its text nodes (the caret stands before or after one of its characters), as its block was read. */
export function holdsOffset(mention: PageMention, node: Node, offset: number): boolean {
  const { block } = mention;
  const at = block.nodes.indexOf(node as Text);
  if (at < 0) return false;
  const position = block.starts[at]! + offset;
  return position >= mention.start && position <= mention.end;
}

/** A live range over a mention, for geometry (StaticRange has none). */
export function liveRange(mention: PageMention): Range {
  const range = mention.range.startContainer.ownerDocument!.createRange();
  range.setStart(mention.range.startContainer, mention.range.startOffset);
  range.setEnd(mention.range.endContainer, mention.range.endOffset);
  return range;
}

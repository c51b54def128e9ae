import type { EntityType } from '../knowledge/types';
import type { MatchTarget } from '../match/matcher';
import { pointAt, type TextBlock } from './text-blocks';

/** A name of a known entity on the page, as a range of its text. */
export interface PageMention {
  entityId: string;
  type: EntityType;
  range: StaticRange;
  block: TextBlock;
  start: number;
  end: number;
}

/** The mention of `target` at `[start, end)` of a block's text. */
export function mentionFor(target: MatchTarget, block: TextBlock, start: number, end: number): PageMention {
  const from = pointAt(block, start);
  const to = pointAt(block, end, true);
  const range = new StaticRange({ startContainer: from.node, startOffset: from.offset, endContainer: to.node, endOffset: to.offset });
  return { entityId: target.id, type: target.type, range, block, start, end };
}

/** Whether a mention's offsets still fit its text nodes (text shortened since it was read makes them stale until read again). */
export function isCurrent(mention: PageMention): boolean {
  const { startContainer, startOffset, endContainer, endOffset } = mention.range;
  return startOffset <= (startContainer as Text).length && endOffset <= (endContainer as Text).length;
}

/** A live range over a mention, for geometry (StaticRange has none). */
export function liveRange(mention: PageMention): Range {
  const range = mention.range.startContainer.ownerDocument!.createRange();
  range.setStart(mention.range.startContainer, mention.range.startOffset);
  range.setEnd(mention.range.endContainer, mention.range.endOffset);
  return range;
}

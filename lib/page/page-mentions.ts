import type { EntityType } from '../knowledge/types';
import type { Matcher, NameMatch } from '../match/matcher';
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

/** A name found in a block, before the article as a whole decides whose it is. */
export interface Found {
  block: TextBlock;
  match: NameMatch;
}

export function matchBlock(block: TextBlock, matcher: Matcher): Found[] {
  return matcher.find(block.text).map((match) => ({ block, match }));
}

/**
 * The mentions in an article's blocks. A name shared by several entities goes
 * to the one this article names in full; a lone surname counts when only one
 * entity has it, or when the article names that entity in full.
 */
export function findMentions(blocks: TextBlock[], matcher: Matcher): PageMention[] {
  return resolveMentions(blocks.flatMap((block) => matchBlock(block, matcher)), matcher);
}

export function resolveMentions(found: Found[], matcher: Matcher): PageMention[] {
  const namedInFull = new Set(found.filter((f) => !f.match.short && f.match.targets.length === 1).map((f) => f.match.targets[0]!));
  const mentions: PageMention[] = [];
  for (const { block, match } of found) {
    const target = entityFor(match, namedInFull);
    if (target === undefined) continue;
    const { id, type } = matcher.targets[target]!;
    mentions.push({ entityId: id, type, range: rangeOf(block, match.start, match.end), block, start: match.start, end: match.end });
  }
  return mentions;
}

function entityFor(match: NameMatch, namedInFull: Set<number>): number | undefined {
  if (match.targets.length === 1) return match.targets[0];
  const named = match.targets.filter((t) => namedInFull.has(t));
  return named.length === 1 ? named[0] : undefined;
}

function rangeOf(block: TextBlock, start: number, end: number): StaticRange {
  const from = pointAt(block, start);
  const to = pointAt(block, end, true);
  return new StaticRange({ startContainer: from.node, startOffset: from.offset, endContainer: to.node, endOffset: to.offset });
}

/** A live range over a mention, for geometry (StaticRange has none). */
export function liveRange(mention: PageMention): Range {
  const range = mention.range.startContainer.ownerDocument!.createRange();
  range.setStart(mention.range.startContainer, mention.range.startOffset);
  range.setEnd(mention.range.endContainer, mention.range.endOffset);
  return range;
}

import { documentOrder } from './document-order';
import type { PageMention } from './page-mentions';
import type { PageReading } from './reading';

/**
 * Going from mention to mention in reading order, from the keyboard or the
 * popup: each step goes on from where the last one was, and wraps around.
 */
export class MentionNavigation {
  private at: PageMention | undefined;
  private readonly perEntity = new Map<string, PageMention>();

  constructor(private readonly reading: () => PageReading | undefined) {}

  /** The next (1) or previous (-1) mention of any entity. */
  step(direction: 1 | -1): PageMention | undefined {
    const mentions = this.ordered();
    if (!mentions.length) return undefined;
    const from = this.at ? mentions.indexOf(this.at) : -1;
    const index = from < 0 ? (direction > 0 ? 0 : mentions.length - 1) : (from + direction + mentions.length) % mentions.length;
    this.at = mentions[index];
    return this.at;
  }

  /** The next mention of one entity after the one shown last. */
  nextOf(entityId: string): PageMention | undefined {
    const mentions = this.reading()?.index.ofEntity(entityId).sort(readingOrder) ?? [];
    if (!mentions.length) return undefined;
    const last = this.perEntity.get(entityId);
    const next = mentions[(mentions.indexOf(last!) + 1) % mentions.length]!;
    this.perEntity.set(entityId, next);
    return next;
  }

  private ordered(): PageMention[] {
    return (this.reading()?.index.all() ?? []).sort(readingOrder);
  }
}

/** The order mentions stand in on the page: by block, then by place in it (a range would cost each far mention one). */
function readingOrder(a: PageMention, b: PageMention): number {
  return documentOrder(a.block.nodes[0]!, b.block.nodes[0]!) || a.start - b.start;
}

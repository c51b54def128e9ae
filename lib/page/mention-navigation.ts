import { documentOrder } from './document-order';
import type { PageMention } from './page-mentions';
import type { PageReading } from './reading';

/**
 * Going from mention to mention in reading order, from the keyboard or the
 * popup: each step goes on from where the last one was. A step past the last
 * mention (or before the first) finds none here and starts over: the
 * background goes on in the tab's next frame, or asks this one again to wrap.
 */
export class MentionNavigation {
  private at: PageMention | undefined;
  private readonly perEntity = new Map<string, PageMention>();

  constructor(private readonly reading: () => PageReading | undefined) {}

  /** The next (1) or previous (-1) mention of any entity; none past the end. */
  step(direction: 1 | -1): PageMention | undefined {
    this.at = stepFrom(this.ordered(), this.at, direction);
    return this.at;
  }

  /** The next mention of one entity after the one shown last; none past its last. */
  nextOf(entityId: string): PageMention | undefined {
    const mentions = this.reading()?.index.ofEntity(entityId).sort(readingOrder) ?? [];
    const next = stepFrom(mentions, this.perEntity.get(entityId), 1);
    if (next) this.perEntity.set(entityId, next);
    else this.perEntity.delete(entityId);
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

/** The mention a step away from `at`; from none (or one gone from the page), the first one in that direction. */
function stepFrom(mentions: PageMention[], at: PageMention | undefined, direction: 1 | -1): PageMention | undefined {
  const from = at ? mentions.indexOf(at) : -1;
  if (from < 0) return direction > 0 ? mentions[0] : mentions.at(-1);
  return mentions[from + direction];
}

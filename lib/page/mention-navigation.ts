import type { StepFrom } from '../messaging';
import { documentOrder } from './document-order';
import type { PageMention } from './page-mentions';
import type { PageReading } from './reading';

/**
 * Going from mention to mention in reading order, from the keyboard or the
 * popup's "show me" (one entity's mentions). The frames of a tab keep where
 * the steps are: the background asks which one has them, and a step past a
 * frame's last mention goes on in the next frame.
 */
export class MentionNavigation {
  /** The mention shown last, by kind of step: any entity's (`''`), or one entity's. */
  private readonly places = new Map<string, PageMention>();

  constructor(private readonly reading: () => PageReading | undefined) {}

  /** Whether the steps of a kind are in this frame. */
  isHere(entityId = ''): boolean {
    return this.places.has(entityId);
  }

  /** The next (1) or previous (-1) mention of any entity; none past the end. */
  step(direction: 1 | -1, from: StepFrom): PageMention | undefined {
    return this.move('', this.reading()?.index.all() ?? [], direction, from);
  }

  /** The next mention of one entity; none past its last. */
  nextOf(entityId: string, from: StepFrom): PageMention | undefined {
    return this.move(entityId, this.reading()?.index.ofEntity(entityId) ?? [], 1, from);
  }

  private move(kind: string, mentions: PageMention[], direction: 1 | -1, from: StepFrom): PageMention | undefined {
    const ordered = mentions.sort(readingOrder);
    const next = stepFrom(ordered, from === 'here' ? this.places.get(kind) : undefined, direction);
    if (next) this.places.set(kind, next);
    else this.places.delete(kind);
    return next;
  }
}

/**
 * The mention a step away from `at`; from none, the first one in that
 * direction. One read again since (its paragraph changed) is stepped on from
 * where it stood; one whose text has left the page, from the start.
 */
function stepFrom(mentions: PageMention[], at: PageMention | undefined, direction: 1 | -1): PageMention | undefined {
  if (!at || !at.block.nodes[0]!.isConnected) return direction > 0 ? mentions[0] : mentions.at(-1);
  const from = mentions.indexOf(at);
  if (from >= 0) return mentions[from + direction];
  return direction > 0 ? mentions.find((m) => readingOrder(m, at) > 0) : mentions.findLast((m) => readingOrder(m, at) < 0);
}

/** The order mentions stand in on the page: by block, then by place in it (a range would cost each far mention one). */
function readingOrder(a: PageMention, b: PageMention): number {
  return documentOrder(a.block.nodes[0]!, b.block.nodes[0]!) || a.start - b.start;
}

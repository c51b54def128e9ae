import type { PageMention } from './page-mentions';

/** The page's mentions, findable by text node (for hit testing and forgetting) and by entity. */
export class MentionIndex {
  // A set keeps the order mentions were found in, and forgets one without a pass over the page's thousands.
  private readonly mentions = new Set<PageMention>();
  private readonly byNode = new Map<Node, PageMention[]>();

  get size(): number {
    return this.mentions.size;
  }

  /** Every mention, in the order found. */
  all(): PageMention[] {
    return [...this.mentions];
  }

  add(mentions: readonly PageMention[]): void {
    for (const mention of mentions) {
      this.mentions.add(mention);
      for (const node of nodesOf(mention)) {
        const list = this.byNode.get(node);
        if (list) list.push(mention);
        else this.byNode.set(node, [mention]);
      }
    }
  }

  /** Removes and returns the mentions that pass `test`. */
  remove(test: (mention: PageMention) => boolean): PageMention[] {
    return this.forget([...this.mentions].filter(test));
  }

  /** Removes and returns the mentions in any of `nodes` (text no longer read): found by node, whatever the page's size. */
  removeIn(nodes: readonly Node[]): PageMention[] {
    return this.forget(this.mentionsIn(nodes));
  }

  /** The mentions in any of `nodes`. */
  mentionsIn(nodes: readonly Node[]): PageMention[] {
    // Asked of every block read: nothing is made for one read the first time.
    let found: Set<PageMention> | undefined;
    for (const node of nodes) {
      const list = this.byNode.get(node);
      if (list) for (const mention of list) (found ??= new Set()).add(mention);
    }
    return found ? [...found] : [];
  }

  /** Removes and returns those of `mentions` it still holds. */
  delete(mentions: readonly PageMention[]): PageMention[] {
    return this.forget(mentions.filter((mention) => this.mentions.has(mention)));
  }

  /** Whether a mention is still one of the page's (not forgotten since it was found). */
  holds(mention: PageMention): boolean {
    return this.mentions.has(mention);
  }

  /** Whether any mention lies in `node`. */
  has(node: Node): boolean {
    return this.byNode.has(node);
  }

  inNode(node: Node): readonly PageMention[] {
    return this.byNode.get(node) ?? [];
  }

  ofEntity(entityId: string): PageMention[] {
    return this.all().filter((m) => m.entityId === entityId);
  }

  /** Mention counts per entity, in order of first appearance. */
  counts(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const m of this.mentions) counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
    return counts;
  }

  private forget(gone: PageMention[]): PageMention[] {
    const nodes = new Set<Node>();
    for (const mention of gone) {
      this.mentions.delete(mention);
      for (const node of nodesOf(mention)) nodes.add(node);
    }
    // Each node's list filtered once, not once per mention gone: a long text names thousands.
    for (const node of nodes) {
      const list = this.byNode.get(node)?.filter((m) => this.mentions.has(m));
      if (list?.length) this.byNode.set(node, list);
      else this.byNode.delete(node);
    }
    return gone;
  }
}

/** The text nodes a mention spans, as its block was when read (a node's text may have changed since: the same nodes are found to remove). */
export function nodesOf(mention: PageMention): readonly Node[] {
  const { block, start, end } = mention;
  // Most blocks are one text node: no list to make.
  if (block.nodes.length === 1) return block.nodes;
  return block.nodes.filter((_, i) => block.starts[i]! < end && (block.starts[i + 1] ?? block.text.length) > start);
}

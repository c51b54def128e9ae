import type { EntityType } from '../knowledge/types';
import type { PageMention } from './page-mentions';

export type HighlightStyle = 'underline' | 'background';
type LayerKind = EntityType | 'emphasis';

/**
 * Highlight names say what kind of name is painted and how, never which
 * entity: pages can read `CSS.highlights`. Their looks are in highlights.css.
 */
function highlightName(layer: LayerKind, style: HighlightStyle = 'underline'): string {
  return layer === 'emphasis' || style === 'underline' ? `backstory-${layer}` : `backstory-${layer}-fill`;
}

/**
 * Firefox takes time that grows with a highlight's size to take one range out
 * of it (17 ns per range in it), and 2.5 µs to put one in: past this many
 * ranges taken out at once, emptying it and putting the rest back is faster,
 * whatever its size (measured: 1,000 of 10,000 took 168 ms one by one, 23 ms
 * this way). Chromium takes a third of a microsecond a range put back.
 */
const MANY_ERASED = 150;

/**
 * One registered highlight, its ranges also kept on Backstory's side: a
 * content script in Firefox may not iterate the page's Highlight ("Xray
 * wrapping of iterators not supported").
 */
class Layer {
  private readonly ranges = new Set<AbstractRange>();

  constructor(readonly highlight: Highlight) {}

  add(range: AbstractRange): void {
    this.ranges.add(range);
    this.highlight.add(range);
  }

  delete(gone: ReadonlySet<AbstractRange>): void {
    if (gone.size <= MANY_ERASED) {
      for (const range of gone) if (this.ranges.delete(range)) this.highlight.delete(range);
      return;
    }
    for (const range of gone) this.ranges.delete(range);
    this.highlight.clear();
    for (const range of this.ranges) this.highlight.add(range);
  }

  clear(): void {
    this.ranges.clear();
    this.highlight.clear();
  }
}

/** Paints mentions with the CSS Custom Highlight API: no element of the page is touched. */
export class Painter {
  private readonly layers = new Map<LayerKind, Layer>();
  // Known without asking a mention for its range, which one far from the screen has not made yet.
  private readonly painted = new WeakSet<PageMention>();
  /** Once cleared (the reading stopped), late calls (a flash's timer) paint nothing over a newer reading's highlights. */
  private cleared = false;

  constructor(
    private readonly style: HighlightStyle = 'underline',
    private readonly registry: HighlightRegistry = CSS.highlights,
  ) {}

  paint(mentions: readonly PageMention[]): void {
    if (this.cleared) return;
    for (const mention of mentions) {
      this.layer(mention.type).add(mention.range);
      this.painted.add(mention);
    }
  }

  isPainted(mention: PageMention): boolean {
    return this.painted.has(mention);
  }

  erase(mentions: readonly PageMention[]): void {
    const gone = new Map<Layer, Set<AbstractRange>>();
    for (const mention of mentions) {
      if (!this.painted.delete(mention)) continue;
      const layer = this.layers.get(mention.type);
      // Cleared since (the reading stopped): nothing of it is painted any more.
      if (!layer) continue;
      const ranges = gone.get(layer);
      if (ranges) ranges.add(mention.range);
      else gone.set(layer, new Set([mention.range]));
    }
    for (const [layer, ranges] of gone) layer.delete(ranges);
  }

  /** Marks one entity's mentions (the hovered one's) above the rest; none clears it. */
  emphasize(mentions: readonly PageMention[]): void {
    if (this.cleared) return;
    const layer = this.layer('emphasis');
    layer.clear();
    for (const mention of mentions) layer.add(mention.range);
  }

  /** Removes this painter's highlights, not those a newer content script (after an update) registered. */
  clear(): void {
    this.cleared = true;
    for (const [kind, layer] of this.layers) {
      const name = highlightName(kind, this.style);
      if (this.registry.get(name) === layer.highlight) this.registry.delete(name);
    }
    this.layers.clear();
  }

  private layer(kind: LayerKind): Layer {
    let layer = this.layers.get(kind);
    if (!layer) {
      const highlight = new Highlight();
      if (kind === 'emphasis') highlight.priority = 1;
      layer = new Layer(highlight);
      this.layers.set(kind, layer);
      this.registry.set(highlightName(kind, this.style), highlight);
    }
    return layer;
  }
}

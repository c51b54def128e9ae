import type { EntityType } from '../knowledge/types';
import type { PageMention } from './page-mentions';

/** Highlight names say what kind of name is painted, never which entity: pages can read them. */
export const HIGHLIGHT_NAMES: Record<EntityType | 'emphasis', string> = {
  person: 'backstory-person',
  organization: 'backstory-organization',
  place: 'backstory-place',
  emphasis: 'backstory-emphasis',
};

/** Paints mentions with the CSS Custom Highlight API: no element of the page is touched. */
export class Painter {
  private readonly layers = new Map<string, Highlight>();

  constructor(private readonly registry: HighlightRegistry = CSS.highlights) {}

  paint(mentions: readonly PageMention[]): void {
    for (const mention of mentions) this.layer(mention.type).add(mention.range);
  }

  /** Marks one entity's mentions (the hovered one's) above the rest; none clears it. */
  emphasize(mentions: readonly PageMention[]): void {
    const layer = this.layer('emphasis');
    layer.clear();
    for (const mention of mentions) layer.add(mention.range);
  }

  /** Removes this painter's highlights, not those a newer content script (after an update) registered. */
  clear(): void {
    for (const [name, layer] of this.layers) {
      if (this.registry.get(name) === layer) this.registry.delete(name);
    }
    this.layers.clear();
  }

  private layer(kind: EntityType | 'emphasis'): Highlight {
    const name = HIGHLIGHT_NAMES[kind];
    let layer = this.layers.get(name);
    if (!layer) {
      layer = new Highlight();
      if (kind === 'emphasis') layer.priority = 1;
      this.layers.set(name, layer);
      this.registry.set(name, layer);
    }
    return layer;
  }
}

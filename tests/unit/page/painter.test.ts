import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageMention } from '../../../lib/page/page-mentions';
import { Painter } from '../../../lib/page/painter';

afterEach(() => vi.unstubAllGlobals());

/** A mention whose range is made when first asked for, as the page's are; `asked` counts the askings. */
function mention(type: PageMention['type']): PageMention & { asked: number } {
  const range = {} as StaticRange;
  const made = { asked: 0 };
  return {
    entityId: 'e',
    type,
    block: {} as PageMention['block'],
    start: 0,
    end: 1,
    get range() {
      made.asked++;
      return range;
    },
    get asked() {
      return made.asked;
    },
  };
}

describe('the painter', () => {
  it('paints mentions into one highlight per type, knows which it painted, and never asks an unpainted one for its range', () => {
    vi.stubGlobal('Highlight', class extends Set<AbstractRange> {});
    const registry = new Map<string, Set<AbstractRange>>();
    const painter = new Painter('underline', registry as unknown as HighlightRegistry);
    const [person, organization, far] = [mention('person'), mention('organization'), mention('person')];
    painter.paint([person, organization]);
    expect([...registry.keys()]).toEqual(['backstory-person', 'backstory-organization']);
    expect([painter.isPainted(person), painter.isPainted(far)]).toEqual([true, false]);
    painter.erase([far, person]);
    expect(far.asked).toBe(0);
    expect([painter.isPainted(person), registry.get('backstory-person')!.size]).toEqual([false, 0]);
    painter.clear();
    expect(registry.size).toBe(0);
    painter.paint([far]);
    expect(registry.size).toBe(0);
  });
});

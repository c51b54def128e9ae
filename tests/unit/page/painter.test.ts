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
    painter.paint([far]);
    painter.clear();
    expect(registry.size).toBe(0);
    // A late call (a flash's timer) after the reading stopped: nothing is painted, nothing fails.
    painter.erase([far]);
    painter.paint([far]);
    expect(registry.size).toBe(0);
  });

  it('takes many mentions out of a large highlight by putting the rest back, and a few one by one, never iterating it', () => {
    // As a Firefox content script sees the page's Highlight: not to be iterated.
    vi.stubGlobal(
      'Highlight',
      class extends Set<AbstractRange> {
        override [Symbol.iterator](): SetIterator<AbstractRange> {
          throw new Error('Xray wrapping of iterators not supported');
        }
      },
    );
    const registry = new Map<string, Set<AbstractRange>>();
    const painter = new Painter('underline', registry as unknown as HighlightRegistry);
    const mentions = Array.from({ length: 2_000 }, () => mention('person'));
    painter.paint(mentions);
    const layer = registry.get('backstory-person')!;
    const deleted = vi.spyOn(layer, 'delete');
    const cleared = vi.spyOn(layer, 'clear');
    painter.erase(mentions.slice(0, 10));
    expect([deleted.mock.calls.length, cleared.mock.calls.length]).toEqual([10, 0]);
    painter.erase(mentions.slice(500, 1_500));
    expect([deleted.mock.calls.length, cleared.mock.calls.length]).toEqual([10, 1]);
    const left = [...mentions.slice(10, 500), ...mentions.slice(1_500)];
    expect([...Set.prototype.values.call(layer)]).toEqual(left.map((m) => m.range));
    expect(left.every((m) => painter.isPainted(m))).toBe(true);
    expect(mentions.slice(500, 1_500).some((m) => painter.isPainted(m))).toBe(false);
  });
});

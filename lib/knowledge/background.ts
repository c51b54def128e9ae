import { compareText } from './order';
import type { Entity, Quote } from './types';

const MAX_SENTENCES = 3;
const MAX_CHARS = 480;

/**
 * The facts a card's background paragraph is made of: a few of the entity's
 * cited sentences, newest source first, the ones naming it in full or with a
 * role preferred, never longer than a short paragraph.
 */
export function backgroundFacts(entity: Entity, sourceDates: Record<string, string | undefined>): Quote[] {
  const names = [entity.name, ...entity.roles.map((r) => r.title)];
  const weight = (q: Quote) => (names.some((n) => q.text.includes(n)) ? 0 : 1);
  const dateOf = (q: Quote) => sourceDates[q.sourceId] ?? '';
  const ranked = [...entity.facts].sort((a, b) => weight(a) - weight(b) || compareText(dateOf(b), dateOf(a)) || a.start - b.start);
  const chosen: Quote[] = [];
  let length = 0;
  for (const fact of ranked) {
    if (chosen.length === MAX_SENTENCES || (chosen.length && length + fact.text.length > MAX_CHARS)) break;
    chosen.push(fact);
    length += fact.text.length;
  }
  // Told in the order the sources tell it.
  return chosen.sort((a, b) => compareText(dateOf(a), dateOf(b)) || a.start - b.start);
}

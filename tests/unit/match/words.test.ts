import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAcronym, isCapitalized } from '../../../lib/match/words';

// What the two tests mean, said with case mappings; the module tells ASCII by character codes, faster.
const capitalized = (raw: string) => (raw[0] ?? '') !== (raw[0] ?? '').toLowerCase();
const acronym = (raw: string) => raw.length > 1 && raw === raw.toUpperCase() && raw !== raw.toLowerCase();

describe('case of a word', () => {
  it('agrees with case mappings on words of any script', () => {
    const char = fc.constantFrom(...'aAzZmM09-\u00adéÉßœŒıİσΣдД漢'.split(''));
    fc.assert(
      fc.property(fc.array(char, { maxLength: 6 }).map((c) => c.join('')), (raw) => {
        expect(isCapitalized(raw)).toBe(capitalized(raw));
        expect(isAcronym(raw)).toBe(acronym(raw));
      }),
      { numRuns: 3000 },
    );
  });
});

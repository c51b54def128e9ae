import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entryOf, nextCandidate, PUNCTUATION_FROM, PUNCTUATION_TO, skeletonHash, type Sieve } from '../../../lib/match/word-scan';
import { LATIN_ENTRIES } from '../../../lib/match/latin-entries';
import { wordKey } from '../../../lib/match/words';
import { latinEntries } from '../../../scripts/latin-entries';

const sieveOf = (capitalized: string[], lowercase: string[] = []): Sieve => ({
  capitalized: new Set(capitalized.map((w) => skeletonHash(wordKey(w)))),
  lowercase: new Set(lowercase.map((w) => skeletonHash(wordKey(w)))),
});

/** Every candidate word of a text, as [start, end) slices. */
function candidates(text: string, sieve: Sieve): string[] {
  const out: string[] = [];
  const end = { at: 0 };
  for (let start = nextCandidate(text, 0, text.length, sieve, end); start >= 0; start = nextCandidate(text, end.at, text.length, sieve, end)) out.push(text.slice(start, end.at));
  return out;
}

// Pieces that every fold of wordKey touches: vowel pairs, "ph", a final "h", doubled letters, accents, soft hyphens.
const pieces = ['a', 'e', 'i', 'o', 'u', 'y', 'h', 'ou', 'oo', 'ee', 'ph', 'p', 'f', 'b', 'k', 'l', 'll', 'n', 'r', 's', 't', 'á', 'é', 'ü', 'ç', 'ø', '\u00ad', '\u0301', '2'];
const word = fc
  .tuple(fc.constantFrom('B', 'P', 'Ph', 'Ou', 'Ee', 'É', 'Á', 'H', 'S', 'Ç'), fc.array(fc.constantFrom(...pieces), { maxLength: 8 }))
  .map(([first, rest]) => first + rest.join(''));

describe('the word sieve', () => {
  it('lets through every word that folds to a first word it knows', () => {
    fc.assert(
      fc.property(word, word, (a, b) => {
        const sieve = sieveOf([a]);
        expect(candidates(`The ${a} said.`, sieve)).toContain(a);
        // Two words with one key share a skeleton: the sieve never stands between a page and a name.
        if (wordKey(a) === wordKey(b)) expect(candidates(`(${b})`, sieve)).toEqual([b]);
      }),
      { numRuns: 2000 },
    );
  });

  it('stops at few other words, and never inside one', () => {
    const sieve = sieveOf(['Blinken', 'Netanyahu', 'al'], ['al']);
    const text = 'Blinken’s talk with Netanyahu and al-Sudani: the iBlinken, xal-Sudani and Blankets, Blankan, Al Blinkenite.';
    expect(candidates(text, sieve)).toEqual(['Blinken', 'Netanyahu', 'al', 'Blankan', 'Al']);
  });

  it('never fails on half a character', () => {
    expect(candidates('\udc00 Blinken \ud800', sieveOf(['Blinken']))).toEqual(['Blinken']);
  });

  it('looks closely at capitalized words in other scripts, and reads past characters outside the BMP', () => {
    const sieve = sieveOf(['Blinken'], []);
    expect(candidates('Блинкен и Blinken😀 x𝐁linken 😀Blinken', sieve)).toEqual(['Блинкен', 'Blinken', 'Blinken']);
  });

  it('keeps its Latin entries as Unicode says (else run npx tsx scripts/latin-entries.ts)', () => {
    expect(LATIN_ENTRIES).toEqual(latinEntries());
  });

  it('tells General Punctuation apart without Unicode classes, as they would', () => {
    for (let code = PUNCTUATION_FROM; code < PUNCTUATION_TO; code++) {
      const char = String.fromCharCode(code);
      expect(candidates(`Blinken${char}Blinken`, sieveOf(['Blinken'])).length, `U+${code.toString(16)}`).toBe(entryOf(char) === 0 ? 2 : 0);
    }
  });
});

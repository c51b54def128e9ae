import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMatcher, type MatchTarget, type NameMatch } from '../../../lib/match/matcher';
import { NEUTRAL_WORDS } from '../../../lib/match/neutral-words';
import { isAcronym, isCapitalized, words } from '../../../lib/match/words';

const targets: MatchTarget[] = [
  { id: 'blinken', type: 'person', names: ['Antony Blinken', 'Blinken'] },
  { id: 'sudani', type: 'person', names: ['Mohammed Shia al-Sudani', 'al-Sudani', 'Al-Sudani'] },
  { id: 'pmf', type: 'organization', names: ['Popular Mobilization Forces', 'PMF'] },
  { id: 'hezbollah', type: 'organization', names: ['Hezbollah'] },
  { id: 'kataib', type: 'organization', names: ['Kataib Hezbollah Brigades'] },
  { id: 'us', type: 'place', names: ['US'] },
  { id: 'smith-a', type: 'person', names: ['Anna Smith', 'Smith'] },
  { id: 'smith-b', type: 'person', names: ['Bob Smith', 'Smith'] },
  { id: 'shukur', type: 'person', names: ['Fouad Shukur', 'Shukur'] },
  { id: 'philip', type: 'person', names: ['Philip Ouellet', 'Ouellet'] },
  { id: 'aaron', type: 'person', names: ['Aaron Eevers'] },
  { id: 'sergio', type: 'person', names: ['Sérgio Éclair'] },
];

/**
 * The plain way: cut the text into words, and at every word try every name,
 * longest first, with the same rules for case, gaps and neighbours.
 */
function reference(text: string): string[] {
  const all = words(text);
  const names = targets.flatMap((t, index) => t.names.map((name, n) => ({ index, words: words(name), short: t.type === 'person' && n > 0 && words(name).length === 1 })));
  names.sort((a, b) => b.words.length - a.words.length);
  const out: string[] = [];
  for (let i = 0; i < all.length; ) {
    if (i > 0 && all[i - 1]!.end === all[i]!.start) {
      i++;
      continue;
    }
    const fits = names.filter((n) => n.words.every((w, k) => {
      const word = all[i + k];
      if (!word || word.key !== w.key) return false;
      if (k > 0 && !/^(?:[\s\u00a0\u2009\u202f]{1,4}|[-‐‑'’])$/u.test(text.slice(all[i + k - 1]!.end, word.start))) return false;
      if (isAcronym(w.raw)) return word.raw === w.raw;
      return !isCapitalized(w.raw) || isCapitalized(word.raw);
    }));
    const longest = fits[0]?.words.length;
    const chosen = fits.filter((f) => f.words.length === longest);
    if (!chosen.length || !isCandidateStart(text, all[i]!.start) || !alone(text, all, i, i + longest! - 1)) {
      i++;
      continue;
    }
    const ids = [...new Set(chosen.map((c) => c.index))].sort().join('|');
    out.push(`${all[i]!.start}-${all[i + longest! - 1]!.end}:${ids}`);
    i += longest!;
  }
  return out;
}

function isCandidateStart(text: string, at: number): boolean {
  const ch = text[at]!;
  return (ch !== ch.toLowerCase() || text.startsWith('al', at)) && !/[\p{L}\p{M}\p{N}]/u.test(text[at - 1] ?? '');
}

function alone(text: string, all: ReturnType<typeof words>, first: number, last: number): boolean {
  const start = all[first]!.start;
  const end = all[last]!.end;
  if (/[-‐‑'’]/u.test(text[start - 1] ?? '') && /[\p{L}\p{N}]/u.test(text[start - 2] ?? '')) return false;
  const tail = text.slice(end, end + 3);
  if (/^[-‐‑]\p{L}/u.test(tail)) return false;
  if (/^['’]\p{L}/u.test(tail) && !/^['’]s(?![\p{L}\p{N}])/u.test(tail)) return false;
  const neighbour = (gap: string, raw: string | undefined) => raw !== undefined && /^[ \u00a0]$/u.test(gap) && isCapitalized(raw) && !NEUTRAL_WORDS.has(raw);
  if (first > 0 && neighbour(text.slice(all[first - 1]!.end, start), all[first - 1]!.raw)) return false;
  return !(all[last + 1] && neighbour(text.slice(end, all[last + 1]!.start), all[last + 1]!.raw));
}

const vocabulary = [
  'Antony', 'Blinken', 'blinken', 'BLINKEN', 'Mohammed', 'Shia', 'al', 'Al', 'Sudani', 'Popular', 'Mobilization', 'Forces',
  'PMF', 'pmf', 'Hezbollah', 'Kataib', 'Brigades', 'US', 'us', 'Us', 'Anna', 'Bob', 'Smith', 'Sara', 'Prime', 'Minister',
  'the', 'said', 'on', 'Sunday', 'Iraqi', 'warned', 'Blinkenite', 'Sudanese', 'aligned',
  'Fouad', 'Fuad', 'FUAD', 'Shukur', 'Shukr', 'Philip', 'Filip', 'Fillip', 'Ouellet', 'Uellet', 'Aaron', 'Aron', 'Eevers', 'Ivers',
  'Sérgio', 'Sergio', 'Éclair', 'Eclair', 'S\u00adergio', 'Fo\u00aduad',
];
const separators = [' ', ' ', ' ', '  ', '\u00a0', '-', "'s ", '’s ', ', ', '. ', '\n', '“', '” ', '(', ') ', '\u00ad'];

const text = fc
  .array(fc.tuple(fc.constantFrom(...vocabulary), fc.constantFrom(...separators)), { maxLength: 40 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''));

describe('the compiled matcher', () => {
  it('agrees with the plain word-by-word way on random text', () => {
    const matcher = compileMatcher(targets, NEUTRAL_WORDS);
    fc.assert(
      fc.property(text, (sample) => {
        const fast = matcher.find(sample).map((m) => `${m.start}-${m.end}:${m.targets.join('|')}`);
        expect(fast).toEqual(reference(sample));
      }),
      { numRuns: 5000 },
    );
  });

  it('finds the same names in a text matched a slice at a time, each slice from where the last one\'s names end', () => {
    const matcher = compileMatcher(targets, NEUTRAL_WORDS);
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 6 }), (sample, cuts) => {
        const bounds = [...new Set(cuts.map((cut) => cut % (sample.length + 1)))].sort((a, b) => a - b);
        const sliced: NameMatch[] = [];
        let from = 0;
        for (const to of [...bounds, sample.length]) {
          if (to < from) continue;
          sliced.push(...matcher.find(sample, from, to));
          from = Math.max(to, sliced.at(-1)?.end ?? 0);
        }
        expect(sliced).toEqual(matcher.find(sample));
      }),
      { numRuns: 3000 },
    );
  });
});

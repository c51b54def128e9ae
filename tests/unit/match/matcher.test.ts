import { describe, expect, it } from 'vitest';
import { compileMatcher, type MatchTarget } from '../../../lib/match/matcher';
import { NEUTRAL_WORDS } from '../../../lib/match/neutral-words';

const targets: MatchTarget[] = [
  { id: 'blinken', type: 'person', names: ['Antony Blinken', 'Blinken'] },
  { id: 'sudani', type: 'person', names: ['Mohammed Shia al-Sudani', 'al-Sudani', 'Al-Sudani'] },
  { id: 'netanyahu', type: 'person', names: ['Benjamin Netanyahu', 'Netanyahu'] },
  { id: 'hezbollah', type: 'organization', names: ['Hezbollah'] },
  { id: 'pmf', type: 'organization', names: ['Popular Mobilization Forces', 'PMF'] },
  { id: 'us', type: 'place', names: ['United States', 'US'] },
];
const matcher = compileMatcher(targets, NEUTRAL_WORDS);
const found = (text: string) => matcher.find(text).map((m) => `${text.slice(m.start, m.end)}=${m.targets.map((t) => targets[t]!.id).join('|')}`);

describe('the matcher', () => {
  it('finds every name form, longest first', () => {
    expect(found('Antony Blinken met Blinken.')).toEqual(['Antony Blinken=blinken', 'Blinken=blinken']);
    expect(found('Mohammed Shia al-Sudani and al-Sudani and Al-Sudani')).toEqual([
      'Mohammed Shia al-Sudani=sudani',
      'al-Sudani=sudani',
      'Al-Sudani=sudani',
    ]);
  });

  it('keeps Unicode word boundaries: possessives and quotes match, longer words do not', () => {
    expect(found("Blinken's visit, al-Sudani’s office, “Netanyahu”")).toEqual(['Blinken=blinken', 'al-Sudani=sudani', 'Netanyahu=netanyahu']);
    expect(found('Sudanese Blinkenite Netanyahuism Iran-aligned Hezbollah-backed')).toEqual([]);
    expect(found('pro-Blinken')).toEqual([]);
  });

  it('finds a name written lowercase capitalized, and one that starts with a digit', () => {
    const matcher = compileMatcher([
      { id: 'zubaidi', type: 'person', names: ['al-Zubaidi'] },
      { id: '1mdb', type: 'organization', names: ['1MDB'] },
    ]);
    const text = 'Al-Zubaidi said so. AL-ZUBAIDI and al-Zubaidi, of the 1MDB case.';
    expect(matcher.find(text).map((m) => text.slice(m.start, m.end))).toEqual(['Al-Zubaidi', 'AL-ZUBAIDI', 'al-Zubaidi', '1MDB']);
  });

  it('applies case rules: acronyms exactly, names capitalized', () => {
    expect(found('the US and us, PMF and pmf')).toEqual(['US=us', 'PMF=pmf']);
    expect(found('blinken hezbollah')).toEqual([]);
    expect(found('HEZBOLLAH said, and BLINKEN')).toEqual(['HEZBOLLAH=hezbollah', 'BLINKEN=blinken']);
  });

  it('accepts whitespace and hyphen variants inside a name', () => {
    expect(found('Antony\u00a0Blinken, Antony\nBlinken, al Sudani, Popular Mobil\u00adization Forces')).toEqual([
      'Antony\u00a0Blinken=blinken',
      'Antony\nBlinken=blinken',
      'al Sudani=sudani',
      'Popular Mobil\u00adization Forces=pmf',
    ]);
  });

  it('matches romanization variants of names, and nothing else with them', () => {
    const romanized = compileMatcher(
      [
        { id: 'shukur', type: 'person', names: ['Fouad Shukur', 'Shukur'] },
        { id: 'haniyeh', type: 'person', names: ['Ismail Haniyeh', 'Haniyeh'] },
      ],
      NEUTRAL_WORDS,
    );
    const hits = (text: string) => romanized.find(text).map((m) => text.slice(m.start, m.end));
    expect(hits('Fuad Shukr, Fouad Shukur, Haniya, Haniyah and Ismail Haniyeh')).toEqual(['Fuad Shukr', 'Fouad Shukur', 'Haniya', 'Haniyah', 'Ismail Haniyeh']);
    expect(hits('the shukr of haniya, Shaker, Hanoi, Hanna')).toEqual([]);
  });

  it('does not take a longer capitalized name for a known one', () => {
    expect(found('Kataib Hezbollah fighters')).toEqual([]);
    expect(found('Sara Netanyahu said')).toEqual([]);
    expect(found('Donald Blinken')).toEqual([]);
    expect(found('Prime Minister Netanyahu and Secretary of State Antony Blinken')).toEqual(['Netanyahu=netanyahu', 'Antony Blinken=blinken']);
    expect(found('Israeli Netanyahu. Sara Netanyahu')).toEqual(['Netanyahu=netanyahu']);
  });

  it('marks a person’s lone surname as short, full names and organizations not', () => {
    const [full, short, org] = matcher.find('Antony Blinken, Blinken, Hezbollah');
    expect([full!.short, short!.short, org!.short]).toEqual([false, true, false]);
  });
});

import { describe, expect, it } from 'vitest';
import { HOLDOUT, fixtureFiles, report, scoreFixture, totals } from '../../support/fixture-scores';

const scores = fixtureFiles().map(scoreFixture);
const holdout = fixtureFiles(HOLDOUT).map(scoreFixture);

describe('the compiler on the test fixtures (hand-made expected entities and dates)', () => {
  it('finds people and organizations with precision ≥ 0.95 and recall ≥ 0.9', () => {
    const { precision, recall } = totals(scores);
    console.info(`Compiler quality on ${scores.length} fixtures:\n${report(scores)}`);
    expect(precision, report(scores)).toBeGreaterThanOrEqual(0.95);
    expect(recall, report(scores)).toBeGreaterThanOrEqual(0.9);
  });

  it('dates every expected event correctly', () => {
    expect(scores.flatMap((s) => s.wrongDates)).toEqual([]);
  });

  it('does about as well on held-out articles, written by someone who had not seen the compiler', () => {
    const { precision, recall, eventDates } = totals(holdout);
    console.info(`Compiler quality on ${holdout.length} held-out fixtures:\n${report(holdout)}`);
    expect(precision, report(holdout)).toBeGreaterThanOrEqual(0.9);
    expect(recall, report(holdout)).toBeGreaterThanOrEqual(0.9);
    expect(eventDates).toBe(1);
  });

  it('reads each format’s citation: title, publisher and date', async () => {
    const { expectedFor } = await import('../../support/fixture-scores');
    for (const score of scores) {
      const expected = expectedFor(score.file);
      const source = score.pack.sources[0]!;
      expect(source.publisher, score.file).toBe(expected.publisher);
      expect(source.date, score.file).toBe(expected.date);
      if (expected.title) expect(source.title, score.file).toBe(expected.title);
      else expect(source.title.length, score.file).toBeGreaterThan(10);
    }
  });

  it('rarely makes an entity of a phrase the fixtures mark as none (≤ 5%)', async () => {
    const { expectedFor } = await import('../../support/fixture-scores');
    const { nameKey } = await import('../../../lib/name-key');
    let phrases = 0;
    const offenders = scores.flatMap((s) => {
      const names = new Set(s.pack.entities.flatMap((e) => [e.name, ...e.aliases]).map(nameKey));
      const none = expectedFor(s.file).notEntities;
      phrases += none.length;
      return none.filter((n) => names.has(nameKey(n))).map((n) => `${s.file}: ${n}`);
    });
    expect(offenders.length / phrases, offenders.join('\n')).toBeLessThanOrEqual(0.05);
  });
});

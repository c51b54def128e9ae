import { describe, expect, it } from 'vitest';
import { compileSource, compileSources } from '../../../lib/knowledge/compile';
import { readSource } from '../../../lib/knowledge/source-format';

const first = readSource(
  'date 2024-08-04 Shafaq News/ On Sunday, US Secretary of State Antony Blinken called Iraqi Prime Minister Mohammed Shia al-Sudani. Blinken warned of escalation.',
);
const second = readSource(
  'date 2025-02-10 Example Wire/ On Monday, former US Secretary of State Antony Blinken joined the Atlantic Council as a fellow. Blinken said he would write a book.',
);

describe('merging packs', () => {
  it('joins the same person across sources, keeping every role with its own source and date', () => {
    const pack = compileSources([first, second]);
    const blinken = pack.entities.filter((e) => e.name === 'Antony Blinken');
    expect(blinken).toHaveLength(1);
    expect(blinken[0]!.roles.map((r) => `${r.title} (${r.asOf})`)).toEqual([
      'US Secretary of State (2024-08-04)',
      'former US Secretary of State (2025-02-10)',
    ]);
    expect(new Set(blinken[0]!.facts.map((f) => f.sourceId)).size).toBe(2);
    expect(pack.sources.map((s) => s.publisher)).toEqual(['Shafaq News', 'Example Wire']);
  });

  it('orders the merged timeline by date, and does not depend on the order of its inputs', () => {
    const forward = compileSources([first, second]);
    const backward = compileSources([second, first]);
    expect(JSON.stringify(backward)).toBe(JSON.stringify(forward));
    expect(forward.events.map((e) => e.when.date)).toEqual(['2024-08-04', '2025-02-10']);
  });

  it('keeps people who share only a surname apart', () => {
    const other = readSource('date 2025-03-01 Example Wire/ On Saturday, novelist Donald Blinken read from his book. Blinken smiled.');
    const pack = compileSources([first, other]);
    expect(pack.entities.filter((e) => e.type === 'person' && e.name.endsWith('Blinken')).map((e) => e.name).sort()).toEqual([
      'Antony Blinken',
      'Donald Blinken',
    ]);
  });

  it('gives every entity of a single source a readable id', () => {
    expect(compileSources([first]).entities.map((e) => e.id)).toContain('antony-blinken');
    expect(compileSource(first).entities.every((e) => e.id.includes('#'))).toBe(true);
  });
});

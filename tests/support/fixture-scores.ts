/**
 * Scores the compiler against the hand-made expectations in
 * tests/fixtures/sources/*.expected.json: entity precision and recall for
 * people and organizations, and how many events carry the right date.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { compileSource } from '../../lib/knowledge/compile';
import { nameKey } from '../../lib/name-key';
import type { Entity, KnowledgePack } from '../../lib/knowledge/types';
import { readSourceFile } from '../../scripts/source-files';

export const FIXTURES = 'tests/fixtures/sources';
/** Written after the compiler was tuned, by someone who had not seen it: how it does on articles it never met. */
export const HOLDOUT = 'tests/fixtures/holdout';

interface ExpectedEntity {
  name: string;
  type: 'person' | 'organization' | 'place';
  aliases?: string[];
  role?: string;
}

interface ExpectedEvent {
  contains: string;
  date: string;
  precision: string;
  relation: string;
}

export interface Expected {
  title?: string;
  publisher: string;
  date: string;
  entities: ExpectedEntity[];
  notEntities: string[];
  events: ExpectedEvent[];
}

export interface FixtureScore {
  file: string;
  predicted: number;
  expected: number;
  truePositives: number;
  found: number;
  falsePositives: string[];
  missed: string[];
  events: number;
  eventsDated: number;
  wrongDates: string[];
  pack: KnowledgePack;
}

/** Fixture files as paths: `tests/fixtures/sources/01-….txt`. */
export function fixtureFiles(dir = FIXTURES): string[] {
  return readdirSync(dir)
    .filter((f) => /\.(?:txt|md|html)$/u.test(f))
    .sort()
    .map((f) => join(dir, f));
}

export function expectedFor(file: string): Expected {
  return JSON.parse(readFileSync(file.replace(/\.[a-z]+$/u, '.expected.json'), 'utf8')) as Expected;
}

export function compileFixture(file: string): KnowledgePack {
  return compileSource(readSourceFile(file, readFileSync(file, 'utf8')));
}

const scored = (type: string) => type === 'person' || type === 'organization';

function sameEntity(p: Entity, g: ExpectedEntity): boolean {
  if (p.type !== g.type) return false;
  const predicted = new Set([p.name, ...p.aliases].map(nameKey));
  return [g.name, ...(g.aliases ?? [])].some((n) => predicted.has(nameKey(n))) && (predicted.has(nameKey(g.name)) || predicted.has(nameKey(p.name)) || [g.name, ...(g.aliases ?? [])].map(nameKey).includes(nameKey(p.name)));
}

export function scoreFixture(file: string): FixtureScore {
  const pack = compileFixture(file);
  const expected = expectedFor(file);
  const gold = expected.entities.filter((e) => scored(e.type));
  const predicted = pack.entities.filter((e) => scored(e.type));
  const truePositives = predicted.filter((p) => gold.some((g) => sameEntity(p, g)));
  const found = gold.filter((g) => predicted.some((p) => sameEntity(p, g)));
  const wrongDates: string[] = [];
  let eventsDated = 0;
  for (const event of expected.events) {
    const candidates = pack.events.filter((e) => e.quote.text.includes(event.contains));
    const right = candidates.some((c) => c.when.date === event.date && c.when.precision === event.precision && c.when.relation === event.relation);
    if (right) eventsDated++;
    else {
      const got = candidates.map((c) => `${c.when.relation} ${c.when.date}/${c.when.precision}`).join(', ') || 'no event';
      wrongDates.push(`"${event.contains}": want ${event.relation} ${event.date}/${event.precision}, got ${got}`);
    }
  }
  return {
    file,
    predicted: predicted.length,
    expected: gold.length,
    truePositives: truePositives.length,
    found: found.length,
    falsePositives: predicted.filter((p) => !truePositives.includes(p)).map((p) => `${p.name} [${p.type}]`),
    missed: gold.filter((g) => !found.includes(g)).map((g) => `${g.name} [${g.type}]`),
    events: expected.events.length,
    eventsDated,
    wrongDates,
    pack,
  };
}

export interface Totals {
  precision: number;
  recall: number;
  eventDates: number;
}

export function totals(scores: FixtureScore[]): Totals {
  const sum = (f: (s: FixtureScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  return {
    precision: sum((s) => s.truePositives) / sum((s) => s.predicted),
    recall: sum((s) => s.found) / sum((s) => s.expected),
    eventDates: sum((s) => s.eventsDated) / sum((s) => s.events),
  };
}

export function report(scores: FixtureScore[]): string {
  const rows = scores.map(
    (s) =>
      `${basename(s.file).padEnd(44)} P ${(s.truePositives / s.predicted).toFixed(2)}  R ${(s.found / s.expected).toFixed(2)}  dates ${s.eventsDated}/${s.events}`,
  );
  const t = totals(scores);
  rows.push(`${'all fixtures'.padEnd(44)} P ${t.precision.toFixed(3)} R ${t.recall.toFixed(3)} dates ${(t.eventDates * 100).toFixed(1)}%`);
  return rows.join('\n');
}

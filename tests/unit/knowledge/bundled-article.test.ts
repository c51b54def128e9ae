import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileSources } from '../../../lib/knowledge/compile';
import type { Entity, KnowledgePack } from '../../../lib/knowledge/types';
import { readSourceFile } from '../../../scripts/source-files';

function compileBundled(): KnowledgePack {
  const dir = new URL('../../../sources/', import.meta.url);
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  return compileSources(files.map((f) => readSourceFile(f, readFileSync(new URL(f, dir), 'utf8'))));
}

const pack = compileBundled();
const byName = (name: string): Entity => {
  const entity = pack.entities.find((e) => e.name === name);
  if (!entity) throw new Error(`No entity ${name}; have ${pack.entities.map((e) => e.name).join(', ')}`);
  return entity;
};

describe('the bundled article, compiled', () => {
  it('cites its publisher and date, with a title derived from its first sentence', () => {
    expect(pack.sources).toHaveLength(1);
    expect(pack.sources[0]).toMatchObject({ publisher: 'Shafaq News', date: '2024-08-04', title: 'Blinken delivered a strong warning to al-Sudani' });
  });

  it('finds the people, with full names, titles stripped, and roles as of the source date', () => {
    const people = pack.entities.filter((e) => e.type === 'person').map((e) => e.name);
    expect(people.sort()).toEqual(['Antony Blinken', 'Benjamin Netanyahu', 'Fouad Shukur', 'Ismail Haniyeh', 'Mohammed Shia al-Sudani']);
    expect(byName('Antony Blinken').roles).toEqual([{ title: 'US Secretary of State', sourceId: pack.sources[0]!.id, asOf: '2024-08-04' }]);
    expect(byName('Mohammed Shia al-Sudani').roles.map((r) => r.title)).toEqual(['Iraqi Prime Minister']);
    expect(byName('Benjamin Netanyahu').roles.map((r) => r.title)).toEqual(['Israeli Prime Minister']);
    expect(byName('Ismail Haniyeh').roles.map((r) => r.title)).toEqual(['Hamas politburo head']);
    expect(byName('Fouad Shukur').roles.map((r) => r.title)).toEqual(['Hezbollah commander']);
    expect(byName('Mohammed Shia al-Sudani').affiliations).toEqual(['Iraqi']);
  });

  it('collects aliases: surnames, particles, acronyms and the publisher', () => {
    expect(byName('Antony Blinken').aliases).toEqual(['Blinken']);
    expect(byName('Mohammed Shia al-Sudani').aliases.sort()).toEqual(['Al-Sudani', 'al-Sudani']);
    expect(byName('Popular Mobilization Forces').aliases).toEqual(['PMF']);
    expect(byName('Shafaq News Agency').aliases).toEqual(['Shafaq News']);
  });

  it('tells organizations from places, and keeps generic phrases out', () => {
    const organizations = pack.entities.filter((e) => e.type === 'organization').map((e) => e.name);
    expect(organizations.sort()).toEqual(['Axis of Resistance', 'Hamas', 'Hezbollah', 'Popular Mobilization Forces', 'Shafaq News Agency']);
    const places = pack.entities.filter((e) => e.type === 'place').map((e) => e.name);
    expect(places).toEqual(expect.arrayContaining(['Iraq', 'Iran', 'Israel', 'Lebanon', 'Gaza', 'Tehran', 'Beirut', 'Middle East', 'United States']));
    const names = pack.entities.flatMap((e) => [e.name, ...e.aliases]);
    for (const generic of ['Prime Minister', 'Iraqi Prime Minister', 'Western', 'The source', 'Sunday', 'Iraqi', 'Islamic', 'Concerns']) {
      expect(names).not.toContain(generic);
    }
  });

  it('quotes facts exactly, at their offsets in the source text', () => {
    const text = pack.sources[0]!.text;
    for (const entity of pack.entities) {
      expect(entity.facts.length).toBeGreaterThan(0);
      for (const fact of entity.facts) expect(text.slice(fact.start, fact.end)).toBe(fact.text);
    }
    expect(byName('Mohammed Shia al-Sudani').facts).toHaveLength(6);
  });

  it('dates the events: on the day, before it, and after it', () => {
    const timeline = pack.events.map((e) => [e.when.relation, e.when.date, e.when.precision]);
    expect(timeline).toEqual([
      ['before', '2024-08-04', 'day'],
      ['on', '2024-08-04', 'day'],
      ['after', '2024-08-04', 'day'],
    ]);
    const names = (ids: string[]) => ids.map((id) => pack.entities.find((e) => e.id === id)!.name).sort();
    expect(names(pack.events[0]!.entityIds)).toEqual(['Fouad Shukur', 'Hamas', 'Hezbollah', 'Ismail Haniyeh']);
    expect(names(pack.events[0]!.placeIds)).toEqual(['Beirut', 'Tehran']);
    expect(pack.events[0]!.summary).toBe('The assassination of Hamas politburo head Ismail Haniyeh in Tehran and Hezbollah commander Fouad Shukur in Beirut');
    expect(names(pack.events[1]!.entityIds)).toEqual(['Antony Blinken', 'Mohammed Shia al-Sudani']);
  });

  it('relates people to their organizations and to whom they dealt with', () => {
    const haniyeh = byName('Ismail Haniyeh');
    const hamas = byName('Hamas');
    expect(haniyeh.related).toContainEqual(expect.objectContaining({ entityId: hamas.id, kind: 'role', label: 'politburo head' }));
    expect(hamas.related).toContainEqual(expect.objectContaining({ entityId: haniyeh.id, kind: 'role' }));
    expect(byName('Antony Blinken').related).toContainEqual(expect.objectContaining({ entityId: byName('Mohammed Shia al-Sudani').id, kind: 'event' }));
  });

  it('is deterministic and needs no overrides', () => {
    expect(JSON.stringify(compileBundled())).toBe(JSON.stringify(pack));
    expect(pack.overrides).toBe(0);
    expect(pack.warnings).toEqual([]);
  });
});

import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { mergePacks } from '../../../lib/knowledge/merge';
import schema from '../../../lib/knowledge/pack-schema.json';
import type { KnowledgePack } from '../../../lib/knowledge/types';
import { compileFixture, fixtureFiles } from '../../support/fixture-scores';

const validate = new Ajv2020({ allErrors: true }).compile(schema);
const packs = fixtureFiles().map(compileFixture);

function checkIntegrity(pack: KnowledgePack): string[] {
  const problems: string[] = [];
  const ids = new Set(pack.entities.map((e) => e.id));
  const texts = new Map(pack.sources.map((s) => [s.id, s.text]));
  const quotes = [...pack.entities.flatMap((e) => e.facts), ...pack.events.map((e) => e.quote)];
  for (const q of quotes) if (texts.get(q.sourceId)?.slice(q.start, q.end) !== q.text) problems.push(`quote ${q.sourceId}@${q.start} is not its source's text`);
  for (const e of pack.entities) for (const r of e.related) if (!ids.has(r.entityId)) problems.push(`${e.id} relates to unknown ${r.entityId}`);
  for (const ev of pack.events) for (const id of [...ev.entityIds, ...ev.placeIds]) if (!ids.has(id)) problems.push(`${ev.id} names unknown ${id}`);
  if (new Set(pack.entities.map((e) => e.id)).size !== pack.entities.length) problems.push('entity ids repeat');
  return problems;
}

describe('the knowledge pack schema', () => {
  it('describes every compiled pack, and a merged one', () => {
    for (const pack of [...packs, mergePacks(packs)]) {
      expect(validate(pack), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    }
  });

  it('rejects what the types forbid', () => {
    const [pack] = packs;
    expect(validate({ ...pack, version: 2 })).toBe(false);
    expect(validate({ ...pack, entities: [{ ...pack!.entities[0], type: 'animal' }] })).toBe(false);
    expect(validate({ ...pack, extra: true })).toBe(false);
  });

  it('keeps every pack whole: quotes are their source text, references resolve', () => {
    for (const pack of [...packs, mergePacks(packs)]) expect(checkIntegrity(pack)).toEqual([]);
  });
});

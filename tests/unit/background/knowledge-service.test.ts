import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { KnowledgeService } from '../../../lib/background/knowledge-service';
import { fromExtensionPages, isExtensionPage, sameOrigin } from '../../../lib/background/senders';
import { SourceError } from '../../../lib/knowledge/source-format';
import { PACK_VERSION, type KnowledgePack } from '../../../lib/knowledge/types';
import { correctionsItem, listSources, readSource } from '../../../lib/sources/source-store';

const bundled = (): KnowledgePack => ({ version: PACK_VERSION, sources: [], entities: [], events: [], overrides: 0, warnings: [] });
const article = (who: string, publisher: string) => ({
  text: `${who}, the chief executive of Vistula Rail, said on Tuesday that the freight operator would cut its diesel fleet by half.`,
  bodyStart: 0,
  publisher,
  date: '2025-03-12',
  warnings: [],
});

describe('the knowledge service', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps every source when several are added at once', async () => {
    const service = new KnowledgeService(bundled());
    await Promise.all([service.add(article('Marta Kowalczyk', 'Baltic Ledger')), service.add(article('Piotr Zielinski', 'Gdansk Daily')), service.add(article('Anna Nowak', 'Warsaw Wire'))]);
    expect((await listSources()).map((r) => r.publisher).sort()).toEqual(['Baltic Ledger', 'Gdansk Daily', 'Warsaw Wire']);
  });

  it('compiles a restored source again from its text rather than trusting the pack it is given', async () => {
    const service = new KnowledgeService(bundled());
    const record = await service.add(article('Marta Kowalczyk', 'Baltic Ledger'));
    const removed = (await service.remove(record.id))!;
    const forged = { ...removed.data.pack, entities: [{ ...removed.data.pack.entities[0]!, name: '<img src=x onerror=alert(1)>' }] };
    await service.restore({ record: { ...removed.record, entityCount: 9999 }, data: { ...removed.data, pack: forged } });
    const [restored] = await listSources();
    expect(restored!.entityCount).toBe(removed.record.entityCount);
    expect((await readSource(record.id))!.pack.entities.map((e) => e.name)).toContain('Marta Kowalczyk');
  });

  it('refuses input without text, and shortens what is too long to show', async () => {
    const service = new KnowledgeService(bundled());
    await expect(service.add({ text: '  ', bodyStart: 0, warnings: [] })).rejects.toBeInstanceOf(SourceError);
    await expect(service.preview({ text: 'Marta Kowalczyk spoke.', bodyStart: 99, warnings: [] })).rejects.toThrow('The source is damaged (its text start is out of range).');
    const record = await service.add({ ...article('Marta Kowalczyk', 'P'.repeat(5000)), title: 'T'.repeat(5000), url: 'javascript:alert(1)' });
    expect(record.title).toHaveLength(500);
    expect(record.publisher).toHaveLength(300);
    expect(record).not.toHaveProperty('url');
  });

  it('deletes source data that no list names, left by a crash between the two writes', async () => {
    await fakeBrowser.storage.local.set({ 'source:lost': { input: {}, pack: bundled() }, sources: [] });
    const service = new KnowledgeService(bundled());
    await service.recompile();
    expect(await fakeBrowser.storage.local.get('source:lost')).toEqual({});
  });

  it('keeps only sound corrections', async () => {
    const service = new KnowledgeService(bundled());
    await service.setCorrections({ hidden: ['tuesday', 7 as unknown as string], merges: [['a', 'b'], ['c'] as unknown as [string, string]] });
    expect(await correctionsItem.getValue()).toEqual({ hidden: ['tuesday'], merges: [['a', 'b']] });
  });
});

describe('who may change the knowledge', () => {
  const origin = 'chrome-extension://abcdef/';

  it('is Backstory’s own pages, not content scripts in web pages', () => {
    expect(isExtensionPage({ url: `${origin}options.html` }, origin)).toBe(true);
    expect(isExtensionPage({ url: 'https://news.example.org/story' }, origin)).toBe(false);
    expect(isExtensionPage({ url: 'chrome-extension://another/options.html' }, origin)).toBe(false);
    expect(isExtensionPage({}, origin)).toBe(false);
  });

  it('gives the page engine to a frame only from its top page\'s origin', () => {
    expect(sameOrigin('https://news.example.org/embed/story', 'https://news.example.org/')).toBe(true);
    expect(sameOrigin('https://ads.example.net/slot', 'https://news.example.org/')).toBe(false);
    expect(sameOrigin('http://news.example.org/', 'https://news.example.org/')).toBe(false);
    expect(sameOrigin(undefined, 'https://news.example.org/')).toBe(false);
    expect(sameOrigin('not an address', 'https://news.example.org/')).toBe(false);
  });

  it('refuses a message from a web page before its handler runs', () => {
    let ran = false;
    const handler = fromExtensionPages(() => (ran = true));
    expect(() => handler({ data: undefined, sender: { url: 'https://news.example.org/' } })).toThrow('Only Backstory’s own pages may ask this.');
    expect(ran).toBe(false);
  });
});

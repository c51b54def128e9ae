import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { KnowledgeService } from '../../lib/background/knowledge-service';
import { MAX_SOURCE_CHARS, readSource } from '../../lib/knowledge/source-format';
import { PACK_VERSION, type KnowledgePack } from '../../lib/knowledge/types';
import { DEFAULT_SETTINGS, getSettings, updateSettings } from '../../lib/settings';
import { EXPORT_FORMAT, ImportError, MAX_EXPORT_BYTES, MAX_EXPORT_SOURCES, parseExportFile, type ExportFile } from '../../lib/sources/export-file';
import { correctionsItem, listSources } from '../../lib/sources/source-store';

const TEXT = `---
title: Vistula Rail names a new chief
publisher: Baltic Ledger
date: 2025-03-12
url: https://news.example.org/vistula
---

Marta Kowalczyk, the chief executive of Vistula Rail, said on Tuesday that the freight operator would cut its diesel fleet by half.`;

const source = () => ({ input: readSource(TEXT, { fileName: 'vistula.md' }), enabled: true, addedAt: '2025-03-13T09:00:00.000Z' });

function exportFile(change: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    format: EXPORT_FORMAT,
    version: 1,
    exportedAt: '2025-03-13T10:00:00.000Z',
    settings: { ...DEFAULT_SETTINGS, hoverDelayMs: 450, disabledSites: ['example.com'] },
    corrections: { hidden: ['tuesday'], merges: [['marta kowalczyk', 'm kowalczyk']] },
    sources: [source()],
    ...change,
  };
}

/** A file whose first source's input is changed. */
const withInput = (change: Record<string, unknown>) => exportFile({ sources: [{ ...source(), input: { ...source().input, ...change } }] });

const refusal = (value: unknown) => {
  try {
    parseExportFile(typeof value === 'string' ? value : JSON.stringify(value));
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return (error as Error).message;
  }
  throw new Error('The file was accepted');
};

describe('the export file', () => {
  it('reads back what was written', () => {
    const file = exportFile() as unknown as ExportFile;
    expect(parseExportFile(JSON.stringify(file))).toEqual(file);
    expect(parseExportFile(JSON.stringify(file, null, 2))).toEqual(file);
  });

  it('keeps sources without the optional fields, and an empty export', () => {
    const bare = { input: { text: 'Plain words about Marta Kowalczyk.', bodyStart: 0, warnings: [] }, enabled: false, addedAt: 'x' };
    expect(parseExportFile(JSON.stringify(exportFile({ sources: [bare] }))).sources).toEqual([bare]);
    expect(parseExportFile(JSON.stringify(exportFile({ sources: [] }))).sources).toEqual([]);
  });

  it('refuses what is not JSON', () => {
    expect(refusal('')).toBe('The file is not a Backstory export (it is not valid JSON).');
    expect(refusal('{"format": "backstory-export",')).toBe('The file is not a Backstory export (it is not valid JSON).');
    expect(refusal('<html>')).toBe('The file is not a Backstory export (it is not valid JSON).');
  });

  it('refuses another format', () => {
    expect(refusal(exportFile({ format: 'something-else' }))).toBe('The file is not a Backstory export.');
    expect(refusal(exportFile({ format: undefined }))).toBe('The file is not a Backstory export.');
    expect(refusal([exportFile()])).toBe('The file is missing or damaged.');
    expect(refusal('null')).toBe('The file is missing or damaged.');
    expect(refusal('"backstory-export"')).toBe('The file is missing or damaged.');
  });

  it('refuses a newer version, saying to update', () => {
    expect(refusal(exportFile({ version: 9 }))).toBe('The file was made by a newer Backstory (format version 9); update Backstory to import it.');
    expect(refusal(exportFile({ version: '1' }))).toMatch(/format version 1\)/u);
  });

  it('refuses a file larger than any honest export before parsing it', () => {
    expect(refusal(' '.repeat(MAX_EXPORT_BYTES + 1))).toBe('The file is too large (over 50 MB).');
  });

  it('refuses a source text over the size limit', () => {
    expect(refusal(withInput({ text: 'a'.repeat(MAX_SOURCE_CHARS + 1), bodyStart: 0 }))).toBe('Source 1 is too large (the limit is 2 million characters).');
    expect(parseExportFile(JSON.stringify(withInput({ text: 'a'.repeat(MAX_SOURCE_CHARS), bodyStart: 0 }))).sources).toHaveLength(1);
  });

  it('drops a date that is not a calendar date, keeping the source', () => {
    for (const date of ['2025-02-30', '12 March 2025', '2025-03-12T10:00:00Z', 20250312, '']) {
      const [imported] = parseExportFile(JSON.stringify(withInput({ date }))).sources;
      expect(imported!.input).not.toHaveProperty('date');
      expect(imported!.input.title).toBe('Vistula Rail names a new chief');
    }
  });

  it('drops an address that is not a web address, keeping the source', () => {
    for (const url of ['javascript:alert(1)', 'JavaScript:alert(document.cookie)', ' javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', 'news.example.org', `https://${'a'.repeat(2001)}`]) {
      expect(parseExportFile(JSON.stringify(withInput({ url }))).sources[0]!.input).not.toHaveProperty('url');
    }
  });

  it('shortens an overlong title or publisher, and drops ones that are not text', () => {
    const [imported] = parseExportFile(JSON.stringify(withInput({ title: 'T'.repeat(10_000), publisher: 42, warnings: ['ok', 7, 'w'.repeat(9_000)] }))).sources;
    expect(imported!.input.title).toHaveLength(500);
    expect(imported!.input).not.toHaveProperty('publisher');
    expect(imported!.input.warnings.map((w) => w.length)).toEqual([2, 500]);
  });

  it('refuses missing or mistyped fields', () => {
    expect(refusal(exportFile({ sources: undefined }))).toBe('The file has no list of sources.');
    expect(refusal(exportFile({ sources: {} }))).toBe('The file has no list of sources.');
    expect(refusal(exportFile({ settings: undefined }))).toBe('The settings is missing or damaged.');
    expect(refusal(exportFile({ corrections: undefined }))).toBe('The corrections is missing or damaged.');
    expect(refusal(exportFile({ exportedAt: undefined }))).toBe('The export date is missing or not text.');
    expect(refusal(exportFile({ sources: [null] }))).toBe('Source 1 is missing or damaged.');
    expect(refusal(exportFile({ sources: [{ enabled: true, addedAt: 'x' }] }))).toBe('Source 1 is missing or damaged.');
    expect(refusal(withInput({ text: undefined }))).toBe('Source 1 has no text.');
    expect(refusal(withInput({ text: ['not', 'text'] }))).toBe('Source 1 has no text.');
    expect(refusal(withInput({ bodyStart: -1 }))).toBe('Source 1 is damaged (its text start is out of range).');
    expect(refusal(withInput({ bodyStart: 1e9 }))).toBe('Source 1 is damaged (its text start is out of range).');
    expect(refusal(exportFile({ sources: [{ ...source(), enabled: 'yes' }] }))).toBe('Source 1 is damaged (enabled is not true or false).');
    expect(refusal(exportFile({ sources: [source(), { ...source(), addedAt: undefined }] }))).toBe("Source 2's date added is missing or not text.");
  });

  it('keeps the sound corrections and drops damaged ones', () => {
    const file = parseExportFile(JSON.stringify(exportFile({ corrections: { hidden: [1, 'tuesday', 'tuesday', ''], merges: [['a'], ['a', 'b'], 'x'] } })));
    expect(file.corrections).toEqual({ hidden: ['tuesday'], merges: [['a', 'b']] });
  });

  it('refuses too many sources', () => {
    const many = Array.from({ length: MAX_EXPORT_SOURCES + 1 }, () => ({ input: { text: 'x', bodyStart: 0, warnings: [] }, enabled: true, addedAt: 'x' }));
    expect(refusal(exportFile({ sources: many }))).toBe(`The file has too many sources (${MAX_EXPORT_SOURCES + 1}; at most ${MAX_EXPORT_SOURCES}).`);
  });

  it('lets no __proto__ key pollute objects, and keeps only known fields', () => {
    const hostile = JSON.stringify(exportFile())
      .replace('{"format"', '{"__proto__":{"polluted":"file"},"constructor":{"prototype":{"polluted":"ctor"}},"format"')
      .replace('"hoverDelayMs"', '"__proto__":{"polluted":"settings"},"hoverDelayMs"')
      .replace('"text"', '"__proto__":{"polluted":"input"},"text"')
      .replace('"hidden"', '"__proto__":{"polluted":"corrections"},"hidden"');
    const file = parseExportFile(hostile);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    for (const part of [file, file.settings, file.corrections, file.sources[0]!, file.sources[0]!.input]) {
      expect(Object.getPrototypeOf(part)).toBe(Object.prototype);
      expect((part as unknown as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.keys(part)).not.toContain('__proto__');
    }
    expect(file.settings).toEqual({ ...DEFAULT_SETTINGS, hoverDelayMs: 450, disabledSites: ['example.com'] });
  });
});

describe('exporting and importing through the background', () => {
  const bundled = (): KnowledgePack => ({ version: PACK_VERSION, sources: [], entities: [], events: [], overrides: 0, warnings: [] });
  beforeEach(async () => {
    await fakeBrowser.storage.local.clear();
  });

  it('brings sources, corrections and settings into an empty browser', async () => {
    const here = new KnowledgeService(bundled());
    await here.add(source().input);
    await here.setCorrections({ hidden: ['tuesday'], merges: [] });
    await updateSettings(() => ({ hoverDelayMs: 700 }));
    const json = JSON.stringify(await here.exportFile());
    const sources = await listSources();

    await fakeBrowser.storage.local.clear();
    const there = new KnowledgeService(bundled());
    expect(await there.importFile(json)).toEqual({ sources: 1 });
    expect((await listSources()).map(({ addedAt: _, ...r }) => r)).toEqual(sources.map(({ addedAt: _, ...r }) => r));
    expect(await correctionsItem.getValue()).toEqual({ hidden: ['tuesday'], merges: [] });
    expect((await getSettings()).hoverDelayMs).toBe(700);
    expect((await there.current()).entities.map((e) => e.name)).toContain('Marta Kowalczyk');
  });

  it('changes nothing when a file is refused', async () => {
    const service = new KnowledgeService(bundled());
    await service.add(source().input);
    // Everything but the stamp the background raises when it rebuilds (which a refused import does not make it do).
    const stored = async () => {
      const { knowledgeStamp: _, ...rest } = await fakeBrowser.storage.local.get(null);
      return rest;
    };
    const before = await stored();
    expect(Object.keys(before).filter((key) => key.startsWith('source'))).toHaveLength(2);
    const hostile = [
      'not json',
      JSON.stringify(exportFile({ version: 9, sources: [] })),
      JSON.stringify(withInput({ text: 'a'.repeat(3_000_000), bodyStart: 0 })),
      JSON.stringify(exportFile({ sources: [source(), { ...source(), input: { ...source().input, bodyStart: -1 } }] })),
    ];
    for (const json of hostile) await expect(service.importFile(json)).rejects.toBeInstanceOf(ImportError);
    expect(await stored()).toEqual(before);
  });
});

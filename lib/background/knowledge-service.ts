import { compileSource } from '../knowledge/compile';
import { applyCorrections, type Corrections } from '../knowledge/corrections';
import { nameKey } from '../name-key';
import { mergePacks } from '../knowledge/merge';
import type { SourceInput } from '../knowledge/source-format';
import type { EventDate, KnowledgePack, SourceDocument } from '../knowledge/types';
import { COMPILER_VERSION } from '../knowledge/version';
import { getSettings, settingsItem } from '../settings';
import { EXPORT_FORMAT, parseExportFile, type ExportFile } from '../sources/export-file';
import { knowledgeStamp } from '../sources/knowledge-stamp';
import {
  correctionsItem,
  listSources,
  readSource,
  removeSource,
  replaceAll,
  saveSource,
  sourceIndex,
  updateRecord,
  type SourceData,
  type SourceRecord,
} from '../sources/source-store';

/** What a source would add, shown before it is saved. */
export interface SourcePreview {
  title: string;
  publisher: string;
  date?: string;
  entities: { name: string; type: string }[];
  events: { when: EventDate; summary: string }[];
  warnings: string[];
  /** Already among the sources (the same text). */
  duplicate: boolean;
}

/**
 * The knowledge: the bundled pack and every enabled source the user added,
 * merged, with the user's corrections applied. It is rebuilt whenever sources
 * or corrections change (in any page), and pages are told by the stamp.
 */
export class KnowledgeService {
  private pack: Promise<KnowledgePack>;

  constructor(private readonly bundled: KnowledgePack) {
    this.pack = this.build();
    sourceIndex.watch(() => this.rebuild());
    correctionsItem.watch(() => this.rebuild());
  }

  current(): Promise<KnowledgePack> {
    return this.pack;
  }

  /** A source by id, also one the user has disabled (it is out of the knowledge, not gone). */
  async source(id: string): Promise<SourceDocument | null> {
    const known = (await this.pack).sources.find((s) => s.id === id);
    return known ?? (await readSource(id))?.pack.sources[0] ?? null;
  }

  /** Compiles what the user gives, without saving it. */
  async preview(input: SourceInput): Promise<SourcePreview> {
    const pack = compileSource(input);
    const source = pack.sources[0]!;
    const known = await listSources();
    return {
      title: source.title,
      publisher: source.publisher,
      ...(source.date ? { date: source.date } : {}),
      entities: pack.entities.filter((e) => e.type !== 'place').map((e) => ({ name: e.name, type: e.type })),
      events: pack.events.map((e) => ({ when: e.when, summary: e.summary })),
      warnings: pack.warnings,
      duplicate: known.some((r) => r.id === source.id) || this.bundled.sources.some((s) => s.id === source.id),
    };
  }

  async add(input: SourceInput): Promise<SourceRecord> {
    const data = compiled(input);
    const record = recordOf(data, { enabled: true, addedAt: new Date().toISOString() });
    await saveSource(record, data);
    return record;
  }

  async rename(id: string, title: string): Promise<void> {
    const stored = await readSource(id);
    const record = (await listSources()).find((r) => r.id === id);
    if (!stored || !record || !title.trim()) return;
    await this.replace(record, compiled({ ...stored.input, title: title.trim() }));
  }

  async setEnabled(id: string, enabled: boolean): Promise<void> {
    await updateRecord(id, { enabled });
  }

  async remove(id: string): Promise<{ record: SourceRecord; data: SourceData } | null> {
    return removeSource(id);
  }

  async restore(removed: { record: SourceRecord; data: SourceData }): Promise<void> {
    await saveSource(removed.record, removed.data);
  }

  /** Compiles every added source again with this version of the compiler (after an upgrade). */
  async recompile(onlyOutdated = false): Promise<number> {
    let count = 0;
    for (const record of await listSources()) {
      if (onlyOutdated && record.compiledWith >= COMPILER_VERSION) continue;
      const stored = await readSource(record.id);
      if (!stored) continue;
      await this.replace(record, compiled(stored.input));
      count++;
    }
    return count;
  }

  async hideEntity(name: string): Promise<void> {
    const corrections = await correctionsItem.getValue();
    const key = nameKey(name);
    if (!corrections.hidden.includes(key)) await correctionsItem.setValue({ ...corrections, hidden: [...corrections.hidden, key] });
  }

  async mergeEntities(a: string, b: string): Promise<void> {
    const corrections = await correctionsItem.getValue();
    await correctionsItem.setValue({ ...corrections, merges: [...corrections.merges, [nameKey(a), nameKey(b)]] });
  }

  async setCorrections(corrections: Corrections): Promise<void> {
    await correctionsItem.setValue(corrections);
  }

  async exportFile(): Promise<ExportFile> {
    const sources = [];
    for (const record of await listSources()) {
      const stored = await readSource(record.id);
      if (stored) sources.push({ input: stored.input, enabled: record.enabled, addedAt: record.addedAt });
    }
    return {
      format: EXPORT_FORMAT,
      version: 1,
      exportedAt: new Date().toISOString(),
      settings: await getSettings(),
      corrections: await correctionsItem.getValue(),
      sources,
    };
  }

  /** Imports a file in full or not at all: everything is checked and compiled before anything is written. */
  async importFile(json: string): Promise<{ sources: number }> {
    const file = parseExportFile(json);
    const sources = file.sources.map((s) => {
      const data = compiled(s.input);
      return { record: recordOf(data, { enabled: s.enabled, addedAt: s.addedAt }), data };
    });
    await replaceAll(sources, file.corrections);
    await settingsItem.setValue(file.settings);
    await this.rebuild();
    return { sources: sources.length };
  }

  /** A source compiled anew; a change to its date or text gives it a new id, and the old one goes. */
  private async replace(old: SourceRecord, data: SourceData): Promise<void> {
    const record = recordOf(data, old);
    await saveSource(record, data);
    if (record.id !== old.id) await removeSource(old.id);
  }

  private rebuild(): Promise<KnowledgePack> {
    this.pack = this.build();
    return this.pack.then(async (pack) => {
      await knowledgeStamp.setValue(Date.now());
      return pack;
    });
  }

  private async build(): Promise<KnowledgePack> {
    const packs = [this.bundled];
    for (const record of await listSources()) {
      if (!record.enabled) continue;
      const stored = await readSource(record.id);
      if (stored) packs.push(stored.pack);
    }
    return applyCorrections(mergePacks(packs), await correctionsItem.getValue());
  }
}

function compiled(input: SourceInput): SourceData {
  return { input, pack: compileSource(input) };
}

function recordOf(data: SourceData, keep: Pick<SourceRecord, 'enabled' | 'addedAt'>): SourceRecord {
  const source = data.pack.sources[0]!;
  return {
    id: source.id,
    title: source.title,
    publisher: source.publisher,
    ...(source.date ? { date: source.date } : {}),
    ...(source.url ? { url: source.url } : {}),
    enabled: keep.enabled,
    addedAt: keep.addedAt,
    compiledWith: COMPILER_VERSION,
    entityCount: data.pack.entities.length,
    eventCount: data.pack.events.length,
    warnings: data.pack.warnings,
  };
}

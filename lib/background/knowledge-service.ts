import { compileSource } from '../knowledge/compile';
import { applyCorrections, normalizeCorrections, type Corrections } from '../knowledge/corrections';
import { mergePacks } from '../knowledge/merge';
import type { SourceInput } from '../knowledge/source-format';
import { normalizeSourceInput } from '../knowledge/source-input';
import type { EventDate, KnowledgePack, SourceDocument } from '../knowledge/types';
import { COMPILER_VERSION } from '../knowledge/version';
import { serialQueue } from '../serial';
import { getSettings, settingsItem } from '../settings';
import { EXPORT_FORMAT, EXPORT_VERSION, parseExportFile, type ExportFile } from '../sources/export-file';
import { markKnowledgeChanged } from '../sources/knowledge-stamp';
import {
  correctionsItem,
  listSources,
  readSource,
  removeOrphans,
  removeSource,
  replaceAll,
  saveSource,
  sourceIndex,
  updateRecord,
  type SourceData,
  type RemovedSource,
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
  /** Changes run one after another: two at once would each read the list of sources and one would lose the other's. */
  private readonly serial = serialQueue();

  constructor(private readonly bundled: KnowledgePack) {
    void this.serial(removeOrphans);
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
    const pack = compileSource(normalizeSourceInput(input));
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

  add(input: SourceInput): Promise<SourceRecord> {
    return this.serial(async () => {
      const data = compiled(normalizeSourceInput(input));
      const record = recordOf(data, { enabled: true, addedAt: new Date().toISOString() });
      await saveSource(record, data);
      return record;
    });
  }

  rename(id: string, title: string): Promise<void> {
    return this.serial(async () => {
      const stored = await readSource(id);
      const record = (await listSources()).find((r) => r.id === id);
      if (!stored || !record || !title.trim()) return;
      await this.replace(record, compiled(normalizeSourceInput({ ...stored.input, title })));
    });
  }

  setEnabled(id: string, enabled: boolean): Promise<void> {
    return this.serial(() => updateRecord(id, { enabled: enabled === true }));
  }

  remove(id: string): Promise<RemovedSource | null> {
    return this.serial(() => removeSource(id));
  }

  /** Brings back a removed source (undo); it is compiled again from its text, not trusted as it came. */
  restore(removed: RemovedSource): Promise<void> {
    return this.serial(async () => {
      const data = compiled(normalizeSourceInput(removed.data.input));
      await saveSource(recordOf(data, { enabled: removed.record.enabled === true, addedAt: String(removed.record.addedAt) }), data);
    });
  }

  /** Compiles every added source again with this version of the compiler (after an upgrade). */
  recompile(onlyOutdated = false): Promise<number> {
    return this.serial(async () => {
      let count = 0;
      for (const record of await listSources()) {
        if (onlyOutdated && record.compiledWith >= COMPILER_VERSION) continue;
        const stored = await readSource(record.id);
        if (!stored) continue;
        await this.replace(record, compiled(normalizeSourceInput(stored.input)));
        count++;
      }
      return count;
    });
  }

  setCorrections(corrections: Corrections): Promise<void> {
    return this.serial(() => correctionsItem.setValue(normalizeCorrections(corrections)));
  }

  async exportFile(): Promise<ExportFile> {
    const sources = [];
    for (const record of await listSources()) {
      const stored = await readSource(record.id);
      if (stored) sources.push({ input: stored.input, enabled: record.enabled, addedAt: record.addedAt });
    }
    return {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: new Date().toISOString(),
      settings: await getSettings(),
      corrections: await correctionsItem.getValue(),
      sources,
    };
  }

  /** Imports a file in full or not at all: everything is checked and compiled before anything is written. */
  importFile(json: string): Promise<{ sources: number }> {
    return this.serial(async () => {
      const file = parseExportFile(json);
      const sources = file.sources.map((s) => {
        const data = compiled(s.input);
        return { record: recordOf(data, { enabled: s.enabled, addedAt: s.addedAt }), data };
      });
      await replaceAll(sources, file.corrections);
      await settingsItem().setValue(file.settings);
      await this.rebuild();
      return { sources: sources.length };
    });
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
      await markKnowledgeChanged();
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

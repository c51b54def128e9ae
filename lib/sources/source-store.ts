import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { Corrections } from '../knowledge/corrections';
import type { SourceInput } from '../knowledge/source-format';
import type { KnowledgePack } from '../knowledge/types';

/** What the sources list shows of a source the user added. */
export interface SourceRecord {
  id: string;
  title: string;
  publisher: string;
  date?: string;
  url?: string;
  enabled: boolean;
  /** ISO timestamp. */
  addedAt: string;
  /** The compiler version its pack came from. */
  compiledWith: number;
  entityCount: number;
  eventCount: number;
  warnings: string[];
}

/** A source's text and metadata as given, and its compiled pack: stored under its own key. */
export interface SourceData {
  input: SourceInput;
  pack: KnowledgePack;
}

/** A removed source, as given back so the removal can be undone. */
export interface RemovedSource {
  record: SourceRecord;
  data: SourceData;
}

/** A source's key in `browser.storage.local`; WXT's storage names the area in front of it. */
const storedKey = (id: string) => `source:${id}`;
const dataKey = (id: string) => `local:${storedKey(id)}` as const;

/**
 * The list of added sources is the commit point: a source's data is written
 * first and listed after, and unlisted first and deleted after, so a crash or
 * a full quota between the two never leaves half a source in the knowledge.
 */
export const sourceIndex = storage.defineItem<SourceRecord[]>('local:sources', { fallback: [], version: 1 });
export const correctionsItem = storage.defineItem<Corrections>('local:corrections', { fallback: { hidden: [], merges: [] }, version: 1 });

export async function listSources(): Promise<SourceRecord[]> {
  return sourceIndex.getValue();
}

export async function readSource(id: string): Promise<SourceData | null> {
  return storage.getItem<SourceData>(dataKey(id));
}

/** Saves a source (new or replaced); throws a QuotaError with a message when storage is full. */
export async function saveSource(record: SourceRecord, data: SourceData): Promise<void> {
  const index = await sourceIndex.getValue();
  try {
    await storage.setItem(dataKey(record.id), data);
    await sourceIndex.setValue([...index.filter((r) => r.id !== record.id), record]);
  } catch (error) {
    if (!index.some((r) => r.id === record.id)) await storage.removeItem(dataKey(record.id)).catch(() => {});
    throw asQuotaError(error);
  }
}

export async function updateRecord(id: string, change: Partial<Pick<SourceRecord, 'enabled' | 'title'>>): Promise<void> {
  const index = await sourceIndex.getValue();
  await sourceIndex.setValue(index.map((r) => (r.id === id ? { ...r, ...change } : r)));
}

/** Removes a source and returns what it was, so the removal can be undone. */
export async function removeSource(id: string): Promise<RemovedSource | null> {
  const index = await sourceIndex.getValue();
  const record = index.find((r) => r.id === id);
  const data = await readSource(id);
  if (!record || !data) return null;
  await sourceIndex.setValue(index.filter((r) => r.id !== id));
  await storage.removeItem(dataKey(id));
  return { record, data };
}

/** Replaces every added source and the corrections at once (an import): one write, all or nothing. */
export async function replaceAll(sources: { record: SourceRecord; data: SourceData }[], corrections: Corrections): Promise<void> {
  const old = await sourceIndex.getValue();
  const items: Record<string, unknown> = {};
  for (const { record, data } of sources) items[storedKey(record.id)] = data;
  items.sources = sources.map((s) => s.record);
  items.corrections = corrections;
  try {
    await browser.storage.local.set(items);
  } catch (error) {
    throw asQuotaError(error);
  }
  const kept = new Set(sources.map((s) => s.record.id));
  await browser.storage.local.remove(old.filter((r) => !kept.has(r.id)).map((r) => storedKey(r.id)));
}

/** Deletes the data of sources the list does not name: what a crash between writing one and listing it left behind. */
export async function removeOrphans(): Promise<void> {
  const listed = new Set((await sourceIndex.getValue()).map((r) => storedKey(r.id)));
  const keys = Object.keys(await browser.storage.local.get(null));
  const orphans = keys.filter((key) => key.startsWith('source:') && !listed.has(key));
  if (orphans.length) await browser.storage.local.remove(orphans);
}

/** Storage that is full, told in words a person can act on. */
class QuotaError extends Error {
  override readonly name = 'QuotaError';
}

function asQuotaError(error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  return /quota/iu.test(message) ? new QuotaError('The browser’s storage for Backstory is full: remove some sources and try again.') : (error as Error);
}

import { normalizeCorrections, type Corrections } from '../knowledge/corrections';
import type { SourceInput } from '../knowledge/source-format';
import { normalizeSourceInput } from '../knowledge/source-input';
import { normalizeSettings, type Settings } from '../settings';

/** One JSON file with everything a user made: their sources (as given), corrections and settings. */
export interface ExportFile {
  format: 'backstory-export';
  version: 1;
  exportedAt: string;
  settings: Settings;
  corrections: Corrections;
  sources: ExportedSource[];
}

export interface ExportedSource {
  input: SourceInput;
  enabled: boolean;
  addedAt: string;
}

export const EXPORT_FORMAT = 'backstory-export';
export const EXPORT_VERSION = 1;
/** Bigger than any honest export of articles; a larger file is refused before it is read. */
export const MAX_EXPORT_BYTES = 50_000_000;
export const MAX_EXPORT_SOURCES = 2_000;

/** A file Backstory will not import, with the reason in plain words. */
export class ImportError extends Error {
  override readonly name = 'ImportError';
}

/**
 * Reads an export file, checking every field before anything is trusted:
 * format and version, types, sizes, dates, addresses. Throws ImportError.
 */
export function parseExportFile(json: string): ExportFile {
  if (json.length > MAX_EXPORT_BYTES) throw new ImportError(`The file is too large (over ${MAX_EXPORT_BYTES / 1e6} MB).`);
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new ImportError('The file is not a Backstory export (it is not valid JSON).');
  }
  const file = object(data, 'The file');
  if (file.format !== EXPORT_FORMAT) throw new ImportError('The file is not a Backstory export.');
  if (file.version !== EXPORT_VERSION) throw new ImportError(`The file was made by a newer Backstory (format version ${String(file.version)}); update Backstory to import it.`);
  const sources = file.sources;
  if (!Array.isArray(sources)) throw new ImportError('The file has no list of sources.');
  if (sources.length > MAX_EXPORT_SOURCES) throw new ImportError(`The file has too many sources (${sources.length}; at most ${MAX_EXPORT_SOURCES}).`);
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: text(file.exportedAt, 'The export date', 40),
    settings: normalizeSettings(object(file.settings, 'The settings')),
    corrections: normalizeCorrections(object(file.corrections, 'The corrections')),
    sources: sources.map((s, i) => exportedSource(s, i + 1)),
  };
}

function exportedSource(value: unknown, n: number): ExportedSource {
  const source = object(value, `Source ${n}`);
  let input: SourceInput;
  try {
    input = normalizeSourceInput(object(source.input, `Source ${n}`), `Source ${n}`);
  } catch (error) {
    throw new ImportError((error as Error).message);
  }
  if (typeof source.enabled !== 'boolean') throw new ImportError(`Source ${n} is damaged (enabled is not true or false).`);
  return { input, enabled: source.enabled, addedAt: text(source.addedAt, `Source ${n}'s date added`, 40) };
}

function object(value: unknown, what: string): Record<string, unknown> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new ImportError(`${what} is missing or damaged.`);
  return value as Record<string, unknown>;
}

function text(value: unknown, what: string, max: number): string {
  if (typeof value !== 'string') throw new ImportError(`${what} is missing or not text.`);
  if (value.length > max) throw new ImportError(`${what} is too long.`);
  return value;
}

import { isCalendarDate } from './calendar-date';
import { MAX_SOURCE_CHARS, SourceError, type SourceInput } from './source-format';

const MAX_TITLE = 500;
const MAX_PUBLISHER = 300;
const MAX_URL = 2000;
const MAX_WARNINGS = 50;
const MAX_WARNING = 500;

/**
 * A source input as it arrives in a message or a file, made safe to compile
 * and store: the text and where its body starts must be sound (else a
 * SourceError says why); a title, publisher, date or address that is not
 * sound is dropped or shortened, since the source reads well without it.
 */
export function normalizeSourceInput(value: unknown, name = 'The source'): SourceInput {
  const v = (value && typeof value === 'object' ? value : {}) as Partial<Record<keyof SourceInput, unknown>>;
  if (typeof v.text !== 'string' || !v.text.trim()) throw new SourceError(`${name} has no text.`);
  if (v.text.length > MAX_SOURCE_CHARS) throw new SourceError(`${name} is too large (the limit is ${MAX_SOURCE_CHARS / 1e6} million characters).`);
  const bodyStart = v.bodyStart;
  if (typeof bodyStart !== 'number' || !Number.isInteger(bodyStart) || bodyStart < 0 || bodyStart > v.text.length) {
    throw new SourceError(`${name} is damaged (its text start is out of range).`);
  }
  const input: SourceInput = { text: v.text, bodyStart, warnings: warnings(v.warnings) };
  const title = shortText(v.title, MAX_TITLE);
  const publisher = shortText(v.publisher, MAX_PUBLISHER);
  if (title) input.title = title;
  if (publisher) input.publisher = publisher;
  if (typeof v.date === 'string' && isCalendarDate(v.date)) input.date = v.date;
  if (typeof v.url === 'string' && v.url.length <= MAX_URL && /^https?:\/\/\S+$/iu.test(v.url)) input.url = v.url;
  return input;
}

function shortText(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/\s+/gu, ' ').trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text || undefined;
}

function warnings(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((w): w is string => typeof w === 'string')
    .slice(0, MAX_WARNINGS)
    .map((w) => shortText(w, MAX_WARNING) ?? '')
    .filter(Boolean);
}

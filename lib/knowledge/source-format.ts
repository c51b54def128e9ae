import { isCalendarDate } from './dates';
import type { CalendarDate } from './types';

/** A source document's text and what it says about itself, ready to compile. */
export interface SourceInput {
  text: string;
  /** Where the article's own words start. */
  bodyStart: number;
  title?: string;
  publisher?: string;
  date?: CalendarDate;
  url?: string;
  warnings: string[];
}

// The bundled format: "date 2024-08-04 Shafaq News/ On Sunday, …".
const BUNDLED_HEADER = /^\s*date\s+(\S+)\s+([^/\n]{1,120}?)\s*\/\s*/u;
const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/u;

/** Reads the bundled header or front matter of a plain-text source. */
export function readPlainSource(raw: string): SourceInput {
  const header = BUNDLED_HEADER.exec(raw);
  if (header) return withDate({ text: raw, bodyStart: header[0].length, publisher: header[2]!.trim(), warnings: [] }, header[1]!);
  const front = FRONT_MATTER.exec(raw);
  if (front) return fromFrontMatter(raw, front[0].length, front[1]!);
  return { text: raw, bodyStart: leadingSpace(raw, 0), warnings: ['The document states no date or publisher.'] };
}

function fromFrontMatter(raw: string, bodyStart: number, block: string): SourceInput {
  const fields = new Map<string, string>();
  for (const line of block.split(/\r?\n/u)) {
    const field = /^([A-Za-z_]+)\s*:\s*(.*)$/u.exec(line);
    if (field) fields.set(field[1]!.toLowerCase(), unquote(field[2]!.trim()));
  }
  const input: SourceInput = { text: raw, bodyStart: leadingSpace(raw, bodyStart), warnings: [] };
  const title = fields.get('title');
  const publisher = fields.get('publisher') ?? fields.get('source') ?? fields.get('site');
  const url = fields.get('url');
  if (title) input.title = title;
  if (publisher) input.publisher = publisher;
  else input.warnings.push('The document names no publisher.');
  if (url) input.url = url;
  return withDate(input, fields.get('date'));
}

function withDate(input: SourceInput, date: string | undefined): SourceInput {
  const day = date?.slice(0, 10);
  if (day && isCalendarDate(day)) input.date = day;
  else input.warnings.push(date ? `The date "${date}" is not a calendar date (YYYY-MM-DD).` : 'The document states no date.');
  return input;
}

function unquote(value: string): string {
  return /^(["']).*\1$/u.test(value) ? value.slice(1, -1) : value;
}

function leadingSpace(text: string, from: number): number {
  return from + (/^\s*/u.exec(text.slice(from))?.[0].length ?? 0);
}

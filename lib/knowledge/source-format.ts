import { isCalendarDate } from './calendar-date';
import { badDate, NO_DATE, NO_DATE_OR_PUBLISHER, NO_PUBLISHER } from './source-details';
import { readHtmlArticle, type HtmlArticle } from './html-source';
import { markdownToText } from './markdown';
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

type SourceFormat = 'plain' | 'markdown' | 'html';

export interface ReadOptions {
  /** Used to tell the format by its ending (`.md`, `.html`); the content decides otherwise. */
  fileName?: string;
  /** Where the document came from, if it was a web page. */
  url?: string;
  /** Turns HTML into a Document: DOMParser in a browser, linkedom in Node. */
  parseHtml?: (html: string) => Document;
}

/** A document Backstory cannot read, with a message for the person who gave it. */
export class SourceError extends Error {
  override readonly name = 'SourceError';
}

/** Larger than any article: a bigger file is refused rather than read for minutes. */
export const MAX_SOURCE_CHARS = 2_000_000;

// The bundled format: "date 2024-08-04 Shafaq News/ On Sunday, …".
const BUNDLED_HEADER = /^\s*date\s+(\S+)\s+([^/\n]{1,120}?)\s*\/\s*/u;
const FRONT_MATTER = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)/u;
const HTML_START = /^\s*(?:<!doctype html|<html|<head|<body|<article|<meta|<!--)/iu;

/** Reads a source document in any supported format; throws `SourceError` for what cannot be read. */
export function readSource(raw: string, options: ReadOptions = {}): SourceInput {
  const text = cleanText(raw);
  checkReadable(text, raw.length);
  switch (formatOf(text, options.fileName)) {
    case 'html':
      return readHtml(text, options);
    case 'markdown':
      return readMarkdown(text);
    case 'plain':
      return readPlain(text);
  }
}

function formatOf(text: string, fileName = ''): SourceFormat {
  if (/\.html?$/iu.test(fileName) || (!/\.(?:txt|md|markdown)$/iu.test(fileName) && HTML_START.test(text))) return 'html';
  if (/\.(?:md|markdown)$/iu.test(fileName)) return 'markdown';
  return 'plain';
}

function cleanText(raw: string): string {
  return raw.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n').normalize('NFC');
}

function checkReadable(text: string, size: number): void {
  if (size > MAX_SOURCE_CHARS) {
    throw new SourceError(`The document is too large (${(size / 1e6).toFixed(1)} million characters; the limit is ${MAX_SOURCE_CHARS / 1e6} million).`);
  }
  if (!/[\p{L}\p{N}]/u.test(text)) throw new SourceError('The document has no text.');
  const sample = text.slice(0, 10_000);
  // eslint-disable-next-line no-control-regex -- control characters are how a binary file gives itself away
  const control = sample.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/gu)?.length ?? 0;
  if (control > sample.length * 0.01) throw new SourceError('The document is not text (it looks like a binary file).');
}

function readPlain(text: string): SourceInput {
  const header = BUNDLED_HEADER.exec(text);
  if (header) return withDate({ text, bodyStart: header[0].length, publisher: header[2]!.trim(), warnings: [] }, header[1]);
  const front = FRONT_MATTER.exec(text);
  if (front) return withFields({ text, bodyStart: skipSpace(text, front[0].length), warnings: [] }, frontMatter(front[1]!));
  return { text, bodyStart: skipSpace(text, 0), warnings: [NO_DATE_OR_PUBLISHER] };
}

function readMarkdown(markdown: string): SourceInput {
  const front = FRONT_MATTER.exec(markdown);
  const { text, heading } = markdownToText(front ? markdown.slice(front[0].length) : markdown);
  const fields = front ? frontMatter(front[1]!) : new Map<string, string>();
  if (heading && !fields.has('title')) fields.set('title', heading);
  return withFields({ text, bodyStart: 0, warnings: [] }, fields);
}

function readHtml(html: string, options: ReadOptions): SourceInput {
  if (!options.parseHtml) throw new SourceError('HTML documents can only be read where a DOM is available.');
  const article = readHtmlArticle(html, options.parseHtml, options.url);
  if (!article) throw new SourceError('No article text was found in the page.');
  return sourceOfArticle(article);
}

/** A web page's article as a source: its text, and the title, publisher, date and address it states. */
export function sourceOfArticle(article: HtmlArticle): SourceInput {
  const fields = new Map<string, string>();
  for (const key of ['title', 'publisher', 'date', 'url'] as const) {
    if (article[key]) fields.set(key, article[key]!);
  }
  return withFields({ text: article.text, bodyStart: 0, warnings: [] }, fields);
}

function frontMatter(block: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const line of block.split('\n')) {
    const field = /^([A-Za-z_]+)\s*:\s*(.*)$/u.exec(line);
    if (field) fields.set(field[1]!.toLowerCase(), unquote(field[2]!.trim()));
  }
  return fields;
}

function withFields(input: SourceInput, fields: Map<string, string>): SourceInput {
  const title = fields.get('title');
  const publisher = fields.get('publisher') ?? fields.get('source') ?? fields.get('site');
  const url = fields.get('url');
  if (title) input.title = title;
  if (publisher) input.publisher = publisher;
  else input.warnings.push(NO_PUBLISHER);
  if (url) input.url = url;
  return withDate(input, fields.get('date'));
}

/** A date as the document states it; a timestamp keeps the publisher's own calendar day. */
function withDate(input: SourceInput, date: string | undefined): SourceInput {
  const day = date?.slice(0, 10);
  if (day && isCalendarDate(day)) input.date = day;
  else input.warnings.push(date ? badDate(date) : NO_DATE);
  return input;
}

function unquote(value: string): string {
  return /^(["']).*\1$/u.test(value) ? value.slice(1, -1) : value;
}

function skipSpace(text: string, from: number): number {
  return from + (/^\s*/u.exec(text.slice(from))?.[0].length ?? 0);
}

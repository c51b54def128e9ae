import { isCalendarDate } from './calendar-date';
import type { SourceInput } from './source-format';

// What a document that does not say its date or publisher is told; details the user gives answer them (withDetails).
export const NO_DATE = 'The document states no date.';
export const NO_PUBLISHER = 'The document names no publisher.';
export const NO_DATE_OR_PUBLISHER = 'The document states no date or publisher.';
export const badDate = (date: string) => `The date "${date}" is not a calendar date (YYYY-MM-DD).`;
export const BAD_DATE = /^The date ".*" is not a calendar date/u;

/** What the user may say about a document that says nothing about itself. */
export interface SourceDetails {
  title?: string;
  publisher?: string;
  date?: string;
}

/** A source with the title, publisher and date the user gave; the warnings they answer go. */
export function withDetails(input: SourceInput, details: SourceDetails): SourceInput {
  const title = details.title?.trim();
  const publisher = details.publisher?.trim();
  const date = details.date && isCalendarDate(details.date) ? details.date : undefined;
  const result: SourceInput = { ...input, warnings: [] };
  if (title) result.title = title;
  if (publisher) result.publisher = publisher;
  if (date) result.date = date;
  for (const warning of input.warnings) {
    if (warning === NO_DATE_OR_PUBLISHER) {
      if (!date && !publisher) result.warnings.push(warning);
      else if (!date) result.warnings.push(NO_DATE);
      else if (!publisher) result.warnings.push(NO_PUBLISHER);
    } else if (warning === NO_DATE || BAD_DATE.test(warning)) {
      if (!date) result.warnings.push(warning);
    } else if (warning === NO_PUBLISHER) {
      if (!publisher) result.warnings.push(warning);
    } else result.warnings.push(warning);
  }
  return result;
}

import type { DateRelation, DatePrecision, TimelineEvent } from './types';

const RELATION_ORDER: Record<DateRelation, number> = { before: 0, on: 1, after: 2 };
const PRECISION_ORDER: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };

/**
 * Oldest first. "Before 2024-08-04" sorts just before 4 August, "after" just
 * after it; a month sorts before its days. Ties keep source order.
 */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  return (
    compareText(a.when.date, b.when.date) ||
    RELATION_ORDER[a.when.relation] - RELATION_ORDER[b.when.relation] ||
    PRECISION_ORDER[a.when.precision] - PRECISION_ORDER[b.when.precision] ||
    compareText(a.quote.sourceId, b.quote.sourceId) ||
    a.quote.start - b.quote.start ||
    compareText(a.id, b.id)
  );
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

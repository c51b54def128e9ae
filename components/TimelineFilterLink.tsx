import type { ComponentChildren } from 'preact';
import { timelinePath, type TimelineFilter } from '../lib/timeline-filter';

export type FilterChange = (filter: TimelineFilter, options?: { replace?: boolean }) => void;

interface TimelineFilterLinkProps {
  /** The filter this link shows. */
  to: TimelineFilter;
  onFilterChange: FilterChange;
  class?: string;
  title?: string;
  'aria-label'?: string;
  'aria-current'?: 'true' | undefined;
  children: ComponentChildren;
}

/**
 * A real link to the timeline with another filter (so it opens in a new tab
 * and can be copied), that filters in place when simply clicked.
 */
export function TimelineFilterLink({ to, onFilterChange, children, ...attributes }: TimelineFilterLinkProps) {
  return (
    <a
      {...attributes}
      href={timelinePath(to)}
      onClick={(event) => {
        if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        onFilterChange(to);
      }}
    >
      {children}
    </a>
  );
}

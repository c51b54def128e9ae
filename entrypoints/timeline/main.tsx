import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { FilterChange } from '../../components/TimelineFilterLink';
import { TimelinePage } from '../../components/TimelinePage';
import { t } from '../../lib/i18n';
import type { TimelineView } from '../../lib/knowledge/views';
import { sendMessage } from '../../lib/messaging';
import { parseTimelineQuery, timelineQuery } from '../../lib/timeline-filter';
import './timeline.css';

/** The timeline page; its filter lives in the address, so reloads, links and Back keep it. */
function Timeline() {
  const [view, setView] = useState<TimelineView | null>();
  const [filter, setFilter] = useState(() => parseTimelineQuery(location.search));
  useEffect(() => {
    sendMessage('getTimeline').then(setView, () => setView(null));
    const onPopState = () => setFilter(parseTimelineQuery(location.search));
    addEventListener('popstate', onPopState);
    return () => removeEventListener('popstate', onPopState);
  }, []);
  const change: FilterChange = (next, { replace = false } = {}) => {
    setFilter(next);
    const address = `${location.pathname}${timelineQuery(next)}`;
    if (replace) history.replaceState(null, '', address);
    else history.pushState(null, '', address);
  };
  return <TimelinePage view={view} filter={filter} onFilterChange={change} />;
}

document.title = t('timelineTitle');
render(<Timeline />, document.getElementById('app')!);

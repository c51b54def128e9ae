import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { SourceViewer } from '../../components/SourceViewer';
import { t } from '../../lib/i18n';
import type { SourceDocument } from '../../lib/knowledge/types';
import { sendMessage } from '../../lib/messaging';
import { readSourceViewerQuery } from '../../lib/source-link';
import './source.css';

/** The source viewer: `source.html?source=ID&start=N&end=M`. */
function Source() {
  const [query] = useState(() => readSourceViewerQuery(location.search));
  const [source, setSource] = useState<SourceDocument | null>();
  useEffect(() => {
    if (!query) return setSource(null);
    sendMessage('getSource', query.sourceId).then(setSource, () => setSource(null));
  }, [query]);
  useEffect(() => {
    document.title = source ? `${source.title} · ${t('sourceTitle')}` : t('sourceTitle');
  }, [source]);
  return <SourceViewer source={source} quote={query?.quote} />;
}

render(<Source />, document.getElementById('app')!);

// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SourceViewer } from '../../../components/SourceViewer';
import { compileSources } from '../../../lib/knowledge/compile';
import type { SourceDocument } from '../../../lib/knowledge/types';
import { readSourceViewerQuery, sourceViewerPath } from '../../../lib/source-link';
import { readSourceFile } from '../../../scripts/source-files';

const file = '2024-08-04-shafaq-news-blinken-warns-al-sudani.txt';
const pack = compileSources([readSourceFile(file, readFileSync(`sources/${file}`, 'utf8'))]);
const source = pack.sources[0]!;
const assassination = pack.events.find((e) => e.summary.startsWith('The assassination'))!.quote;

describe('the source viewer', () => {
  let scrolled: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    scrolled = vi.fn();
    HTMLElement.prototype.scrollIntoView = scrolled as unknown as HTMLElement['scrollIntoView'];
  });
  afterEach(cleanup);

  it('shows the citation and the text in paragraphs, the cited passage marked and scrolled to the middle', () => {
    const { quote } = readSourceViewerQuery(sourceViewerPath(source.id, assassination).split('?')[1]!)!;
    render(<SourceViewer source={source} quote={quote} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Blinken delivered a strong warning to al-Sudani');
    expect(document.querySelector('.bs-src-meta')!.textContent).toBe('Shafaq News, 4 Aug 2024');
    const paragraphs = document.querySelectorAll('.bs-src-text p');
    expect(paragraphs).toHaveLength(7);
    expect(paragraphs[0]!.textContent!.startsWith('On Sunday, US Secretary of State Antony Blinken')).toBe(true);
    expect(document.querySelector('.bs-src-text')!.textContent).not.toContain('date 2024-08-04');
    const marks = document.querySelectorAll('mark');
    expect(marks).toHaveLength(1);
    expect(marks[0]!.textContent).toBe(assassination.text);
    expect(marks[0]!.closest('p')).toBe(paragraphs[5]);
    expect(scrolled).toHaveBeenCalledWith({ block: 'center' });
    expect(scrolled.mock.contexts[0]).toBe(marks[0]);
  });

  it('goes back to the passage on request, focusing it for screen readers', () => {
    render(<SourceViewer source={source} quote={assassination} />);
    fireEvent.click(screen.getByRole('button', { name: 'Go to the cited passage' }));
    expect(document.activeElement).toBe(document.querySelector('mark'));
    expect(scrolled).toHaveBeenCalledTimes(2);
  });

  it('shows the text without a mark when no passage is cited', () => {
    render(<SourceViewer source={source} />);
    expect(document.querySelector('mark')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Go to the cited passage' })).toBeNull();
    expect(scrolled).not.toHaveBeenCalled();
    expect(screen.getByRole('link', { name: 'Back to the timeline' }).getAttribute('href')).toBe('timeline.html');
  });

  it('renders untrusted source text as text, never as markup', () => {
    const text = 'date 2024-01-01 Evil Times/ Hello <img src=x onerror=alert(1)> world.\n\n<script>alert(2)</script><b>bold</b>';
    const evil: SourceDocument = {
      id: 'evil',
      title: '<img src=x onerror=alert(3)>',
      publisher: '<i>Evil</i> Times',
      date: '2024-01-01',
      url: 'javascript:alert(4)',
      text,
      bodyStart: text.indexOf('Hello'),
    };
    const start = text.indexOf('<img');
    render(<SourceViewer source={evil} quote={{ start, end: start + '<img src=x onerror=alert(1)>'.length }} />);
    expect(document.querySelector('img, script, b, i')).toBeNull();
    expect(document.querySelector('mark')!.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(document.querySelector('.bs-src-text')!.textContent).toBe('Hello <img src=x onerror=alert(1)> world.<script>alert(2)</script><b>bold</b>');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('<img src=x onerror=alert(3)>');
    expect(document.querySelector('.bs-src-url a')).toBeNull();
    expect(document.querySelector('.bs-src-url')!.textContent).toBe('Original: javascript:alert(4)');
  });

  it('links an https original without a referrer', () => {
    render(<SourceViewer source={{ ...source, url: 'https://shafaq.com/en/story' }} />);
    const link = screen.getByRole('link', { name: 'https://shafaq.com/en/story' });
    expect(link.getAttribute('href')).toBe('https://shafaq.com/en/story');
    expect(link.getAttribute('rel')).toBe('noreferrer');
  });

  it('says clearly when the source is unknown, and when it is loading', () => {
    render(<SourceViewer source={null} />);
    expect(screen.getByRole('alert').textContent).toBe('This source is not in Backstory’s knowledge.');
    cleanup();
    render(<SourceViewer source={undefined} />);
    expect(screen.getByRole('status').textContent).toBe('Loading…');
  });
});

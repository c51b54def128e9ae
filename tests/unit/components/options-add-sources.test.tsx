// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { looksLikeMarkdown, OptionsAddSources, type OptionsAddSourcesProps } from '../../../components/OptionsAddSources';
import { withDetails } from '../../../lib/knowledge/source-details';
import { KnowledgeService } from '../../../lib/background/knowledge-service';
import { MAX_SOURCE_CHARS, type SourceInput } from '../../../lib/knowledge/source-format';
import { PACK_VERSION } from '../../../lib/knowledge/types';

const MARKDOWN = `---
title: Vistula Rail names a new chief
publisher: Baltic Ledger
date: 2025-03-12
---

# Vistula Rail names a new chief

WARSAW — Marta Kowalczyk, the chief executive of Vistula Rail, said on Tuesday that the freight operator would cut its diesel fleet by half.

Kowalczyk told reporters in Warsaw that the company had lost two large grain contracts in January.
`;

const UNDATED = `Marta Kowalczyk, the chief executive of Vistula Rail, said on Tuesday that the freight operator would cut its diesel fleet.

Kowalczyk told reporters that the company had lost two grain contracts in January.`;

/** The real background service, over the fake browser's storage, answers the page. */
function setup(props: Partial<OptionsAddSourcesProps> = {}) {
  const service = new KnowledgeService({ version: PACK_VERSION, sources: [], entities: [], events: [], overrides: 0, warnings: [] });
  const onPreview = vi.fn<OptionsAddSourcesProps['onPreview']>((input) => service.preview(input));
  const onAdd = vi.fn<OptionsAddSourcesProps['onAdd']>((input) => service.add(input));
  render(<OptionsAddSources onPreview={onPreview} onAdd={onAdd} {...props} />);
  return { onPreview, onAdd, service };
}

function paste(text: string) {
  fireEvent.input(screen.getByRole('textbox', { name: 'Text or Markdown' }), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
}

function chooseFiles(...files: File[]) {
  const input = screen.getByLabelText('Or choose files (.txt, .md, .html)') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  fireEvent.change(input);
}

const draft = (title: string) => screen.getByRole('article', { name: title });

/** The section's polite live region (the page's one role=status is the settings toast). */
const liveStatus = () => document.querySelector('.bs-options-inline-status')!;

describe('adding sources', () => {
  beforeEach(async () => {
    await fakeBrowser.storage.local.clear();
  });
  afterEach(cleanup);

  it('previews pasted Markdown with front matter, then adds it', async () => {
    const { onPreview, onAdd } = setup();
    paste(MARKDOWN);
    const preview = await waitFor(() => draft('Vistula Rail names a new chief'));
    await waitFor(() => expect(preview.getAttribute('aria-busy')).toBeNull());
    expect(onPreview).toHaveBeenCalledOnce();
    expect(onPreview.mock.calls[0]![0]).toMatchObject({ title: 'Vistula Rail names a new chief', publisher: 'Baltic Ledger', date: '2025-03-12', warnings: [] });
    expect(preview.textContent).toContain('Baltic Ledger');
    expect(preview.textContent).toContain('12 Mar 2025');
    const people = within(preview).getByRole('heading', { level: 4, name: 'People' }).nextElementSibling!;
    expect([...people.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Marta Kowalczyk']);
    const events = within(preview).getByRole('heading', { level: 4, name: 'Events' }).nextElementSibling!;
    expect(events.textContent).toContain('Marta Kowalczyk, the chief executive of Vistula Rail, said on Tuesday');
    expect(within(preview).queryByRole('list', { name: 'Warnings' })).toBeNull();
    expect(within(preview).queryByLabelText(/states no date/u)).toBeNull();
    expect((screen.getByRole('textbox', { name: 'Text or Markdown' }) as HTMLTextAreaElement).value).toBe('');

    fireEvent.click(within(preview).getByRole('button', { name: 'Add “Vistula Rail names a new chief”' }));
    await waitFor(() => expect(liveStatus().textContent).toBe('Added “Vistula Rail names a new chief”.'));
    expect(onAdd).toHaveBeenCalledWith(onPreview.mock.calls[0]![0]);
    expect(screen.queryByRole('article')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Add sources' }));
  });

  it('asks for the date of an undated text, applies it and previews again without the warning', async () => {
    const { onPreview } = setup();
    paste(UNDATED);
    await waitFor(() => expect(screen.getByLabelText('The document states no date. When was it published?')).toBeTruthy());
    const preview = screen.getByRole('article');
    expect(preview.textContent).toContain('No date');
    expect(within(preview).getByRole('list', { name: 'Warnings' }).textContent).toBe('The document states no date or publisher.');

    fireEvent.click(within(preview).getByRole('button', { name: 'Use this date' }));
    expect(within(preview).getByRole('alert').textContent).toBe('Choose a date first.');
    expect(onPreview).toHaveBeenCalledOnce();

    fireEvent.input(screen.getByLabelText('The document states no date. When was it published?'), { target: { value: '2025-03-12' } });
    fireEvent.click(within(preview).getByRole('button', { name: 'Use this date' }));
    await waitFor(() => expect(onPreview).toHaveBeenCalledTimes(2));
    expect(onPreview.mock.calls[1]![0]).toMatchObject({ date: '2025-03-12', warnings: ['The document names no publisher.'] });
    await waitFor(() => expect(screen.queryByLabelText('The document states no date. When was it published?')).toBeNull());
    expect(preview.querySelector('.bs-options-source-meta time')!.textContent).toBe('12 Mar 2025');
    expect(within(preview).getByRole('list', { name: 'Warnings' }).textContent).toBe('The document names no publisher.');
  });

  it('takes a title, publisher and date for plain text from the form', async () => {
    const { onPreview } = setup();
    fireEvent.input(screen.getByRole('textbox', { name: 'Title' }), { target: { value: 'Rail cuts' } });
    fireEvent.input(screen.getByRole('textbox', { name: 'Publisher' }), { target: { value: 'Baltic Ledger' } });
    fireEvent.input(screen.getByLabelText('Date'), { target: { value: '2025-03-12' } });
    paste(UNDATED);
    await waitFor(() => expect(onPreview).toHaveBeenCalledOnce());
    expect(onPreview.mock.calls[0]![0]).toMatchObject({ title: 'Rail cuts', publisher: 'Baltic Ledger', date: '2025-03-12', warnings: [] });
    const preview = await waitFor(() => draft('Rail cuts'));
    await waitFor(() => expect(preview.textContent).toContain('Baltic Ledger'));
    expect((screen.getByRole('textbox', { name: 'Title' }) as HTMLInputElement).value).toBe('');
  });

  it('flags a duplicate and does not offer to add it again', async () => {
    const { service } = setup();
    await service.add(withDetails({ text: UNDATED, bodyStart: 0, warnings: ['The document states no date or publisher.'] }, {}));
    paste(UNDATED);
    await waitFor(() => expect(screen.getByText('Already among the sources.')).toBeTruthy());
    const add = within(screen.getByRole('article')).getByRole('button', { name: /^Add/u }) as HTMLButtonElement;
    expect(add.disabled).toBe(true);
    fireEvent.click(within(screen.getByRole('article')).getByRole('button', { name: /^Discard/u }));
    expect(screen.queryByRole('article')).toBeNull();
  });

  it('shows an error from the background, and keeps the preview', async () => {
    setup({ onAdd: () => Promise.reject(new Error('The browser’s storage for Backstory is full: remove some sources and try again.')) });
    paste(MARKDOWN);
    const preview = await waitFor(() => draft('Vistula Rail names a new chief'));
    await waitFor(() => expect(preview.getAttribute('aria-busy')).toBeNull());
    fireEvent.click(within(preview).getByRole('button', { name: /^Add/u }));
    await waitFor(() =>
      expect(within(preview).getByRole('alert').textContent).toBe('Couldn’t add it: The browser’s storage for Backstory is full: remove some sources and try again.'),
    );
    expect(screen.getByRole('article')).toBe(preview);
  });

  it('says plainly what is wrong with pasted text, and keeps it', () => {
    const { onPreview } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
    expect(screen.getAllByRole('alert')[0]!.textContent).toBe('Paste a document’s text first.');
    paste('— … —');
    expect(screen.getAllByRole('alert')[0]!.textContent).toBe('The document has no text.');
    expect((screen.getByRole('textbox', { name: 'Text or Markdown' }) as HTMLTextAreaElement).value).toBe('— … —');
    expect(screen.getByRole('textbox', { name: 'Text or Markdown' }).getAttribute('aria-invalid')).toBe('true');
    paste('a'.repeat(MAX_SOURCE_CHARS + 1));
    expect(screen.getAllByRole('alert')[0]!.textContent).toBe('“Pasted text” is too large: the limit is 2 million characters.');
    expect(onPreview).not.toHaveBeenCalled();
  });

  it('reads several files at once, each previewed or refused on its own', async () => {
    const { onPreview } = setup();
    const binary = new File([`\u0000\u0001\u0002PNG${'\u0003'.repeat(50)}`], 'photo.txt', { type: 'text/plain' });
    const html = new File(
      [
        `<!doctype html><html><head><title>Rail chief</title><meta property="og:site_name" content="Baltic Ledger"></head><body><article><h1>Rail chief</h1><p>${UNDATED.replace('\n\n', '</p><p>')}</p><p>${'The board met again on Wednesday to discuss the plan and its costs. '.repeat(4)}</p></article></body></html>`,
      ],
      'story.html',
    );
    chooseFiles(new File([MARKDOWN], 'vistula.md'), binary, html);
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(3));
    await waitFor(() => expect(screen.getAllByRole('article').every((a) => a.getAttribute('aria-busy') === null)).toBe(true));
    const [md, bin, page] = screen.getAllByRole('article') as [HTMLElement, HTMLElement, HTMLElement];
    expect(within(md).getByRole('heading', { level: 3 }).textContent).toBe('Vistula Rail names a new chief');
    expect(md.textContent).toContain('vistula.md');
    expect(within(bin).getByRole('heading', { level: 3 }).textContent).toBe('photo.txt');
    expect(within(bin).getByRole('alert').textContent).toBe('The document is not text (it looks like a binary file).');
    expect(within(bin).queryByRole('button', { name: /^Add/u })).toBeNull();
    expect(page.textContent).toContain('story.html');
    expect(page.textContent).toContain('Marta Kowalczyk');
    expect(onPreview).toHaveBeenCalledTimes(2);
  });

  it('refuses a file over the size limit, without reading a file that cannot fit', async () => {
    const { onPreview } = setup();
    const huge = new File(['x'], 'huge.txt');
    Object.defineProperty(huge, 'size', { value: MAX_SOURCE_CHARS * 3 + 1 });
    const read = vi.spyOn(huge, 'text');
    const long = new File(['a'.repeat(MAX_SOURCE_CHARS + 1)], 'long.txt');
    chooseFiles(huge, long);
    await waitFor(() => expect(screen.getAllByRole('alert').map((a) => a.textContent)).toContain('“long.txt” is too large: the limit is 2 million characters.'));
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toContain('“huge.txt” is too large: the limit is 2 million characters.');
    expect(read).not.toHaveBeenCalled();
    expect(onPreview).not.toHaveBeenCalled();
  });

  it('shows source text containing markup as literal text', async () => {
    setup();
    const evil = '<img src=x onerror=alert(1)>';
    paste(`---\ntitle: ${evil}\npublisher: <b>Evil</b> Times\ndate: 2025-03-12\n---\n\nMarta Kowalczyk, the chief executive of Vistula Rail, said on Tuesday ${evil} that the fleet would shrink.`);
    const preview = await waitFor(() => draft(evil));
    await waitFor(() => expect(preview.getAttribute('aria-busy')).toBeNull());
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('b')).toBeNull();
    expect(within(preview).getByRole('heading', { level: 3 }).textContent).toBe(evil);
    expect(preview.textContent).toContain('<b>Evil</b> Times');
    expect(preview.querySelector('.bs-options-events')!.textContent).toContain(evil);
  });
});

describe('what the user says about a source', () => {
  const plain: SourceInput = { text: 'x', bodyStart: 0, warnings: ['The document states no date or publisher.'] };

  it('answers the warnings it settles', () => {
    expect(withDetails(plain, {}).warnings).toEqual(['The document states no date or publisher.']);
    expect(withDetails(plain, { date: '2025-03-12' })).toMatchObject({ date: '2025-03-12', warnings: ['The document names no publisher.'] });
    expect(withDetails(plain, { publisher: ' Ledger ' })).toMatchObject({ publisher: 'Ledger', warnings: ['The document states no date.'] });
    expect(withDetails(plain, { publisher: 'L', date: '2025-03-12', title: ' T ' })).toMatchObject({ title: 'T', warnings: [] });
    expect(withDetails({ ...plain, warnings: ['The date "soon" is not a calendar date (YYYY-MM-DD).', 'Other'] }, { date: '2025-03-12' }).warnings).toEqual(['Other']);
    expect(withDetails(plain, { date: '2025-02-30' })).not.toHaveProperty('date');
  });

  it('tells Markdown from plain text', () => {
    expect(looksLikeMarkdown('# Title\n\nText')).toBe(true);
    expect(looksLikeMarkdown('Some **bold** claim')).toBe(true);
    expect(looksLikeMarkdown('See [the report](https://example.com).')).toBe(true);
    expect(looksLikeMarkdown('- one\n- two')).toBe(true);
    expect(looksLikeMarkdown('Plain prose, with 3 * 4 = 12 and a #hashtag.')).toBe(false);
    expect(looksLikeMarkdown('date 2024-08-04 Shafaq News/ On Sunday…')).toBe(false);
  });
});

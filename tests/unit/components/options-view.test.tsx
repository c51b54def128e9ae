// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { normalizeSite } from '../../../components/OptionsSiteList';
import { OptionsView, type OptionsViewProps } from '../../../components/OptionsView';
import type { EntityRef } from '../../../lib/knowledge/views';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings';

const names: Record<string, EntityRef> = {
  'person:antony-blinken': { id: 'person:antony-blinken', name: 'Antony Blinken', type: 'person' },
  'organization:hezbollah': { id: 'organization:hezbollah', name: 'Hezbollah', type: 'organization' },
};

function setup(settings: Partial<Settings> = {}, props: Partial<OptionsViewProps> = {}) {
  const onChange = vi.fn<OptionsViewProps['onChange']>(() => Promise.resolve());
  const onReset = vi.fn<OptionsViewProps['onReset']>(() => Promise.resolve());
  const onDeleteAll = vi.fn<OptionsViewProps['onDeleteAll']>(() => Promise.resolve());
  const view = render(
    <OptionsView settings={{ ...DEFAULT_SETTINGS, ...settings }} names={names} onChange={onChange} onReset={onReset} onDeleteAll={onDeleteAll} {...props} />,
  );
  return { onChange, onReset, onDeleteAll, view };
}

/** The section under a level-2 heading. */
const section = (heading: string) => screen.getByRole('heading', { level: 2, name: heading }).closest('section')!;
/** The site list under a level-3 heading. */
const siteList = (heading: string) => screen.getByRole('heading', { level: 3, name: heading }).closest('section')!;

describe('site input', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  Example.COM  ', 'example.com'],
    ['https://www.example.com/news/story?id=3#top', 'www.example.com'],
    ['http://localhost:8080/', 'localhost'],
    ['news.example.co.uk/world', 'news.example.co.uk'],
    ['example.com:3000', 'example.com'],
    ['example.com.', 'example.com'],
    ['bücher.de', 'xn--bcher-kva.de'],
    ['127.0.0.1', '127.0.0.1'],
    ['http://[::1]:8000/', '[::1]'],
    ['my_host.internal', 'my_host.internal'],
  ])('keeps the host name of %j', (input, site) => {
    expect(normalizeSite(input)).toEqual({ site });
  });

  it.each(['', '   '])('refuses %j as empty', (input) => {
    expect(normalizeSite(input)).toEqual({ error: 'empty' });
  });

  it.each(['not a site', 'exa mple.com', 'ftp://example.com', 'file:///home/me/page.html', 'chrome://extensions', 'https://', '123', '-example.com', 'example..com', '*.example.com', 'javascript:alert(1)'])(
    'refuses %j as invalid',
    (input) => {
      expect(normalizeSite(input)).toEqual({ error: 'invalid' });
    },
  );
});

describe('the options view', () => {
  afterEach(cleanup);

  it('shows the settings it is given', () => {
    setup({ hoverDelayMs: 450, highlightStyle: 'background', disabledSites: ['example.com'], wholePageSites: ['news.example.org'] });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Backstory options');
    const slider = screen.getByRole('slider', { name: 'Hover delay before a card shows' }) as HTMLInputElement;
    expect(slider.value).toBe('450');
    expect(slider.getAttribute('aria-valuetext')).toBe('450 ms');
    expect(document.querySelector('.bs-options-value')!.textContent).toBe('450 ms');
    expect((screen.getByRole('checkbox', { name: 'People' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'Organizations' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'Places' }) as HTMLInputElement).checked).toBe(false);
    expect((screen.getByRole('radio', { name: 'Background' }) as HTMLInputElement).checked).toBe(true);
    expect(within(siteList('Off on these sites')).getByRole('listitem').textContent).toContain('example.com');
    expect(within(siteList('Search the whole page on these sites, not only the article')).getByRole('listitem').textContent).toContain('news.example.org');
    expect(section('Keyboard').textContent).toContain('Alt+Shift+.');
    expect(section('Privacy and data').textContent).toContain('no network requests');
  });

  it('saves the hover delay when the slider settles, and shows the value while it moves', async () => {
    const { onChange } = setup();
    const slider = screen.getByRole('slider') as HTMLInputElement;
    expect([slider.min, slider.max, slider.step]).toEqual(['0', '2000', '50']);
    slider.value = '650';
    fireEvent.input(slider);
    await waitFor(() => expect(document.querySelector('.bs-options-value')!.textContent).toBe('650 ms'));
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.change(slider);
    expect(onChange).toHaveBeenCalledWith({ hoverDelayMs: 650 });
  });

  it('saves which kinds of names to highlight', () => {
    const { onChange } = setup();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Organizations' }));
    expect(onChange).toHaveBeenLastCalledWith({ highlightTypes: { person: true, organization: false, place: false } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Places' }));
    expect(onChange).toHaveBeenLastCalledWith({ highlightTypes: { person: true, organization: true, place: true } });
  });

  it('saves the highlight style', () => {
    const { onChange } = setup();
    fireEvent.click(screen.getByRole('radio', { name: 'Background' }));
    expect(onChange).toHaveBeenCalledWith({ highlightStyle: 'background' });
  });

  it('says "Saved." politely once a change is saved', async () => {
    setup();
    const status = screen.getByRole('status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toBe('');
    fireEvent.click(screen.getByRole('radio', { name: 'Background' }));
    await waitFor(() => expect(status.textContent).toBe('Saved.'));
  });

  it('says so when a change cannot be saved', async () => {
    setup({}, { onChange: () => Promise.reject(new Error('quota exceeded')) });
    fireEvent.click(screen.getByRole('checkbox', { name: 'People' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Couldn’t save: quota exceeded'));
  });

  it('adds a site from an address, keeping its host name', () => {
    const { onChange } = setup({ disabledSites: ['example.com'] });
    const list = siteList('Off on these sites');
    const input = within(list).getByRole('textbox') as HTMLInputElement;
    fireEvent.input(input, { target: { value: 'https://News.Example.org/world/story.html' } });
    fireEvent.click(within(list).getByRole('button', { name: /^Add/u }));
    expect(onChange).toHaveBeenCalledWith({ disabledSites: ['example.com', 'news.example.org'] });
    expect(input.value).toBe('');
  });

  it('adds a whole-page site when Enter is pressed in the field', () => {
    const { onChange } = setup();
    const list = siteList('Search the whole page on these sites, not only the article');
    const input = within(list).getByRole('textbox');
    fireEvent.input(input, { target: { value: 'example.net' } });
    fireEvent.submit(input.closest('form')!);
    expect(onChange).toHaveBeenCalledWith({ wholePageSites: ['example.net'] });
  });

  it('refuses an empty, invalid or listed site with a message', () => {
    const { onChange } = setup({ disabledSites: ['example.com'] });
    const list = siteList('Off on these sites');
    const input = within(list).getByRole('textbox');
    const add = within(list).getByRole('button', { name: /^Add/u });
    const error = () => within(list).getByRole('alert').textContent;

    fireEvent.click(add);
    expect(error()).toBe('Type a site’s address or host name first.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe(within(list).getByRole('alert').id);

    fireEvent.input(input, { target: { value: 'not a site' } });
    expect(error()).toBe('');
    fireEvent.click(add);
    expect(error()).toBe('“not a site” is not a web address or host name.');

    fireEvent.input(input, { target: { value: 'https://example.com/page' } });
    fireEvent.click(add);
    expect(error()).toBe('example.com is already in this list.');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('removes a site, and names the site on its button', () => {
    const { onChange } = setup({ disabledSites: ['a.example', 'b.example'] });
    fireEvent.click(screen.getByRole('button', { name: 'Remove a.example' }));
    expect(onChange).toHaveBeenCalledWith({ disabledSites: ['b.example'] });
  });

  it('moves focus to the next Remove button once a site is gone, then to the field', () => {
    const { onChange, view } = setup({ disabledSites: ['a.example', 'b.example'] });
    const rerender = (disabledSites: string[]) =>
      view.rerender(<OptionsView settings={{ ...DEFAULT_SETTINGS, disabledSites }} names={names} onChange={onChange} onReset={vi.fn()} onDeleteAll={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Remove a.example' }));
    rerender(['b.example']);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remove b.example' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove b.example' }));
    rerender([]);
    expect(document.activeElement).toBe(within(siteList('Off on these sites')).getByRole('textbox'));
    expect(within(siteList('Off on these sites')).getByText('None.')).toBeTruthy();
  });

  it('lists hidden names as the knowledge writes them (the key when unknown) and shows one again', () => {
    const { onChange } = setup({ hiddenNames: ['hezbollah', 'someone gone', 'antony blinken'] });
    const hidden = section('Names you chose not to highlight');
    expect(within(hidden).getAllByRole('listitem').map((li) => li.firstChild!.textContent)).toEqual(['Antony Blinken', 'Hezbollah', 'someone gone']);
    fireEvent.click(within(hidden).getByRole('button', { name: 'Highlight Hezbollah again' }));
    expect(onChange).toHaveBeenCalledWith({ hiddenNames: ['someone gone', 'antony blinken'] });
  });

  it('says None. when no name is hidden', () => {
    setup();
    expect(within(section('Names you chose not to highlight')).getByText('None.')).toBeTruthy();
  });

  it('resets the options', async () => {
    const { onReset } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Reset options' }));
    expect(onReset).toHaveBeenCalledOnce();
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved.'));
  });

  it('deletes all data only once the user confirms', async () => {
    const confirm = vi.fn(() => false);
    const { onDeleteAll } = setup({}, { confirm });
    const button = screen.getByRole('button', { name: 'Delete all data' });
    fireEvent.click(button);
    expect(confirm).toHaveBeenCalledWith('Delete all of Backstory’s data, including your settings?');
    expect(onDeleteAll).not.toHaveBeenCalled();
    confirm.mockReturnValue(true);
    fireEvent.click(button);
    expect(onDeleteAll).toHaveBeenCalledOnce();
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('All data deleted. Options are back to their defaults.'));
  });

  it('asks with window.confirm by default', () => {
    const confirm = vi.fn(() => false);
    vi.stubGlobal('confirm', confirm);
    const { onDeleteAll } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Delete all data' }));
    expect(confirm).toHaveBeenCalledOnce();
    expect(onDeleteAll).not.toHaveBeenCalled();
    vi.unstubAllGlobals();
  });
});

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type BrowserPage, type ExtensionBrowser } from '../../scripts/extension-browser';
import { waitForHighlights } from '../../scripts/page-probes';
import type { Settings } from '../../lib/settings';
import { BROWSERS, clickOn, openExtensionPage, useBrowser } from './harness';
import { testPages } from './pages';

const SLIDER = 'input[type="range"]';
const openOptions = (browser: ExtensionBrowser) => openExtensionPage(browser, 'options.html', '.bs-options');

/** The settings as stored, read from an extension page. */
function storedSettings(page: BrowserPage): Promise<Partial<Settings> | undefined> {
  return page.evaluate(async () => {
    const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
    return (await api.storage.local.get('settings')).settings as Partial<Settings> | undefined;
  });
}

async function waitForStored(page: BrowserPage, test: (settings: Partial<Settings>) => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  let last: Partial<Settings> | undefined;
  while (!((last = await storedSettings(page)) && test(last))) {
    if (Date.now() > deadline) throw new Error(`Settings never had ${what}; stored: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe.each(BROWSERS)('the options page in %s', (name) => {
  const harness = useBrowser(name, testPages);

  it('is declared as the options page, opened in a tab', async () => {
    const page = await openOptions(harness.browser);
    const ui = await page.evaluate(() => {
      const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      return api.runtime.getManifest().options_ui;
    });
    expect(ui).toMatchObject({ open_in_tab: true });
    expect(ui?.page).toMatch(/^(?:moz-extension:\/\/[^/]+\/)?options\.html$/u);
    expect(await page.evaluate(() => document.title)).toBe('Backstory options');
    await page.close();
  });

  it('changes what an open article highlights, without a reload', async () => {
    const article = await harness.browser.newPage(harness.url('/article'));
    await waitForHighlights(article);
    await article.waitFor(() => CSS.highlights.has('backstory-person') && CSS.highlights.has('backstory-organization'));
    await article.evaluate(() => {
      (window as unknown as { sameDocument: boolean }).sameDocument = true;
    });

    const options = await openOptions(harness.browser);
    await clickOn(options, 'input[type="checkbox"][value="organization"]');
    await clickOn(options, 'input[type="radio"][value="background"]');
    await waitForStored(options, (s) => s.highlightTypes?.organization === false && s.highlightStyle === 'background', 'organizations off and the background style');
    expect(
      await options.evaluate(() => ({
        organization: document.querySelector<HTMLInputElement>('input[value="organization"]')!.checked,
        background: document.querySelector<HTMLInputElement>('input[value="background"]')!.checked,
        status: document.querySelector('[role="status"]')!.textContent,
      })),
    ).toEqual({ organization: false, background: true, status: 'Saved.' });

    await article.waitFor(() => {
      const names = [...CSS.highlights.keys()];
      return names.includes('backstory-person-fill') && !names.some((n) => n.startsWith('backstory-organization'));
    });
    const names = await article.evaluate(() => [...CSS.highlights.keys()].filter((n) => n.startsWith('backstory')));
    expect(names).toContain('backstory-person-fill');
    expect(names).not.toContain('backstory-person');
    expect(names.filter((n) => n.startsWith('backstory-organization'))).toEqual([]);
    expect(await article.evaluate(() => [...CSS.highlights.get('backstory-person-fill')!].length)).toBeGreaterThan(0);
    expect(await article.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);

    await clickOn(options, 'button', 'Reset options');
    await waitForStored(options, (s) => s.highlightTypes?.organization === true && s.highlightStyle === 'underline', 'the defaults back');
    await article.waitFor(() => CSS.highlights.has('backstory-organization') && CSS.highlights.has('backstory-person'));
    await options.close();
    await article.close();
  });

  it('follows changes made elsewhere, and deletes all data once confirmed', async () => {
    const options = await openOptions(harness.browser);
    const elsewhere = await openOptions(harness.browser);
    await elsewhere.evaluate(async () => {
      const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      const { settings } = await api.storage.local.get('settings');
      await api.storage.local.set({ settings: { ...(settings as object), hiddenNames: ['nobody known'], disabledSites: ['example.com'] } });
    });
    await options.waitFor(() => document.body.textContent!.includes('nobody known') && document.body.textContent!.includes('example.com'));
    await elsewhere.close();

    await options.evaluate(() => {
      window.confirm = () => true;
    });
    await clickOn(options, 'button', 'Delete all data');
    await options.waitFor(() => document.querySelector('[role="status"]')?.textContent?.startsWith('All data deleted'));
    expect(await options.evaluate(() => document.body.textContent!.includes('nobody known'))).toBe(false);
    expect(await options.evaluate(() => document.querySelector<HTMLInputElement>('input[type="range"]')!.value)).toBe('300');
    expect(
      await options.evaluate(async () => {
        const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
        return Object.keys(await api.storage.local.get(null));
      }),
    ).toEqual([]);
    await options.close();
  });
});

describe.each(BROWSERS)('options across a restart of %s', (name) => {
  let profileDir: string;
  let browser: ExtensionBrowser | undefined;
  beforeAll(async () => {
    profileDir = await mkdtemp(join(tmpdir(), 'backstory-options-profile-'));
  });
  afterAll(async () => {
    await browser?.close();
    await rm(profileDir, { recursive: true, force: true });
  });

  it('keeps the hover delay and the sites Backstory is off on', async () => {
    browser = await launchWithExtension(name, { profileDir });
    let options = await openOptions(browser);
    await options.evaluate((s) => document.querySelector<HTMLInputElement>(s)!.focus(), SLIDER);
    for (let i = 0; i < 3; i++) await options.press('ArrowRight');
    // The first site list is "Off on these sites".
    await clickOn(options, '.bs-options-sites input');
    for (const key of 'https://News.Example.org/world') await options.press(key);
    await options.press('Enter');
    await options.waitFor(() => document.querySelector('.bs-options-sites .bs-options-item')?.textContent?.includes('news.example.org'));
    await waitForStored(options, (s) => s.hoverDelayMs === 450 && s.disabledSites?.includes('news.example.org') === true, 'a 450 ms delay and news.example.org off');
    await browser.close();
    browser = undefined;

    browser = await launchWithExtension(name, { profileDir });
    options = await openOptions(browser);
    const shown = await options.evaluate((slider) => ({
      delay: document.querySelector<HTMLInputElement>(slider)!.value,
      delayText: document.querySelector('.bs-options-value')!.textContent,
      disabledSites: [...document.querySelector('.bs-options-sites')!.querySelectorAll('.bs-options-item-label')].map((e) => e.textContent),
    }), SLIDER);
    expect(shown, `stored after the restart: ${JSON.stringify(await storedSettings(options))}`).toEqual({
      delay: '450',
      delayText: '450 ms',
      disabledSites: ['news.example.org'],
    });
  });
});

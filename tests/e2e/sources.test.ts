import { mkdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { paragraphsHtml } from '../../scripts/demo-page';
import { launchWithExtension, type BrowserPage, type ExtensionBrowser } from '../../scripts/extension-browser';
import { hoverMention, paintedRanges, waitForCard } from '../../scripts/page-probes';
import type { Route } from '../../scripts/serve';
import { BROWSERS, clickOn, openExtensionPage, useBrowser } from './harness';
import { testPages } from './pages';

const SCREENSHOTS = '.output/screenshots';
const TITLE = 'Vistula Rail will halve its diesel fleet';
const PUBLISHER = 'Baltic Ledger';

/** An invented news story, in Markdown with front matter, about an invented person. */
const SOURCE = `---
title: ${TITLE}
publisher: ${PUBLISHER}
date: 2025-03-12
---

# ${TITLE}

WARSAW — Marta Kowalczyk, the chief executive of Vistula Rail, said on Tuesday that the freight operator would cut its diesel fleet by half before 2027.

Kowalczyk told reporters in Warsaw that the company had lost two large grain contracts in January. "We waited too long to change," she said.

The board of **Vistula Rail** appointed Kowalczyk in 2023 after the previous chief, Tomasz Wielgus, resigned over delays on the Gdansk line.
`;

/** A page on another day that mentions her: Backstory knows her only from the source the user adds. */
const STORY = [
  'Freight customers in northern Poland said on Monday that they had not yet been told which routes would lose their diesel trains, a week after Marta Kowalczyk announced the cuts in Warsaw and promised a timetable within a month.',
  'Grain traders in the port of Gdansk said the uncertainty had already pushed some of them towards road hauliers, whose prices have risen sharply since the autumn. Several said they would wait for the timetable before signing new contracts for the harvest.',
  'A spokesman for the operator said Kowalczyk would meet the largest customers next week and that no route would close before the end of the year. He declined to say how many drivers would be retrained for electric locomotives.',
  'Unions representing the drivers have asked for talks on the retraining plan, which they say was drawn up without them. They have not called a strike, but said they would ballot their members if the talks did not begin by April.',
];
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Rail customers wait for timetable</title></head>
<body><header><p>The Harbour Courier</p></header><main><article><h1>Rail customers wait for timetable</h1>
${paragraphsHtml(STORY)}
</article></main></body></html>`;

const routes = new Map<string, Route>([...testPages, ['/rail-story', { body: PAGE }]]);

// The bundled source is always listed, once the knowledge has loaded.
const openOptions = (browser: ExtensionBrowser) => openExtensionPage(browser, 'options.html', '.bs-options-source');

/** The titles in the sources list: the bundled ones marked as such. */
function listedSources(page: BrowserPage): Promise<{ title: string; bundled: boolean; meta: string }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.bs-options-source')].map((item) => ({
      title: item.querySelector('h3')?.textContent ?? '',
      bundled: item.querySelector('.bs-options-tag')?.textContent === 'Bundled',
      meta: item.querySelector('.bs-options-source-meta')?.textContent ?? '',
    })),
  );
}

/** What of the page Backstory paints as a person. */
async function personHighlights(page: BrowserPage): Promise<string[]> {
  return ((await paintedRanges(page))['backstory-person'] ?? []).map((r) => r.text);
}

/** Hands a file to a file input, as a file picker would, and tells the page it changed. */
function chooseFile(page: BrowserPage, selector: string, file: { name: string; text: string }): Promise<void> {
  return page.evaluate(
    ([s, name, text]) => {
      const input = document.querySelector<HTMLInputElement>(s)!;
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type: 'application/json' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    [selector, file.name, file.text] as const,
  );
}

const IMPORT = 'input[type="file"][accept=".json,application/json"]';

/** Waits until the names painted as people are `names` (the highlight holds static ranges: they are read through a Range). */
function waitForPeople(page: BrowserPage, names: string[]): Promise<void> {
  return page.waitFor(
    (expected) =>
      JSON.stringify(
        [...(CSS.highlights.get('backstory-person') ?? [])].map((r) => {
          const range = document.createRange();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          return range.toString();
        }),
      ) === expected,
    JSON.stringify(names),
  );
}

async function hoverKowalczyk(page: BrowserPage): Promise<string> {
  // A tab in the background gets no pointer events.
  await page.bringToFront();
  await hoverMention(page, 'backstory-person', (await personHighlights(page)).findIndex((text) => text.includes('Kowalczyk')));
  return waitForCard(page, PUBLISHER);
}

describe.each(BROWSERS)('your own sources in %s', (name) => {
  const harness = useBrowser(name, routes);
  let exported = '';
  let fresh: ExtensionBrowser | undefined;
  afterAll(async () => {
    await fresh?.close();
  });

  it('adds a pasted Markdown source after a preview; a page mentioning its person is highlighted, and no more once it is deleted', async () => {
    const story = await harness.browser.newPage(harness.url('/rail-story'));
    await story.evaluate(() => {
      (window as unknown as { sameDocument: boolean }).sameDocument = true;
    });
    const options = await openOptions(harness.browser);
    expect((await listedSources(options)).map((s) => s.bundled)).toEqual([true]);
    // Nothing about her is known yet.
    expect(await personHighlights(story)).toEqual([]);

    await options.evaluate((text) => {
      const area = document.querySelector('textarea')!;
      area.value = text;
      area.dispatchEvent(new Event('input', { bubbles: true }));
    }, SOURCE);
    await clickOn(options, '.bs-options-paste button[type="submit"]');
    await options.waitFor(
      (title) => {
        const draft = document.querySelector('.bs-options-draft');
        return draft?.querySelector('h3')?.textContent === title && draft.getAttribute('aria-busy') === null && draft.querySelector('.bs-options-names');
      },
      TITLE,
    );
    const preview = await options.evaluate(() => {
      const draft = document.querySelector('.bs-options-draft')!;
      return {
        meta: draft.querySelector('.bs-options-source-meta')!.textContent,
        people: [...draft.querySelectorAll('.bs-options-chip-person')].map((c) => c.textContent),
        events: draft.querySelectorAll('.bs-options-events li').length,
        duplicate: draft.textContent!.includes('Already among the sources.'),
      };
    });
    expect(preview.meta).toBe(`${PUBLISHER}12 Mar 2025`);
    expect(preview.people).toEqual(['Marta Kowalczyk', 'Tomasz Wielgus']);
    expect(preview.events).toBeGreaterThan(0);
    expect(preview.duplicate).toBe(false);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await options.screenshot(`${SCREENSHOTS}/options-source-preview-${name}.png`);

    await clickOn(options, `button[aria-label="Add “${TITLE}”"]`);
    await options.waitFor((title) => document.querySelector('.bs-options-drafts')!.nextElementSibling!.textContent === `Added “${title}”.`, TITLE);
    await options.waitFor((title) => [...document.querySelectorAll('.bs-options-source h3')].some((h) => h.textContent === title), TITLE);
    const added = (await listedSources(options)).find((s) => s.title === TITLE)!;
    expect(added).toMatchObject({ bundled: false });
    expect(added.meta).toContain(PUBLISHER);
    expect(added.meta).toContain('12 Mar 2025');

    // View opens the source viewer on it, in a tab of its own.
    const sourceId = await options.evaluate(async () => {
      const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      return ((await api.storage.local.get('sources')).sources as { id: string }[])[0]!.id;
    });
    await clickOn(options, `button[aria-label="View “${TITLE}”"]`);
    await options.waitFor(async (id) => {
      const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      return (await api.tabs.query({})).some((tab) => (tab.url || tab.pendingUrl || '').endsWith(`/source.html?source=${encodeURIComponent(id)}`));
    }, sourceId);
    const viewer = await harness.browser.newPage();
    await viewer.goto(harness.browser.extensionUrl(`source.html?source=${encodeURIComponent(sourceId)}`));
    await viewer.waitFor((title) => document.querySelector('h1')?.textContent === title && document.body.textContent!.includes('Marta Kowalczyk, the chief executive'), TITLE);
    await viewer.close();

    // The open page learns of her without a reload.
    await waitForPeople(story, ['Marta Kowalczyk', 'Kowalczyk']);
    const card = await hoverKowalczyk(story);
    expect(card).toContain('Marta Kowalczyk');
    expect(card).toContain('chief executive of Vistula Rail');
    expect(card).toContain(`${PUBLISHER}, 12 Mar 2025`);
    await story.screenshot(`${SCREENSHOTS}/own-source-card-${name}.png`);

    // Export, while the source is there: the file the browser is handed to save.
    await options.evaluate(() => {
      const saved: { name: string; text: string }[] = [];
      (window as unknown as { saved: typeof saved }).saved = saved;
      HTMLAnchorElement.prototype.click = function click(this: HTMLAnchorElement) {
        const fileName = this.download;
        void fetch(this.href)
          .then((response) => response.text())
          .then((text) => saved.push({ name: fileName, text }));
      };
    });
    await clickOn(options, 'button[aria-describedby$="-export-hint"]');
    await options.waitFor(() => (window as unknown as { saved: unknown[] }).saved.length === 1);
    const [download] = await options.evaluate(() => (window as unknown as { saved: { name: string; text: string }[] }).saved);
    expect(download!.name).toBe('backstory-export.json');
    exported = download!.text;
    const file = JSON.parse(exported) as { format: string; version: number; sources: { input: { title: string; publisher: string; date: string } }[] };
    expect(file).toMatchObject({ format: 'backstory-export', version: 1 });
    expect(file.sources.map((s) => s.input)).toMatchObject([{ title: TITLE, publisher: PUBLISHER, date: '2025-03-12' }]);

    // Delete: the highlight goes; Undo brings it back; delete again.
    await clickOn(options, `button[aria-label="Delete “${TITLE}”"]`);
    await options.waitFor((title) => document.querySelector('.bs-options-status-line .bs-options-inline-status')?.textContent === `Deleted “${title}”.`, TITLE);
    expect(await options.evaluate(() => document.activeElement?.textContent)).toBe('Undo');
    await waitForPeople(story, []);

    await clickOn(options, `button[aria-label="Undo deleting “${TITLE}”"]`);
    await waitForPeople(story, ['Marta Kowalczyk', 'Kowalczyk']);
    await options.waitFor((title) => [...document.querySelectorAll('.bs-options-source h3')].some((h) => h.textContent === title), TITLE);

    await clickOn(options, `button[aria-label="Delete “${TITLE}”"]`);
    await waitForPeople(story, []);
    await options.waitFor((title) => ![...document.querySelectorAll('.bs-options-source h3')].some((h) => h.textContent === title), TITLE);
    expect(await story.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    await options.close();
    await story.close();
  });

  it('imports the export into a fresh browser, which then lists the source and highlights the page', async () => {
    expect(exported, 'the export from the test before').not.toBe('');
    fresh = await launchWithExtension(name);
    const options = await openOptions(fresh);
    await options.evaluate(() => {
      window.confirm = () => true;
    });
    expect((await listedSources(options)).filter((s) => !s.bundled)).toEqual([]);
    await chooseFile(options, IMPORT, { name: 'backstory-export.json', text: exported });
    await options.waitFor(() => document.querySelector('[aria-describedby$="-export-hint"]')?.closest('section')?.querySelector('.bs-options-inline-status')?.textContent === 'Imported 1 source.');
    await options.waitFor((title) => [...document.querySelectorAll('.bs-options-source h3')].some((h) => h.textContent === title), TITLE);
    const mine = (await listedSources(options)).filter((s) => !s.bundled);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.title).toBe(TITLE);
    expect(mine[0]!.meta).toContain(`${PUBLISHER}12 Mar 2025`);

    const story = await fresh.newPage(harness.url('/rail-story'));
    await waitForPeople(story, ['Marta Kowalczyk', 'Kowalczyk']);
    expect(await hoverKowalczyk(story)).toContain(`${PUBLISHER}, 12 Mar 2025`);
    await story.close();
    await options.close();
  });

  it('refuses a hostile or damaged file with a message, and changes nothing', async () => {
    expect(fresh, 'the fresh browser from the test before').toBeDefined();
    const options = await openOptions(fresh!);
    await options.evaluate(() => {
      window.confirm = () => true;
    });
    await options.waitFor((title) => [...document.querySelectorAll('.bs-options-source h3')].some((h) => h.textContent === title), TITLE);
    const before = await listedSources(options);
    const stored = () =>
      options.evaluate(async () => {
        const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
        const { knowledgeStamp: _, ...rest } = await api.storage.local.get(null);
        return JSON.stringify(rest);
      });
    const storedBefore = await stored();

    const file = JSON.parse(exported) as { sources: { input: { text: string; bodyStart: number } }[] };
    const huge = { ...file, sources: [{ ...file.sources[0]!, input: { ...file.sources[0]!.input, text: 'Marta Kowalczyk. '.repeat(180_000), bodyStart: 0 } }] };
    const hostile = [
      { text: 'this is not JSON {', message: 'Couldn’t import: The file is not a Backstory export (it is not valid JSON).' },
      { text: JSON.stringify({ ...file, version: 9, sources: [] }), message: 'Couldn’t import: The file was made by a newer Backstory (format version 9); update Backstory to import it.' },
      { text: JSON.stringify(huge), message: 'Couldn’t import: Source 1 is too large (the limit is 2 million characters).' },
    ];
    expect(hostile[2]!.text.length).toBeGreaterThan(3_000_000);
    for (const { text, message } of hostile) {
      await chooseFile(options, IMPORT, { name: 'hostile.json', text });
      await options.waitFor(
        (m) => document.querySelector('[aria-describedby$="-export-hint"]')?.closest('section')?.querySelector('[role="alert"]')?.textContent === m,
        message,
      );
      expect(await listedSources(options)).toEqual(before);
      expect(await stored()).toBe(storedBefore);
    }
    await options.evaluate((s) => document.querySelector(s)!.closest('section')!.scrollIntoView({ block: 'center' }), IMPORT);
    await options.screenshot(`${SCREENSHOTS}/options-import-refused-${name}.png`);

    const story = await fresh!.newPage(harness.url('/rail-story'));
    await waitForPeople(story, ['Marta Kowalczyk', 'Kowalczyk']);
    await story.close();
    await options.close();
  });
});

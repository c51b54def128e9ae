import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';

type ContentScript = NonNullable<ReturnType<typeof browser.runtime.getManifest>['content_scripts']>[number];
type Target = Parameters<typeof browser.scripting.executeScript>[0]['target'];

/** The page engine's script, as WXT names the content script built from `entrypoints/content`. */
const ENGINE = 'content-scripts/content.js';

/**
 * Tabs open before Backstory was installed or updated have no content script
 * (or an orphaned one); give them the current ones. Pages extensions may not
 * touch (stores, settings) refuse, and are left alone.
 */
export async function injectIntoOpenTabs(): Promise<void> {
  const scripts = browser.runtime.getManifest().content_scripts ?? [];
  const tabs = await browser.tabs.query({ url: ['http://*/*', 'https://*/*'] });
  await Promise.all(
    tabs.flatMap((tab) =>
      tab.id === undefined || tab.discarded ? [] : scripts.map((script) => inject(script, { tabId: tab.id!, allFrames: script.all_frames === true })),
    ),
  );
}

/**
 * Gives one frame of a tab the page engine, as the manifest gives it to top
 * pages: a frame from the page's own site (an article in an iframe) asks for
 * it, and frames from other sites (ads, players) never pay for it.
 */
export async function injectEngine(tabId: number, frameId: number, documentId?: string): Promise<void> {
  // Firefox gives the manifest's paths as full moz-extension: addresses.
  const engine = (browser.runtime.getManifest().content_scripts ?? []).find((script) => script.js?.some((path) => path.endsWith(ENGINE)));
  // Chrome names the document that asked: a frame that has navigated elsewhere since (to an ad) is not given the engine.
  if (engine) await inject(engine, documentId ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [frameId] });
}

async function inject(script: ContentScript, target: Target): Promise<void> {
  if (!script.js?.length) return;
  try {
    if (script.css?.length) await browser.scripting.insertCSS({ target, files: script.css });
    // The manifest's own paths, which the typed API cannot know at compile time.
    await browser.scripting.executeScript({ target, files: script.js as ScriptPublicPath[] });
  } catch {
    // A page that forbids extensions: the popup explains what to do there.
  }
}

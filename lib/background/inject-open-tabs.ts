import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';

/**
 * Tabs open before Backstory was installed or updated have no content script
 * (or an orphaned one); give them the current one. Pages extensions may not
 * touch (stores, settings) refuse, and are left alone.
 */
export async function injectIntoOpenTabs(): Promise<void> {
  const script = browser.runtime.getManifest().content_scripts?.[0];
  if (!script?.js?.length) return;
  const tabs = await browser.tabs.query({ url: ['http://*/*', 'https://*/*'] });
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined || tab.discarded) return;
      const target = { tabId: tab.id, allFrames: script.all_frames === true };
      try {
        if (script.css?.length) await browser.scripting.insertCSS({ target, files: script.css });
        // The manifest's own paths, which the typed API cannot know at compile time.
        await browser.scripting.executeScript({ target, files: script.js as ScriptPublicPath[] });
      } catch {
        // A page that forbids extensions: the popup explains what to do there.
      }
    }),
  );
}

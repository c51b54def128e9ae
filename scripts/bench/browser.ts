/**
 * Chromium for the benchmark, driven by puppeteer-core: with the bench build
 * of Backstory (`.output/chrome-mv3-bench`) or without any extension.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type CDPSession, type Page } from 'puppeteer-core';
import { findBrowser } from '../browsers';
import { CHROMIUM_ARGS, VIEWPORT } from '../extension-browser';

export const BENCH_BUILD = resolve('.output/chrome-mv3-bench');

export interface BenchBrowser {
  browser: Browser;
  /** A fresh tab, with a DevTools session on it. */
  newPage(): Promise<{ page: Page; cdp: CDPSession }>;
  /** Closes the browser; kills it when it does not answer (a page stuck in a long task). */
  close(): Promise<void>;
}

export async function launchBench(withExtension: boolean): Promise<BenchBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'backstory-bench-'));
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'chrome',
      executablePath: findBrowser('chromium'),
      headless: true,
      pipe: true,
      userDataDir: profile,
      defaultViewport: VIEWPORT,
      protocolTimeout: 180_000,
      ...(withExtension ? { enableExtensions: [BENCH_BUILD] } : {}),
      args: CHROMIUM_ARGS,
    });
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
  const close = async () => {
    const process = browser.process();
    await Promise.race([browser.close(), new Promise((r) => setTimeout(r, 5_000))]).catch(() => {});
    if (process && process.exitCode === null && process.signalCode === null) process.kill('SIGKILL');
    await rm(profile, { recursive: true, force: true }).catch(() => {});
  };
  try {
    if (withExtension) {
      // The content script is registered once the service worker is up.
      await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), { timeout: 20_000 });
    }
  } catch (error) {
    await close();
    throw error;
  }
  return {
    browser,
    async newPage() {
      const page = await browser.newPage();
      page.setDefaultTimeout(60_000);
      // tsx (esbuild, keepNames) wraps named functions in `__name(…)`, which page-side callbacks then lack.
      // Pages with Backstory are left untouched: the callbacks sent to them have no named functions.
      if (!withExtension) await page.evaluateOnNewDocument('globalThis.__name = (fn) => fn;');
      return { page, cdp: await page.createCDPSession() };
    },
    close,
  };
}

export interface HeapUsage {
  /** V8's JavaScript heap, all worlds of the page (page and content scripts). */
  js: number;
  /** Blink's own objects (DOM wrappers' targets, ranges, highlights). */
  embedder: number;
}

/** Heap in use after a full garbage collection. */
export async function heapAfterGc(cdp: CDPSession): Promise<HeapUsage> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; embedderHeapUsedSize?: number };
  return { js: usage.usedSize, embedder: usage.embedderHeapUsedSize ?? 0 };
}

/**
 * Real Chromium (over the DevTools protocol) and Firefox (over WebDriver BiDi),
 * both driven by Puppeteer with the built extension loaded, behind one small
 * interface, so the demo, the browser tests and the benchmark drive both alike.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser as PuppeteerBrowser, type Page as PuppeteerPage } from 'puppeteer-core';
import { GECKO_ID } from './gecko-id';
import { findBrowser, type BrowserName } from './browsers';

export const BUILD_DIRS: Record<BrowserName, string> = {
  chromium: resolve('.output/chrome-mv3'),
  firefox: resolve('.output/firefox-mv2'),
};
export const VIEWPORT = { width: 1280, height: 800 };
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'];
// Pinned so tests can open moz-extension:// pages (see the browser-testing guide).
const FIREFOX_UUID = '6d1d3f5e-8c0b-4b7e-9a51-bac4570b5e11';
const DEFAULT_TIMEOUT = 20_000;

export interface LaunchOptions {
  headless?: boolean;
  colorScheme?: 'light' | 'dark';
  /** A profile to keep between launches (to test what persists); a fresh one otherwise. */
  profileDir?: string;
  /** `later`: start without Backstory, to install it over open tabs with `installExtension()`. */
  install?: 'at-launch' | 'later';
}

export interface BrowserPage {
  goto(url: string): Promise<void>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Polls `fn` in the page until it returns something truthy. */
  waitFor<A = undefined>(fn: (arg: A) => unknown, arg?: A, timeoutMs?: number): Promise<void>;
  mouseMove(x: number, y: number): Promise<void>;
  click(x: number, y: number): Promise<void>;
  press(key: string): Promise<void>;
  /** Makes this the visible tab (a hidden tab does not scroll smoothly or animate). */
  bringToFront(): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  screenshot(path: string): Promise<void>;
  /**
   * Runs `fn` (a function's source, taking the shadow root) on Backstory's
   * card, through its closed shadow root as only a driver can; null without a card.
   */
  inCard<T>(fn: string): Promise<T | null>;
  /** Evaluates in the first frame whose address contains `urlPart`. */
  evaluateInFrame<R, A = undefined>(urlPart: string, fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  close(): Promise<void>;
}

export interface ExtensionBrowser {
  readonly name: BrowserName;
  /** The address of an extension page, e.g. `popup.html?tab=3`. */
  extensionUrl(path: string): string;
  newPage(url?: string): Promise<BrowserPage>;
  installExtension(): Promise<void>;
  /** Settles when the browser is closed (by the user, in the demo). */
  readonly closed: Promise<void>;
  close(): Promise<void>;
}

export async function launchWithExtension(name: BrowserName, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const userData = await profile(options);
  const install = options.install ?? 'at-launch';
  const browser = await (name === 'chromium' ? launchChromium : launchFirefox)(userData.dir, options, install === 'at-launch');
  try {
    let extensionUrl = name === 'firefox' ? `moz-extension://${FIREFOX_UUID}` : install === 'later' ? '' : await chromiumExtensionBase(browser);
    return {
      name,
      extensionUrl: (path) => `${extensionUrl}/${path}`,
      async installExtension() {
        const id = await browser.installExtension(BUILD_DIRS[name]);
        if (name === 'chromium') extensionUrl = `chrome-extension://${id}`;
      },
      closed: new Promise((resolve) => browser.once('disconnected', () => resolve())),
      async newPage(url) {
        const raw = await browser.newPage();
        if (options.colorScheme) await raw.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: options.colorScheme }]).catch(() => {});
        const page = browserPage(raw, name, browser);
        if (url) await page.goto(url);
        return page;
      },
      async close() {
        await browser.close();
        await userData.dispose();
      },
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

async function profile(options: LaunchOptions): Promise<{ dir: string; dispose(): Promise<void> }> {
  if (options.profileDir) return { dir: options.profileDir, dispose: async () => {} };
  const dir = await mkdtemp(join(tmpdir(), 'backstory-profile-'));
  return { dir, dispose: () => rm(dir, { recursive: true, force: true }) };
}

function launchChromium(userDataDir: string, options: LaunchOptions, withExtension: boolean): Promise<PuppeteerBrowser> {
  return puppeteer.launch({
    browser: 'chrome',
    executablePath: findBrowser('chromium'),
    headless: options.headless ?? true,
    userDataDir,
    defaultViewport: VIEWPORT,
    pipe: true,
    enableExtensions: withExtension ? [BUILD_DIRS.chromium] : true,
    args: CHROMIUM_ARGS,
  });
}

/** `chrome-extension://<id>`, read from the extension's service worker. */
async function chromiumExtensionBase(browser: PuppeteerBrowser): Promise<string> {
  const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), {
    timeout: DEFAULT_TIMEOUT,
  });
  return `chrome-extension://${new URL(target.url()).host}`;
}

async function launchFirefox(userDataDir: string, options: LaunchOptions, withExtension: boolean): Promise<PuppeteerBrowser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findBrowser('firefox'),
    headless: options.headless ?? true,
    userDataDir,
    defaultViewport: VIEWPORT,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'xpinstall.signatures.required': false,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
      'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1,
    },
  });
  if (withExtension) await browser.installExtension(BUILD_DIRS.firefox).catch(async (error: unknown) => {
    await browser.close();
    throw error;
  });
  return browser;
}

function browserPage(page: PuppeteerPage, name: BrowserName, browser: PuppeteerBrowser): BrowserPage {
  page.setDefaultTimeout(DEFAULT_TIMEOUT);
  return {
    async goto(url) {
      if (!url.startsWith('moz-extension:')) {
        await page.goto(url);
        return;
      }
      // Firefox sends no load event for extension pages: start the navigation, then poll.
      page.goto(url).catch(() => {});
      await waitUntil(() => page.evaluate((u) => location.href === u && document.readyState === 'complete', url).catch(() => false));
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, arg, timeout = DEFAULT_TIMEOUT) => void (await page.waitForFunction(fn as never, { timeout, polling: 100 }, arg)),
    mouseMove: (x, y) => page.mouse.move(x, y, { steps: 4 }),
    click: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key as never),
    bringToFront: () => page.bringToFront(),
    setViewport: (width, height) => page.setViewport({ width, height }),
    screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
    inCard: (fn) => (name === 'chromium' ? chromiumInCard(page, fn) : firefoxInCard(page, browser, fn)),
    async evaluateInFrame(urlPart, fn, arg) {
      const frame = page.frames().find((f) => f.url().includes(urlPart));
      if (!frame) throw new Error(`No frame at ${urlPart}`);
      return frame.evaluate(fn as never, arg) as never;
    },
    close: () => page.close(),
  };
}

/** DevTools can resolve a closed shadow root to an object and call a function on it. */
async function chromiumInCard<T>(page: PuppeteerPage, fn: string): Promise<T | null> {
  const cdp = await page.createCDPSession();
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const host = findNode(root as CdpNode, (n) => n.localName === 'backstory-card');
    const shadow = host?.shadowRoots?.[0];
    if (!shadow) return null;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: `function () { return (${fn})(this); }`,
      returnByValue: true,
    });
    return (result.value as T | undefined) ?? null;
  } finally {
    await cdp.detach();
  }
}

interface CdpNode {
  localName?: string;
  backendNodeId: number;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

function findNode(node: CdpNode, test: (n: CdpNode) => boolean): CdpNode | undefined {
  if (test(node)) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = findNode(child, test);
    if (found) return found;
  }
  return undefined;
}

/**
 * WebDriver BiDi serializes closed shadow roots when asked (`includeShadowTree:
 * "all"`), and a function called on that reference reads it.
 */
async function firefoxInCard<T>(page: PuppeteerPage, browser: PuppeteerBrowser, fn: string): Promise<T | null> {
  const connection = (browser as unknown as { connection: { send(method: string, params: object): Promise<{ result: BidiResult }> } }).connection;
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  const { result: host } = await connection.send('script.evaluate', {
    expression: 'document.querySelector("backstory-card")',
    target: { context },
    awaitPromise: false,
    resultOwnership: 'root',
    serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
  });
  const shadow = host.result?.value?.shadowRoot;
  if (!shadow?.sharedId) return null;
  const { result } = await connection.send('script.callFunction', {
    functionDeclaration: fn,
    target: { context },
    arguments: [{ sharedId: shadow.sharedId }],
    awaitPromise: false,
    resultOwnership: 'none',
    serializationOptions: { maxObjectDepth: 2 },
  });
  return result.result ? (fromBidi(result.result) as T) : null;
}

interface BidiValue {
  type: string;
  value?: unknown;
}

interface BidiResult {
  result?: BidiValue & { value?: { shadowRoot?: { sharedId?: string } } };
}

/** A WebDriver BiDi remote value as plain data: strings, numbers, booleans, null, arrays and objects. */
function fromBidi(remote: BidiValue): unknown {
  switch (remote.type) {
    case 'null':
    case 'undefined':
      return null;
    case 'array':
      return (remote.value as BidiValue[]).map(fromBidi);
    case 'object':
      return Object.fromEntries((remote.value as [string, BidiValue][]).map(([k, v]) => [k, fromBidi(v)]));
    default:
      return remote.value;
  }
}

/** Polls `test` in Node, for what `BrowserPage.waitFor` cannot watch: several pages, or a page that navigates away. */
export async function waitUntil(test: () => Promise<boolean>, timeoutMs = DEFAULT_TIMEOUT): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await test())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${test.toString()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Renders `public/icon.svg` to the PNG sizes the manifests use
 * (`public/icon/<size>.png`) with the system Chromium. Run it after changing
 * the SVG and commit the PNGs: `npx tsx scripts/render-icons.ts`.
 */
import { readFile } from 'node:fs/promises';
import puppeteer from 'puppeteer-core';
import { findBrowser } from './browsers';

const SIZES = [16, 32, 48, 96, 128];
const svg = await readFile('public/icon.svg', 'utf8');
const browser = await puppeteer.launch({ executablePath: findBrowser('chromium'), args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  for (const size of SIZES) {
    await page.setViewport({ width: size, height: size });
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
    await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
  }
  console.log(`Rendered ${SIZES.join(', ')} px icons to public/icon/`);
} finally {
  await browser.close();
}

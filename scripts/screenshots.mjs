/**
 * Screenshots of a running site at phone and desktop widths, for looking at
 * the design: node scripts/screenshots.mjs http://localhost:4321/ out-dir /path/ ...
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './browser.mjs';

const [origin, out = 'screenshots', ...pages] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
for (const [width, scheme] of [[360, 'light'], [1280, 'light'], [360, 'dark']]) {
  const page = await browser.newPage({ viewport: { width, height: 800 }, colorScheme: scheme });
  for (const path of pages) {
    await page.goto(new URL(path.replace(/^\//, ''), origin).href);
    const name = `${path.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${width}-${scheme}.png`;
    await page.screenshot({ path: `${out}/${name}`, fullPage: true });
  }
  await page.close();
}
await browser.close();

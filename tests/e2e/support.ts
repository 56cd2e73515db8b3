import { expect, test as base, type APIRequestContext, type Page } from '@playwright/test';

/** The policy deploy/nginx/xuexi.conf sends, as the issue states it: the site must work under it. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "worker-src 'self'; manifest-src 'self'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/**
 * Every end-to-end test fails on a Content-Security-Policy violation: the site
 * must work where the host sends a strict CSP (no inline scripts or styles).
 * Violations are collected from `securitypolicyviolation` events and the console.
 * A test that imposes a stricter policy on purpose names the violation it
 * expects with `test.use({ expectedCspViolation: /…/ })`.
 */
export const test = base.extend<{ cspGuard: void; expectedCspViolation: RegExp | null }>({
  expectedCspViolation: [null, { option: true }],
  cspGuard: [
    async ({ page, expectedCspViolation }, use) => {
      const violations: string[] = [];
      await page.exposeBinding('__cspViolation', (_source, text: string) => void violations.push(text));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          (window as unknown as { __cspViolation: (t: string) => void }).__cspViolation(`${e.violatedDirective} ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`);
        });
      });
      page.on('console', (m) => /Content Security Policy|Refused to (load|execute|apply|compile)/.test(m.text()) && violations.push(`console: ${m.text()}`));
      await use();
      expect(violations.filter((v) => !expectedCspViolation?.test(v)), 'CSP violations').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

export const SITE_NAME = '森工学习园地';
export const STORE_KEY = 'sengong-xuexi';

/**
 * Stores records from a document that runs no scripts, then leaves it: a page's
 * idle records module could otherwise read (and repair) them before the page under test does.
 */
export async function seed(page: Page, records: unknown): Promise<void> {
  await page.goto('favicon.svg');
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [STORE_KEY, typeof records === 'string' ? records : JSON.stringify(records)] as const);
}

/**
 * Paths the page fetches under /quiz/ from now on, apart from the page itself,
 * which the offline registration stores for offline use at some idle moment.
 */
export function quizRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (/\/quiz\/.+/.test(path) && path !== new URL(page.url()).pathname) seen.push(path);
  });
  return seen;
}

/** Every page the sitemap lists, as absolute paths on the test server (base included). */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const index = await request.get('sitemap-index.xml');
  expect(index.ok()).toBe(true);
  const out: string[] = [];
  for (const [, loc] of (await index.text()).matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const sitemap = await request.get(new URL(loc!).pathname);
    for (const [, url] of (await sitemap.text()).matchAll(/<loc>([^<]+)<\/loc>/g)) out.push(new URL(url!).pathname);
  }
  return out;
}

/** Collects console errors, page errors and failed same-origin requests while a page is used. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  // ERR_ABORTED is the browser dropping a request (a favicon, say) because the test navigated on.
  page.on('requestfailed', (r) => r.failure()?.errorText !== 'net::ERR_ABORTED' && errors.push(`failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()}: ${r.url()}`));
  return errors;
}

/** Every URL a page refers to: links, stylesheets, scripts, images, icons. */
export async function referencedUrls(page: Page): Promise<string[]> {
  return page.$$eval('a[href], link[href], script[src], img[src], use[href], source[srcset]', (els) =>
    els.map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('srcset') ?? ''),
  );
}

/** The first entry link on a section index page. */
export async function firstEntryPath(page: Page, sectionPath: string): Promise<string> {
  await page.goto(sectionPath);
  const href = await page.locator('main article h2 a').first().getAttribute('href');
  expect(href).toBeTruthy();
  return href!;
}

/** A wrong choice: an option outside the key, or, when every option is right, all but one of them. */
export function wrongChoice(right: number[], total: number): number[] {
  const outside = Array.from({ length: total }, (_, i) => i).find((i) => !right.includes(i));
  return outside === undefined ? right.slice(1) : [outside];
}

/** Answers every question of the self-check on the page: the right options, except question `wrongIndex`. */
export async function answer(page: Page, wrongIndex: number) {
  const items = page.locator('self-check [data-question]');
  const n = await items.count();
  for (let q = 0; q < n; q++) {
    const item = items.nth(q);
    const right = (await item.getAttribute('data-answer'))!.split(',').map(Number);
    const inputs = item.locator('input');
    const total = await inputs.count();
    const pick = q === wrongIndex ? wrongChoice(right, total) : right;
    for (const i of pick) await inputs.nth(i).check();
  }
  return n;
}

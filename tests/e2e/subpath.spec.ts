import { expect, test, STRICT_CSP, referencedUrls, sitemapPaths, watchErrors } from './support';

const BASE = '/xuexi/';

test('under BASE_PATH every link, asset, feed entry and sitemap entry stays under the sub-path', async ({ page, request }) => {
  const paths = await sitemapPaths(request);
  test.setTimeout(120_000 + paths.length * 3_000);
  expect(paths.length).toBeGreaterThan(20);
  for (const p of paths) expect(p.startsWith(BASE), p).toBe(true);

  const errors = watchErrors(page);
  const internal = new Set<string>();
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    expect(response?.headers()['content-security-policy'], path).toBe(STRICT_CSP);
    for (const url of await referencedUrls(page)) {
      if (/^(https?:|tel:|mailto:|#|data:)/.test(url) || url === '') continue;
      expect(url.startsWith(BASE), `${path} → ${url}`).toBe(true);
      internal.add(url.split('#')[0]!);
    }
  }
  // Every internal URL referred to anywhere resolves.
  for (const url of internal) expect((await request.get(url)).status(), url).toBe(200);
  expect(errors).toEqual([]);

  const rss = await (await request.get('rss.xml')).text();
  for (const [, link] of rss.matchAll(/<link>([^<]+)<\/link>/g)) expect(new URL(link!).pathname.startsWith(BASE), link).toBe(true);
  const manifest = await (await request.get('manifest.webmanifest')).json();
  expect(manifest.start_url).toBe(BASE);
});

test('the 404 page works under the sub-path', async ({ page }) => {
  const response = await page.goto('nowhere/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('页面没有找到');
  const home = await page.getByRole('link', { name: '首页' }).last().getAttribute('href');
  expect(home).toBe(BASE);
});

test('search works under the sub-path: the bundle loads from /xuexi/pagefind/ and results link under it', async ({ page }) => {
  const pagefind: string[] = [];
  page.on('request', (r) => r.url().includes('/pagefind') && pagefind.push(new URL(r.url()).pathname));
  await page.goto(`search/?q=${encodeURIComponent('劳动争议调解')}`);
  const first = page.locator('[data-hits] li h2 a').first();
  await expect(first).toBeVisible();
  expect(new URL(await first.evaluate((a) => (a as HTMLAnchorElement).href)).pathname).toBe(`${BASE}theory/laodong-zhengyi-tiaojie/`);
  expect(pagefind.length).toBeGreaterThan(0);
  for (const p of pagefind) expect(p, p).toMatch(new RegExp(`^${BASE}pagefind(-\\d+)?/`));
  // The header box on another page finds it too.
  await page.goto('about/');
  await page.locator('#site-search-q').fill('仲裁时效');
  await expect(page.locator('#site-search-results li.search-hit a').first()).toHaveAttribute('href', new RegExp(`^${BASE}theory/laodong-zhengyi-tiaojie/`));
});

test('this build splits the search index in parts (SEARCH_BUNDLE_SIZE=40), as a very large site does, and the browser merges them', async ({ page, request }) => {
  await page.goto('about/');
  const more = (await page.locator('html').getAttribute('data-search-bundles'))!.split(' ');
  expect(more).toEqual(['pagefind-1/', 'pagefind-2/']);
  // Every article is in exactly one part: as many as the root build (same content) has in its one index.
  const pagesIn = async (entryPath: string) => Object.values(((await (await request.get(entryPath)).json()) as { languages: Record<string, { page_count: number }> }).languages)
    .reduce((n, l) => n + l.page_count, 0);
  let indexed = 0;
  for (const bundle of ['pagefind/', ...more]) indexed += await pagesIn(`${bundle}pagefind-entry.json`);
  expect(indexed).toBe(await pagesIn('/pagefind/pagefind-entry.json'));
  expect(indexed).toBeGreaterThan(100);
  // Words from each part are found, with results from more than one part.
  const parts = new Set<string>();
  page.on('request', (r) => {
    const m = new RegExp(`^${BASE}(pagefind(?:-\\d+)?)/fragment/`).exec(new URL(r.url()).pathname);
    if (m) parts.add(m[1]!);
  });
  for (const [q, path] of [['油毛毡房', 'models/yang-shanzhou/'], ['仲裁时效', 'theory/laodong-zhengyi-tiaojie/'], ['链刹', 'forestry/youju-anquan-caozuo/']] as const) {
    await page.goto(`search/?q=${encodeURIComponent(q)}`);
    await expect(page.locator('[data-hits] li h2 a').first()).toHaveAttribute('href', new RegExp(`^${BASE}${path}`));
  }
  expect(parts.size).toBeGreaterThan(1);
});


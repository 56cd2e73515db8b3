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
  page.on('request', (r) => r.url().includes('/pagefind/') && pagefind.push(new URL(r.url()).pathname));
  await page.goto(`search/?q=${encodeURIComponent('劳动争议调解')}`);
  const first = page.locator('[data-hits] li h2 a').first();
  await expect(first).toBeVisible();
  expect(new URL(await first.evaluate((a) => (a as HTMLAnchorElement).href)).pathname).toBe(`${BASE}theory/laodong-zhengyi-tiaojie/`);
  expect(pagefind.length).toBeGreaterThan(0);
  for (const p of pagefind) expect(p.startsWith(`${BASE}pagefind/`), p).toBe(true);
  // The header box on another page finds it too.
  await page.goto('about/');
  await page.locator('#site-search-q').fill('仲裁时效');
  await expect(page.locator('#site-search-results li.search-hit a').first()).toHaveAttribute('href', new RegExp(`^${BASE}theory/laodong-zhengyi-tiaojie/`));
});

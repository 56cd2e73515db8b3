import { expect, test, SITE_NAME, STRICT_CSP, firstEntryPath, sitemapPaths, watchErrors } from './support';

test('every page in the sitemap renders with its own title and no errors', async ({ page, request }) => {
  const paths = await sitemapPaths(request);
  // A hang guard that grows with the site: a page takes well under a second, even a busy machine stays under 3 s.
  test.setTimeout(120_000 + paths.length * 3_000);
  // Every page type is present: home, 4 sections, categories, articles of each kind, paths, tags, quiz, about.
  for (const pattern of [/^\/$/, /^\/theory\/$/, /^\/forestry\/category\/[a-z-]+\/$/, /^\/cases\/[a-z0-9-]+\/$/, /^\/models\/[a-z0-9-]+\/$/,
    /^\/paths\/$/, /^\/paths\/[a-z0-9-]+\/$/, /^\/tags\/$/, /^\/tags\/[a-z0-9-]+\/$/, /^\/quiz\/$/, /^\/about\/$/, /^\/search\/$/, /^\/me\/$/]) {
    expect(paths.some((p) => pattern.test(p)), String(pattern)).toBe(true);
  }
  const errors = watchErrors(page);
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    expect(response?.headers()['content-security-policy'], path).toBe(STRICT_CSP);
    const h1 = page.locator('h1');
    await expect(h1, path).toHaveCount(1);
    const heading = (await h1.textContent())!.trim();
    await expect(page, path).toHaveTitle(path === '/' ? SITE_NAME : `${heading} - ${SITE_NAME}`);
    await expect(page.locator('html'), path).toHaveAttribute('lang', 'zh-CN');
    await expect(page.locator('main#main'), path).toBeVisible();
  }
  expect(errors).toEqual([]);
});

test('theory and forestry articles open with the key-points box and end with a self-check', async ({ page }) => {
  for (const section of ['/theory/', '/forestry/']) {
    await page.goto(await firstEntryPath(page, section));
    const points = page.getByRole('complementary', { name: '要点' });
    await expect(points).toBeVisible();
    expect(await points.locator('li').count()).toBeGreaterThanOrEqual(3);
    await expect(page.getByText(/约 \d+ 分钟读完/)).toBeVisible();
    await expect(page.getByRole('heading', { name: '读后自测' })).toBeVisible();
    await expect(page.getByRole('heading', { name: '相关阅读' })).toBeVisible();
  }
});

test('a case reads like a case file', async ({ page }) => {
  await page.goto(await firstEntryPath(page, '/cases/'));
  await expect(page.getByRole('note').filter({ hasText: '教学案例' })).toBeVisible();
  const file = page.getByRole('region', { name: '案例卷宗' });
  await expect(file).toContainText('风险领域');
  await expect(file).toContainText('处理结果');
  // 以案释纪: the broken rule links to the theory article that explains it.
  await expect(file.locator('a[href*="/theory/"]').first()).toBeVisible();
  const headings = await page.locator('.prose h2').allTextContents();
  expect(headings).toEqual(['基本案情', '违纪事实', '处理结果', '案例剖析', '警示启示', '对照自查']);
  await expect(page.getByRole('complementary', { name: '警示要点' })).toBeVisible();
  // 讨论题 for the meeting close the case, right after its six sections.
  const discussion = page.locator('.prose ~ section').filter({ has: page.getByRole('heading', { name: '讨论题' }) });
  await expect(discussion).toBeVisible();
  const questions = await discussion.locator('ol > li').count();
  expect(questions).toBeGreaterThanOrEqual(2);
  expect(questions).toBeLessThanOrEqual(3);
});

test('a model-worker page shows the person, honours, skills and whether the story is a composite', async ({ page }) => {
  await page.goto(await firstEntryPath(page, '/models/'));
  const card = page.locator('main section').first();
  await expect(card).toContainText('技能专长');
  await expect(page.getByRole('note').filter({ hasText: /综合|公开报道/ })).toBeVisible();
  await expect(page.locator('.prose')).not.toBeEmpty();
});

test('a real person\'s story lists the reports it rests on', async ({ page }) => {
  await page.goto('models/yang-shanzhou/');
  await expect(page.getByRole('note').filter({ hasText: '公开报道' })).toBeVisible();
  const sources = page.getByRole('region', { name: '资料来源' });
  await expect(sources).toBeVisible();
  const items = sources.locator('li');
  expect(await items.count()).toBeGreaterThanOrEqual(1);
  for (const item of await items.all()) {
    await expect(item.locator('a[href^="http"]')).toHaveText(/^《.+》$/);
    await expect(item.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  }
});

test('learning paths list their steps in order, each linking to a page that exists', async ({ page, request }) => {
  await page.goto('paths/');
  await page.locator('main h2 a').first().click();
  const steps = page.locator('[data-step] a');
  expect(await steps.count()).toBeGreaterThanOrEqual(2);
  for (const href of await steps.evaluateAll((els) => els.map((e) => e.getAttribute('href')!))) {
    expect((await request.get(href)).status(), href).toBe(200);
  }
});

test('tag pages list entries carrying the tag', async ({ page }) => {
  await page.goto('tags/');
  const first = page.locator('main ul a').first();
  const label = (await first.textContent())!.replace(/^#/, '').replace(/\d+$/, '').trim();
  await first.click();
  await expect(page.locator('h1')).toHaveText(`#${label}`);
  await page.locator('main article h2 a').first().click();
  await expect(page.locator('main article').getByRole('link', { name: `#${label}` })).toBeVisible();
});

test('unknown addresses get the 404 page', async ({ page }) => {
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('页面没有找到');
  await expect(page.getByRole('link', { name: '警示教育' }).last()).toBeVisible();
});

test('the RSS feed lists the newest entries with working links', async ({ request }) => {
  const rss = await request.get('rss.xml');
  expect(rss.ok()).toBe(true);
  const xml = await rss.text();
  expect(xml).toContain('<title>森工学习园地</title>');
  const links = [...xml.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => new URL(m[1]!).pathname);
  expect(links.length).toBeGreaterThanOrEqual(5);
  for (const path of links.slice(0, 5)) expect((await request.get(path)).status(), path).toBe(200);
});

test('the web manifest names the site and starts at the home page', async ({ request }) => {
  const manifest = await (await request.get('manifest.webmanifest')).json();
  expect(manifest.name).toBe(SITE_NAME);
  expect(manifest.lang).toBe('zh-CN');
  expect(manifest.start_url).toBe('/');
});

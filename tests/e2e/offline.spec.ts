import { createServer } from 'node:http';
import { type AddressInfo } from 'node:net';
import { type BrowserContext, type Page } from '@playwright/test';
import { answer, expect, firstEntryPath, test } from './support';

/*
 * Offline use (a forest farm with no signal): the service worker stores every
 * page visited, 下载全部内容 stores the whole site, a page not stored shows the
 * offline page, and a new build is offered with 有新内容，点此刷新.
 * context.setOffline() cuts the service worker off the network too.
 */

/** Waits until the service worker controls the page (it registers once the page is idle). */
async function controlled(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
}

/** Whether a URL is stored in this site's caches. */
const stored = (page: Page, path: string) => page.evaluate(async (p) => Boolean(await caches.match(new URL(p, location.href).href)), path);

async function downloadAll(page: Page) {
  await page.goto('me/');
  await controlled(page);
  const box = page.locator('offline-download');
  await expect(box.locator('[data-size]')).toHaveText(/^全部内容约 \d+(\.\d)? MB（\d+ 个页面，以及题库和搜索索引）。$/);
  await box.getByRole('button', { name: '下载全部内容' }).click();
  await expect(box.locator('[data-status]')).toHaveText(/^已保存 \d+ 个页面，共约 \d+(\.\d)? MB，没有网络时也能使用。已是最新内容。$/, { timeout: 150_000 });
}

async function goOffline(context: BrowserContext, page: Page) {
  await context.setOffline(true);
  expect(await page.evaluate(() => fetch('sitemap-index.xml', { cache: 'no-store' }).then(() => 'online', () => 'offline'))).toBe('offline');
}

test('a visited page opens offline; a page not stored shows the offline page, which links to what is stored', async ({ page, context }) => {
  const article = await firstEntryPath(page, 'theory/');
  await page.goto(article);
  await controlled(page);
  // The page that registered the worker is stored too, once the worker is in control.
  await expect.poll(() => stored(page, article)).toBe(true);
  const title = (await page.locator('h1').first().textContent())!.trim();

  await goOffline(context, page);
  await page.reload();
  await expect(page.locator('h1').first()).toHaveText(title);

  await page.goto('forestry/');
  await expect(page.getByRole('heading', { level: 1, name: '没有网络' })).toBeVisible();
  await expect(page.locator('[data-offline-list]').getByRole('link', { name: new RegExp(title) })).toHaveAttribute('href', article);
  await page.locator('[data-offline-list]').getByRole('link', { name: new RegExp(title) }).click();
  await expect(page.locator('h1').first()).toHaveText(title);
});

test('once the service worker holds the search files, search starts when the page is idle: the first query loads no search code', async ({ page }) => {
  await page.goto('about/');
  await controlled(page);
  const runtime = /\/pagefind\/(?:pagefind(?:-worker)?\.js|wasm\.[^/]+|[^/]+\.pf_meta|pagefind-entry\.json)$/;
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto('theory/');
  // Nobody has touched the search box, yet Pagefind is up: its script, worker, entry, metadata and WebAssembly.
  // (A file may show twice: the page's request and the service worker's.)
  await expect.poll(() => [...new Set(requests.filter((p) => runtime.test(p)))].sort()).toEqual([
    expect.stringMatching(/\/pagefind-entry\.json$/), expect.stringMatching(/\/pagefind-worker\.js$/),
    expect.stringMatching(/\/pagefind\.js$/), expect.stringMatching(/\.pf_meta$/), expect.stringMatching(/\/wasm\.[^/]+$/),
  ]);
  requests.length = 0;
  await page.locator('#site-search-q').fill('劳动争议');
  await expect(page.locator('#site-search-results li.search-hit').first()).toBeVisible();
  expect(requests.some((p) => p.endsWith('.pf_fragment'))).toBe(true);
  expect(requests.filter((p) => runtime.test(p) || p.includes('/_astro/header-search'))).toEqual([]);
});

test('下载全部内容: after it, pages, search, a self-check, 每日一练, an exam, 错题本, 投屏 and 知识竞赛 work offline', async ({ page, context }) => {
  await downloadAll(page);
  const list = await page.evaluate(() => fetch('/offline-files.json').then((r) => r.json()) as Promise<{ files: { u: string; t?: string }[] }>);
  const pages = list.files.filter((f) => f.u.endsWith('/'));
  expect(pages.length).toBeGreaterThan(100);

  await goOffline(context, page);
  // Pages picked at random each run.
  for (let i = 0; i < 6; i++) {
    const pick = pages[Math.floor(Math.random() * pages.length)]!;
    await page.goto(pick.u);
    await expect(page.getByRole('heading', { level: 1, name: '没有网络' })).toHaveCount(0);
    await expect(page).toHaveTitle(pick.t!);
  }

  // Header search.
  await page.goto('about/');
  await page.locator('#site-search-q').fill('防火');
  await expect(page.locator('#site-search-results li.search-hit').first()).toBeVisible();

  // A self-check grades.
  await page.goto(await firstEntryPath(page, 'forestry/'));
  const quiz = page.locator('self-check');
  await quiz.scrollIntoViewIfNeeded();
  await expect(quiz.locator('details').first()).toBeHidden();
  const n = await answer(page, 0);
  await quiz.getByRole('button', { name: '提交答案' }).click();
  await expect(quiz.locator('[data-live]')).toContainText(`答对 ${n - 1} / ${n} 题。`);

  // 错题本 holds the miss.
  await page.goto('quiz/review/');
  await expect(page.locator('p[data-counts]')).toContainText('错题本共 1 道');
  await expect(page.locator('self-check [data-question]')).toHaveCount(1);

  // 每日一练 loads its questions.
  await page.goto('quiz/daily/');
  await expect(page.locator('self-check [data-question]')).toHaveCount(5);

  // An exam starts and is handed in.
  await page.goto('quiz/exam/senlin-fanghuo-ceshi/');
  await page.getByRole('button', { name: '开始考试' }).click();
  await expect(page.locator('self-check [data-question]')).toHaveCount(20);
  await answer(page, 0);
  await page.locator('self-check').getByRole('button', { name: '交卷' }).click();
  await expect(page.locator('[data-score]')).toHaveText(/^得分 \d+ \/ 100，(及格|不及格)（答对 \d+ \/ 20 题）$/);

  // 投屏 and 知识竞赛, for a meeting room without a signal.
  await page.goto('cases/anquan-shengchan-shizhi/slides/#2');
  await expect(page.locator('.slide[data-current] [data-position]')).toHaveText(/^2 \/ \d+$/);
  await page.goto('quiz/contest/');
  await page.locator('form[data-setup]').getByLabel('题数').fill('3');
  await page.getByRole('button', { name: '开始竞赛' }).click();
  await expect(page.locator('[data-progress]')).toHaveText('第 1 题 / 共 3 题');
});

test('下载全部内容 can be cancelled, and says so', async ({ page, context }) => {
  // Hold the search fragments so the download cannot finish before it is cancelled.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await context.route('**/pagefind/fragment/**', async (route) => {
    await held;
    await route.continue().catch(() => undefined);
  });
  await page.goto('about/');
  await controlled(page);
  const box = page.locator('offline-download');
  await box.getByRole('button', { name: '下载全部内容' }).click();
  await expect(box.locator('[data-status]')).toHaveText(/^正在下载：/);
  await expect(box.locator('progress')).toBeVisible();
  await box.getByRole('button', { name: '取消下载' }).click();
  await expect(box.locator('[data-status]')).toHaveText(/^已取消。/);
  await expect(box.getByRole('button', { name: '取消下载' })).toBeHidden();
  await expect(box.getByRole('button', { name: '下载全部内容' })).toBeEnabled();
  release();
});

/**
 * A host of its own in front of the test server, whose sw.js changes when told to: a new build,
 * as the browser sees it. (The service worker script's update check is not seen by context.route.)
 */
async function hostWithNewBuild(upstream: string, { aboutChanged = false } = {}) {
  let changed = false;
  const server = createServer(async (req, res) => {
    const response = await fetch(new URL(req.url!, upstream), { headers: { 'accept-encoding': 'identity' }, redirect: 'manual' });
    let body = Buffer.from(await response.arrayBuffer());
    const path = new URL(req.url!, upstream).pathname;
    if (changed && path.endsWith('/sw.js')) {
      // With a changed page, the download list changes too, and so its hash (offline-version.txt) in the precache list.
      const sw = aboutChanged ? body.toString().replace(/(url:"offline-version\.txt",revision:")\w+/, '$1changed') : body.toString();
      body = Buffer.from(`${sw}\n// new build\n`);
    }
    if (changed && aboutChanged && path.endsWith('/offline-files.json')) {
      const list = JSON.parse(body.toString()) as { files: { u: string; r: string }[] };
      list.files.find((f) => f.u === 'about/')!.r = 'changed';
      body = Buffer.from(JSON.stringify(list));
    }
    if (changed && aboutChanged && path.endsWith('/about/')) body = Buffer.from(body.toString().replace('</body>', '<!-- new build --></body>'));
    const headers = Object.fromEntries([...response.headers].filter(([k]) => !['content-encoding', 'content-length', 'transfer-encoding', 'connection'].includes(k)));
    res.writeHead(response.status, headers).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path: string) => new URL(path, `http://127.0.0.1:${port}${new URL(upstream).pathname}`).href,
    deploy: () => void (changed = true),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

const checkForUpdate = (page: Page) => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());

test('a new build: 有新内容，点此刷新 appears, and clicking it reloads under the new version', async ({ page, baseURL }) => {
  const host = await hostWithNewBuild(baseURL!);
  try {
    await page.goto(host.url('about/'));
    await controlled(page);
    host.deploy();
    await checkForUpdate(page);
    const notice = page.getByRole('button', { name: '有新内容，点此刷新' });
    await expect(notice).toBeVisible();
    await page.evaluate(() => ((window as unknown as { beforeUpdate: boolean }).beforeUpdate = true));
    const reloaded = page.waitForEvent('load');
    await notice.click();
    await reloaded;
    expect(await page.evaluate(() => 'beforeUpdate' in window)).toBe(false);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('关于与帮助');
    await controlled(page);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.waiting)).toBeNull();
    await expect(notice).toHaveCount(0);
  } finally {
    await host.close();
  }
});

test('after a new build, a downloaded site fetches what changed once the new version is in control', async ({ page, baseURL }) => {
  const host = await hostWithNewBuild(baseURL!, { aboutChanged: true });
  const storedAbout = () => page.evaluate(async () => (await (await caches.match(new URL('../about/', location.href).href))?.text()) ?? '');
  try {
    await page.goto(host.url('me/'));
    await controlled(page);
    const box = page.locator('offline-download');
    await box.getByRole('button', { name: '下载全部内容' }).click();
    await expect(box.locator('[data-status]')).toContainText('已是最新内容', { timeout: 150_000 });
    expect(await storedAbout()).toContain('关于与帮助');
    expect(await storedAbout()).not.toContain('<!-- new build -->');
    host.deploy();
    await checkForUpdate(page);
    const reloaded = page.waitForEvent('load');
    await page.getByRole('button', { name: '有新内容，点此刷新' }).click();
    await reloaded;
    await expect.poll(storedAbout).toContain('<!-- new build -->');
    await expect(box.locator('[data-status]')).toContainText('已保存');
  } finally {
    await host.close();
  }
});

test('during an exam the update notice waits until the paper is handed in', async ({ page, baseURL }) => {
  const host = await hostWithNewBuild(baseURL!);
  try {
    await page.goto(host.url('quiz/exam/senlin-fanghuo-ceshi/'));
    await controlled(page);
    await page.getByRole('button', { name: '开始考试' }).click();
    await expect(page.locator('self-check [data-question]')).toHaveCount(20);
    host.deploy();
    await checkForUpdate(page);
    await expect.poll(() => page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())!.waiting))).toBe(true);
    await expect(page.getByRole('button', { name: '有新内容，点此刷新' })).toHaveCount(0);
    await answer(page, 0);
    await page.locator('self-check').getByRole('button', { name: '交卷' }).click();
    await expect(page.locator('[data-score]')).toBeVisible();
    await expect(page.getByRole('button', { name: '有新内容，点此刷新' })).toBeVisible();
  } finally {
    await host.close();
  }
});

test('the manifest makes the site installable: PNG icons 192 and 512 (maskable), start_url and scope at the base', async ({ request }) => {
  const manifest = await (await request.get('manifest.webmanifest')).json() as { start_url: string; scope: string; theme_color: string; icons: { src: string; sizes: string; type: string; purpose: string }[] };
  expect(manifest.start_url).toBe('/');
  expect(manifest.scope).toBe('/');
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
  for (const size of ['192x192', '512x512']) {
    const icon = manifest.icons.find((i) => i.sizes === size && i.purpose === 'maskable');
    expect(icon?.type).toBe('image/png');
    const png = await request.get(icon!.src);
    expect(png.headers()['content-type']).toBe('image/png');
    const body = await png.body();
    expect(body.readUInt32BE(16)).toBe(Number(size.split('x')[0]));
  }
});

import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Page } from '@playwright/test';
import { expect, test } from './support';
import { QUERIES } from './search-queries';

/** Runs a search on /search/ and returns the result paths in order. */
async function search(page: Page, query: string, extra = ''): Promise<string[]> {
  await page.goto(`search/?q=${encodeURIComponent(query)}${extra}`);
  const hits = page.locator('[data-hits] li h2 a');
  await expect(hits.first().or(page.locator('[data-empty]:not([hidden])'))).toBeVisible();
  return (await hits.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)));
}

test.describe('Chinese search quality', () => {
  test('two-character words find their pages', async ({ page }) => {
    expect(await search(page, '防火')).toContain('/forestry/fanghuoqi-yewai-yonghuo/');
    expect(await search(page, '报销')).toContain('/cases/xukai-fapiao-taoqu-gongkuan/');
  });

  test('long terms put the page about them first', async ({ page }) => {
    expect((await search(page, '劳动争议调解'))[0]).toBe('/theory/laodong-zhengyi-tiaojie/');
    expect((await search(page, '中央八项规定精神'))[0]).toBe('/theory/zhongyang-baxiang-guiding-jingshen/');
  });

  test('a single character finds pages containing it', async ({ page }) => {
    const paths = await search(page, '苗');
    expect(paths.length).toBeGreaterThan(0);
    expect(paths).toContain('/forestry/zhangzisong-yumiao/');
  });

  test('a quoted phrase matches the exact phrase', async ({ page }) => {
    const paths = await search(page, '"不相容职务"');
    expect(paths).toContain('/cases/xukai-fapiao-taoqu-gongkuan/');
    for (const p of paths) {
      await page.goto(p);
      await expect(page.locator('main')).toContainText('不相容职务');
    }
  });

  test('a filter combined with a query keeps only that section, and lives in the URL', async ({ page }) => {
    const paths = await search(page, '安全', `&${encodeURIComponent('栏目')}=${encodeURIComponent('林业知识')}`);
    expect(paths.length).toBeGreaterThan(0);
    for (const p of paths) expect(p).toMatch(/^\/forestry\//);
    await expect(page.locator('select[name="栏目"]')).toHaveValue('林业知识');
    // Changing a filter is a history entry: Back restores the previous one.
    await page.locator('select[name="栏目"]').selectOption('');
    await expect(page).not.toHaveURL(/%E6%A0%8F%E7%9B%AE=/);
    await page.goBack();
    await expect(page.locator('select[name="栏目"]')).toHaveValue('林业知识');
  });

  test('no hits says so and offers section and tag browsing', async ({ page }) => {
    // Neither character occurs anywhere in the content (Pagefind would otherwise fall back to single characters).
    expect(await search(page, '鲸鲨')).toEqual([]);
    await expect(page.locator('[data-empty]')).toContainText('未找到');
    await expect(page.getByRole('link', { name: '全部标签' }).last()).toBeVisible();
    await expect(page.getByRole('link', { name: '警示教育' }).last()).toBeVisible();
  });

  test('a word found nowhere is not dressed up as a match', async ({ page }) => {
    // Pagefind falls back to single characters (足 of 足球); the page says the matches are partial.
    await search(page, '足球');
    await expect(page.locator('search-page [data-status]')).toContainText('未找到完整包含“足球”的内容');
  });

  test('results show title, section, date and a highlighted excerpt; opening one marks the terms', async ({ page }) => {
    await search(page, '劳动争议调解');
    const first = page.locator('[data-hits] li').first();
    await expect(first.locator('.eyebrow')).toHaveText(/^理论学习 · \d{4}-\d{2}-\d{2}$/);
    await expect(first.locator('mark').first()).toBeVisible();
    await first.locator('a').click();
    await expect(page).toHaveURL(/pagefind-highlight=/);
    await expect(page.locator('mark.search-mark').first()).toBeVisible();
  });

  for (const [query, expected] of QUERIES) {
    test(`regression: “${query}” finds ${expected} in the top 3`, async ({ page }) => {
      expect((await search(page, query)).slice(0, 3)).toContain(expected);
    });
  }
});

test('Pagefind reads only article pages, and they are exactly the pages with search content', async ({ request }) => {
  // Checked on the build itself: every page that marks search content is an article page, and each is in the index.
  const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
  const marked = readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('index.html') && readFileSync(join(dist, f), 'utf8').includes('data-pagefind-body'))
    .map((f) => f.replaceAll(sep, '/'));
  expect(marked.length).toBeGreaterThan(100);
  expect(marked.filter((f) => !/^(theory|forestry|cases|models)\/[^/]+\/index\.html$/.test(f))).toEqual([]);
  const entry = await (await request.get('pagefind/pagefind-entry.json')).json() as { languages: Record<string, { page_count: number }> };
  expect(Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0)).toBe(marked.length);
});

test('only main content is indexed: navigation and quiz answers are not', async ({ page }) => {
  // Every page carries the header menu and footer; quiz explanations carry “解析”.
  expect(await search(page, '"学习记录只保存在您自己的设备上"')).toEqual([]);
  expect(await search(page, '"查看答案与解析"')).toEqual([]);
});

test('the header box shows results as you type; / focuses it and Esc closes it', async ({ page }) => {
  await page.goto('about/');
  await page.keyboard.press('/');
  const input = page.locator('#site-search-q');
  await expect(input).toBeFocused();
  await input.pressSequentially('劳动争议', { delay: 30 });
  const panel = page.locator('#site-search-results');
  await expect(panel.locator('li.search-hit').first()).toBeVisible();
  await expect(panel.locator('li.search-hit a')).toContainText(['劳动争议调解：途径、组织与工会干部的做法']);
  // The index splits Chinese into words with spaces; excerpts show the text as written, terms marked.
  const excerpt = panel.locator('li.search-hit .search-excerpt').first();
  await expect(excerpt.locator('mark').first()).toBeVisible();
  expect(await excerpt.textContent()).not.toMatch(/\p{Script=Han} \p{Script=Han}/u);
  await input.press('Escape');
  await expect(panel).toBeHidden();
  // Enter without script-driven results still goes to the full search page.
  await input.focus();
  await input.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page says it needs JavaScript and links to browsing', async ({ page }) => {
    await page.goto('search/?q=防火');
    await expect(page.getByText('搜索需要浏览器开启 JavaScript')).toBeVisible();
    await expect(page.getByRole('link', { name: '林业知识' }).last()).toBeVisible();
    await expect(page.getByRole('link', { name: '全部标签' }).last()).toBeVisible();
  });
});

import { expect, test } from './support';

test.use({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });

test('reading works with JavaScript off, on a phone-sized screen', async ({ page }) => {
  await page.goto('./');
  // The menu wraps into rows of whole items on a phone; it needs no script.
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '理论学习' }).click();
  await expect(page.locator('h1')).toHaveText('理论学习');
  await page.locator('main article h2 a').first().click();
  await expect(page.getByRole('complementary', { name: '要点' })).toBeVisible();
  const prose = page.locator('.prose');
  expect((await prose.textContent())!.length).toBeGreaterThan(500);
  // No horizontal scrolling at phone width.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  // Quiz answers sit in <details>.
  const q = page.locator('[data-question]').first();
  await q.getByText('查看答案与解析').click();
  await expect(q.getByText('解析：')).toBeVisible();
});

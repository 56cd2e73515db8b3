/** Under the sub-path /xuexi/: the reader panel's code and public/prefs.js load from the base, and settings apply after a reload. */
import { expect, test, firstEntryPath } from './support';

test('reader settings work under /xuexi/', async ({ page }) => {
  await page.goto(await firstEntryPath(page, 'theory/'));
  expect(await page.locator('head script[src$="prefs.js"]').getAttribute('src')).toBe('/xuexi/prefs.js');
  await page.getByRole('button', { name: '阅读设置' }).click();
  await page.getByRole('group', { name: '阅读设置' }).getByRole('radio', { name: '大', exact: true }).check();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-size', 'large');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('18px');
});

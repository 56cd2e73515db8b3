import { expect, test } from './support';

test('feature code loads only where it is needed; no page has an inline script', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  const quizCode = () => requested.filter((p) => /\/_astro\/self-check[-.]/.test(p));

  await page.goto('about/');
  await page.keyboard.press('End');
  await expect(page.locator('footer')).toBeInViewport();
  expect(await page.locator('script:not([src])').count()).toBe(0);
  expect(quizCode()).toEqual([]);

  await page.goto('cases/');
  await page.locator('main article h2 a').first().click();
  await expect(page.locator('h1')).toBeVisible();
  expect(await page.locator('script:not([src])').count()).toBe(0);
  expect(quizCode()).toEqual([]);
  await page.locator('self-check').scrollIntoViewIfNeeded();
  await expect.poll(() => quizCode().length).toBe(1);
});

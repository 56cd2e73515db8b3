import { expect, test } from './support';

test('the header leads to every section, and entries lead back', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./');
  for (const [label, path] of [['理论学习', '/theory/'], ['林业知识', '/forestry/'], ['警示教育', '/cases/'], ['劳模工匠', '/models/']] as const) {
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: label }).click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(page.locator('h1')).toHaveText(label);
    await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: label })).toHaveAttribute('aria-current', 'page');
  }
  // From an entry, the breadcrumb goes back to its category and section.
  await page.locator('main article h2 a').first().click();
  const crumbs = page.getByRole('navigation', { name: '当前位置' });
  await crumbs.getByRole('link', { name: '劳模工匠' }).click();
  await expect(page).toHaveURL(/\/models\/$/);
});

test('category filters are static pages that list only their category', async ({ page }) => {
  await page.goto('forestry/');
  const filters = page.getByRole('navigation', { name: '分类' });
  const chip = filters.getByRole('link').nth(1);
  const label = (await chip.textContent())!.replace(/\d+$/, '').trim();
  await chip.click();
  await expect(page).toHaveURL(/\/forestry\/category\/[a-z-]+\/$/);
  await expect(filters.getByRole('link', { name: label })).toHaveAttribute('aria-current', 'page');
  for (const eyebrow of await page.locator('main article .eyebrow').allTextContents()) expect(eyebrow).toContain(label);
});

test('previous/next move within the section', async ({ page }) => {
  await page.goto('theory/');
  await page.locator('main article h2 a').first().click();
  const older = page.getByRole('link', { name: /下一篇/ });
  const title = (await older.locator('span').last().textContent())!;
  await older.click();
  await expect(page.locator('h1')).toHaveText(title);
  await expect(page).toHaveURL(/\/theory\/[a-z0-9-]+\/$/);
});

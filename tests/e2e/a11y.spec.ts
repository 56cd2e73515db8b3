import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, firstEntryPath } from './support';

/**
 * axe on one page of each type, in light and dark colour schemes: no serious or critical violations.
 * One test per page, so that on a busy machine each page gets its own time.
 */
const TARGETS: { label: string; path: (page: Page) => Promise<string> }[] = [
  ...['./', 'theory/', 'tags/', 'paths/', 'quiz/', 'me/', 'me/ledger/', 'about/', 'no-such-page/'].map((p) => ({ label: p, path: async () => p })),
  // The first article of each section, found on the section's index page.
  ...['theory/', 'forestry/', 'cases/', 'models/'].map((s) => ({ label: `first article in ${s}`, path: (page: Page) => firstEntryPath(page, s) })),
];

for (const colorScheme of ['light', 'dark'] as const) {
  for (const { label, path } of TARGETS) {
    test(`${label} passes axe (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(await path(page));
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const serious = violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
      expect(serious).toEqual([]);
    });
  }
}

/** The reader panel open on an article, in both themes and in 长辈模式. */
for (const mode of ['light', 'dark', 'elder'] as const) {
  test(`article with the reader panel open passes axe (${mode})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: mode === 'dark' ? 'dark' : 'light' });
    await page.goto(await firstEntryPath(page, 'cases/'));
    await page.getByRole('button', { name: '阅读设置' }).click();
    const panel = page.getByRole('group', { name: '阅读设置' });
    await expect(panel).toBeVisible();
    if (mode === 'elder') await panel.getByRole('switch', { name: /长辈模式/ }).check();
    if (mode === 'dark') await panel.getByRole('radio', { name: '深色' }).check();
    await expect(page.locator('html')).toHaveAttribute(mode === 'elder' ? 'data-elder' : 'data-js', '');
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const serious = violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    expect(serious).toEqual([]);
  });
}

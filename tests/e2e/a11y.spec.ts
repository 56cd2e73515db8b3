import AxeBuilder from '@axe-core/playwright';
import { expect, test, firstEntryPath } from './support';

/** axe on one page of each type, in light and dark colour schemes: no serious or critical violations. */
for (const colorScheme of ['light', 'dark'] as const) {
  test(`every page type passes axe (${colorScheme})`, async ({ page }) => {
    test.setTimeout(300_000);
    await page.emulateMedia({ colorScheme });
    const paths = ['./', 'theory/', 'tags/', 'paths/', 'quiz/', 'about/', 'no-such-page/'];
    for (const section of ['theory/', 'forestry/', 'cases/', 'models/']) paths.push(await firstEntryPath(page, section));
    for (const path of paths) {
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const serious = violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${path}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
      expect(serious).toEqual([]);
    }
  });
}

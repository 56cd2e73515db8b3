import { type Locator, type Page } from '@playwright/test';
import { expect, test, STRICT_CSP } from './support';

/*
 * When search cannot run (the Pagefind bundle does not load, or the host's CSP
 * lacks 'wasm-unsafe-eval'), the header box and /search/ say so in Chinese and
 * offer browsing by section and tag, instead of staying blank.
 */
const BROWSE = ['理论学习', '林业知识', '警示教育', '劳模工匠', '全部标签'];

async function expectNotice(scope: Locator) {
  await expect(scope.getByText('搜索暂时无法使用')).toBeVisible();
  for (const name of BROWSE) await expect(scope.getByRole('link', { name, exact: true })).toBeVisible();
  await expect(scope.getByRole('link', { name: '劳模工匠', exact: true })).toHaveAttribute('href', '/models/');
}

/** Both places a reader searches from: the header box on any page, and /search/ with a query. */
async function expectBothNotices(page: Page) {
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));

  await page.goto('about/');
  await page.locator('#site-search-q').fill('防火');
  const panel = page.locator('#site-search-results');
  await expectNotice(panel);
  await expect(page.locator('#site-search-q')).toHaveAttribute('aria-expanded', 'true');
  await expect(panel.locator('li.search-hit')).toHaveCount(0);

  await page.goto(`search/?q=${encodeURIComponent('防火')}`);
  await expectNotice(page.locator('search-page'));
  await expect(page.locator('[data-hits] li')).toHaveCount(0);
  await expect(page.locator('[data-empty]')).toBeHidden();
  // The failure is handled, not left as an uncaught error.
  expect(pageErrors).toEqual([]);
}

// context.route, not page.route: requests the service worker makes are seen only there.
test('when the Pagefind bundle does not load, the header box and /search/ offer browsing', async ({ page, context }) => {
  let blocked = 0;
  await context.route('**/pagefind/**', (route) => {
    blocked++;
    return route.abort().catch(() => undefined);
  });
  await expectBothNotices(page);
  expect(blocked).toBeGreaterThan(0);
});

test.describe('under a CSP without wasm-unsafe-eval', () => {
  // This test imposes the violation on purpose: Pagefind's WebAssembly is refused.
  test.use({ expectedCspViolation: /WebAssembly|unsafe-eval|wasm-eval/ });

  test('the header box and /search/ offer browsing', async ({ page, context }) => {
    const policy = STRICT_CSP.replace(" 'wasm-unsafe-eval'", '');
    expect(policy).not.toContain('wasm');
    await context.route('**/*', async (route) => {
      // A request dropped on the way (the page moved on, the service worker stopped) has nothing to answer.
      const response = await route.fetch().catch(() => null);
      if (!response) return route.abort().catch(() => undefined);
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } }).catch(() => undefined);
    });
    await expectBothNotices(page);
    // The page really runs under that policy: WebAssembly is refused there.
    const wasmRuns = await page.evaluate(() => {
      try {
        return Boolean(new WebAssembly.Module(Uint8Array.of(0, 97, 115, 109, 1, 0, 0, 0)));
      } catch {
        return false;
      }
    });
    expect(wasmRuns).toBe(false);
  });
});

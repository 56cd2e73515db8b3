import { expect, firstEntryPath, test } from './support';

/* Under /xuexi/ the service worker's scope is the base path, and its caches are named for it. */
test('under /xuexi/ the service worker is scoped to /xuexi/, its caches are its own, and a visited page opens offline', async ({ page, context }) => {
  const article = await firstEntryPath(page, 'cases/');
  expect(article).toMatch(/^\/xuexi\//);
  await page.goto(article);
  const scope = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    return registration.scope;
  });
  expect(new URL(scope).pathname).toBe('/xuexi/');
  await expect.poll(() => page.evaluate((p) => caches.open('sengong-xuexi-pages').then((c) => c.match(new URL(p, location.href).href)).then(Boolean), article)).toBe(true);
  const names = await page.evaluate(() => caches.keys());
  expect(names.filter((n) => n.startsWith('sengong-')).every((n) => n.startsWith('sengong-xuexi'))).toBe(true);
  const manifest = await (await page.request.get('manifest.webmanifest')).json() as { start_url: string; scope: string };
  expect(manifest).toMatchObject({ start_url: '/xuexi/', scope: '/xuexi/' });

  const title = (await page.locator('h1').first().textContent())!.trim();
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('h1').first()).toHaveText(title);
  await page.goto('models/');
  await expect(page.getByRole('heading', { level: 1, name: '没有网络' })).toBeVisible();
  await expect(page.locator('[data-offline-list] a').first()).toHaveAttribute('href', /^\/xuexi\//);
});

import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/browser.mjs';

/**
 * End-to-end tests run against real production builds served over HTTP:
 * one at the domain root, one under BASE_PATH=/xuexi/.
 */
// E2E_PORT moves both servers, so two checkouts can run their suites side by side.
const ROOT_PORT = Number(process.env.E2E_PORT ?? 4321);
const SUB_PORT = ROOT_PORT + 1;
const chromium = findChromium();
const serve = (env: string, port: number) =>
  `${env} npm run build --silent && ${env} node scripts/serve.mjs --port ${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  // Generous limits that only catch a hang: on a busy 2-core machine a step can take seconds.
  // Tests wait on conditions (expect retries until they hold), never on fixed delays.
  timeout: 180_000,
  expect: { timeout: 30_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    launchOptions: { ...(chromium ? { executablePath: chromium } : {}), args: CHROMIUM_ARGS },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  },
  projects: [
    { name: 'root', use: { baseURL: `http://127.0.0.1:${ROOT_PORT}/` }, testIgnore: /subpath/ },
    { name: 'subpath', use: { baseURL: `http://127.0.0.1:${SUB_PORT}/xuexi/` }, testMatch: /subpath/ },
  ],
  webServer: [
    { command: serve('OUT_DIR=dist', ROOT_PORT), url: `http://127.0.0.1:${ROOT_PORT}/`, timeout: 900_000, reuseExistingServer: !process.env.CI },
    { command: serve('OUT_DIR=dist-xuexi CACHE_DIR=node_modules/.astro-xuexi BASE_PATH=/xuexi/', SUB_PORT), url: `http://127.0.0.1:${SUB_PORT}/xuexi/`, timeout: 900_000, reuseExistingServer: !process.env.CI },
  ],
});

import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/browser.mjs';

/**
 * End-to-end tests run against real production builds (scripts/e2e-builds.mjs),
 * one for the domain root and one for BASE_PATH=/xuexi/, served together by
 * real nginx under the shipped deploy/nginx/xuexi.conf, strict CSP included.
 */
// E2E_PORT moves the server, so two checkouts can run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 4321);
const chromium = findChromium();

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
    { name: 'root', use: { baseURL: `http://127.0.0.1:${PORT}/` }, testIgnore: /subpath/ },
    { name: 'subpath', use: { baseURL: `http://127.0.0.1:${PORT}/xuexi/` }, testMatch: /subpath/ },
  ],
  webServer: {
    command: `node scripts/e2e-builds.mjs && node scripts/nginx-test-server.mjs --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/xuexi/`,
    timeout: 900_000,
    reuseExistingServer: !process.env.CI,
  },
});

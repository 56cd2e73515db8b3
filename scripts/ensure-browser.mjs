/**
 * Makes sure the end-to-end tests have a Chromium: Playwright's own if it is
 * installed, else the system one; where there is none, installs Debian's
 * (as `playwright install --with-deps` would) when run as root with apt-get,
 * or stops with the exact command to run.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './browser.mjs';

const INSTALL = 'apt-get update && apt-get install -y chromium fonts-noto-cjk';

if (findChromium()) process.exit(0);

const isRoot = process.getuid?.() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log(`未找到 Chromium，正在安装：${INSTALL}`);
  try {
    execSync(INSTALL, { stdio: 'inherit', shell: '/bin/sh', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } catch {
    console.error(`安装失败。请手动运行：sudo ${INSTALL}`);
    process.exit(1);
  }
  if (findChromium()) process.exit(0);
}
console.error(
  `端到端测试需要 Chromium 浏览器，本机没有找到。\n` +
    `Debian/Ubuntu 上请运行：sudo ${INSTALL}\n` +
    `也可以用 CHROMIUM_PATH=/path/to/chromium 指定浏览器。`,
);
process.exit(1);

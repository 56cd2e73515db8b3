/**
 * The system programs the tests need, where to find them, and the Debian
 * packages that provide them. Shared by ensure-tools, the nginx test server
 * and the HTML check.
 */
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { findChromium } from './browser.mjs';

/** An executable on PATH, else at one of the usual places (sbin is often not on a user's PATH). */
function findProgram(name, places = []) {
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  return [...dirs.map((d) => join(d, name)), ...places].find((p) => existsSync(p));
}

export const findNginx = () =>
  (process.env.NGINX_PATH && existsSync(process.env.NGINX_PATH) ? process.env.NGINX_PATH : undefined) ??
  findProgram('nginx', ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx']);

export const findJava = () =>
  (process.env.JAVA_HOME && existsSync(join(process.env.JAVA_HOME, 'bin/java')) ? join(process.env.JAVA_HOME, 'bin/java') : undefined) ??
  findProgram('java');

/** What each test step needs: a finder, the Debian packages, and what to tell the user. */
export const TOOLS = {
  chromium: { find: findChromium, packages: ['chromium', 'fonts-noto-cjk'], purpose: '端到端测试需要 Chromium 浏览器', env: 'CHROMIUM_PATH' },
  nginx: { find: findNginx, packages: ['nginx'], purpose: '端到端测试用 nginx 按 deploy/nginx/xuexi.conf 提供网站', env: 'NGINX_PATH' },
  java: { find: findJava, packages: ['default-jre-headless'], purpose: 'HTML 校验（W3C Nu HTML Checker）需要 Java 11 或更高版本', env: 'JAVA_HOME' },
};

export const installCommand = (names) => `apt-get update && apt-get install -y ${names.flatMap((n) => TOOLS[n].packages).join(' ')}`;

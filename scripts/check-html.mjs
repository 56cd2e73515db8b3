/**
 * Checks every page of the end-to-end builds (dist/ and dist-xuexi/, see
 * e2e-builds.mjs) with the W3C Nu HTML Checker (vnu-jar) and fails on any
 * error. Run after the end-to-end tests, which build them:
 *   node scripts/check-html.mjs
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { E2E_BUILDS } from './e2e-builds.mjs';
import { findJava, installCommand } from './system-tools.mjs';

const java = findJava();
if (!java) {
  console.error(`HTML 校验需要 Java，本机没有找到。Debian/Ubuntu 上请运行：sudo ${installCommand(['java'])}`);
  process.exit(1);
}
const dirs = E2E_BUILDS.map((b) => b.outDir);
for (const dir of dirs) {
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`没有找到构建结果 ${dir}/index.html。请先运行 npm run test:e2e（或 node scripts/e2e-builds.mjs）。`);
    process.exit(1);
  }
}
const pages = dirs.flatMap((dir) => readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.html'))).length;

const vnu = String(createRequire(import.meta.url)('vnu-jar'));
const run = spawnSync(java, ['-jar', vnu, '--errors-only', '--skip-non-html', '--format', 'json', ...dirs], {
  encoding: 'utf8',
  maxBuffer: 256 * 1024 * 1024,
});
let messages;
try {
  messages = JSON.parse(run.stderr || run.stdout).messages;
} catch {
  console.error(`HTML 校验程序没有正常运行：\n${run.stderr || run.stdout || run.error}`);
  process.exit(1);
}

const errors = messages.filter((m) => m.type === 'error' || m.subType === 'fatal');
if (errors.length === 0) {
  console.log(`HTML 校验（W3C Nu HTML Checker）：${pages} 个页面，0 个错误。`);
  process.exit(0);
}
// The same mistake usually repeats on every page: group by message, show where it first occurs.
const byMessage = new Map();
for (const m of errors) byMessage.set(m.message, [...(byMessage.get(m.message) ?? []), m]);
console.error(`HTML 校验（W3C Nu HTML Checker）：${pages} 个页面，${errors.length} 个错误。`);
for (const [message, list] of byMessage) {
  const first = list[0];
  const file = relative(process.cwd(), new URL(first.url).pathname);
  console.error(`\n· ${message}\n  共 ${list.length} 处，例如 ${file}:${first.lastLine ?? '?'}${first.extract ? `\n  ${first.extract.replace(/\s+/g, ' ').trim()}` : ''}`);
}
process.exit(1);

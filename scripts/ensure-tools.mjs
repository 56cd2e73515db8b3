/**
 * Makes sure the system programs a test step needs are there:
 *   node scripts/ensure-tools.mjs chromium nginx
 * Where one is missing, installs Debian's packages (as `playwright install
 * --with-deps` would) when run as root with apt-get, or stops with the exact
 * command to run.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { TOOLS, installCommand } from './system-tools.mjs';

const wanted = process.argv.slice(2);
for (const name of wanted) if (!TOOLS[name]) throw new Error(`未知的工具：${name}（可选：${Object.keys(TOOLS).join('、')}）`);
const missing = () => wanted.filter((name) => !TOOLS[name].find());

if (missing().length === 0) process.exit(0);

const command = installCommand(missing());
if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  console.log(`未找到 ${missing().join('、')}，正在安装：${command}`);
  try {
    execSync(command, { stdio: 'inherit', shell: '/bin/sh', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } catch {
    console.error(`安装失败。请手动运行：sudo ${command}`);
    process.exit(1);
  }
  if (missing().length === 0) process.exit(0);
}
const left = missing();
console.error(
  `${left.map((name) => `${TOOLS[name].purpose}，本机没有找到。`).join('\n')}\n` +
    `Debian/Ubuntu 上请运行：sudo ${installCommand(left)}\n` +
    `也可以用 ${left.map((name) => `${TOOLS[name].env}=…`).join('、')} 指定程序所在位置。`,
);
process.exit(1);

/**
 * Serves the end-to-end builds with real nginx under the shipped config,
 * deploy/nginx/xuexi.conf: the /xuexi/ build as the file has it, and the root
 * build at / made from the same lines the way the README says (every /xuexi/
 * becomes /, the `location = /xuexi` line goes). Both on one host, so the
 * tests see exactly the headers a deployment sends, and that the two builds
 * do not get in each other's way. Only the port, the server name and the
 * folders are substituted; nginx runs in the foreground as the current user,
 * with its pid, logs and temp files in node_modules/.cache.
 *
 *   node scripts/nginx-test-server.mjs [--port 4321]
 */
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { E2E_BUILDS } from './e2e-builds.mjs';
import { findNginx, installCommand } from './system-tools.mjs';

const SHIPPED = 'deploy/nginx/xuexi.conf';
const START = '# ---- 森工学习园地：开始 ----';
const END = '# ---- 森工学习园地：结束 ----';
const SHIPPED_BASE = '/xuexi/';
const SHIPPED_FOLDER = '/srv/sengong-xuexi/';

/** `text` with every `from` replaced; a config that no longer has `from` is an error, not a silent no-op. */
function substitute(text, from, to) {
  if (!text.includes(from)) throw new Error(`${SHIPPED} 里没有找到“${from}”，测试服务器无法按它生成配置`);
  return text.replaceAll(from, to);
}

/** The site's lines for one build: the shipped sub-path lines, or the README's root variant of them. */
function siteLines(site, { base, outDir }) {
  let lines = site;
  if (base === '/') {
    lines = lines.split('\n').filter((line) => !line.includes(`location = ${SHIPPED_BASE.slice(0, -1)} `)).join('\n');
    lines = substitute(lines, SHIPPED_BASE, '/');
  } else if (base !== SHIPPED_BASE) {
    lines = substitute(lines, SHIPPED_BASE, base);
  }
  return substitute(lines, SHIPPED_FOLDER, `${resolve(outDir)}/`);
}

function testConfig(port, workDir) {
  const shipped = readFileSync(SHIPPED, 'utf8');
  const start = shipped.indexOf(START);
  const end = shipped.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${SHIPPED} 缺少“${START}”“${END}”两行标记`);
  const site = shipped.slice(start, end + END.length);
  const sites = E2E_BUILDS.map((build) => siteLines(site, build)).join('\n\n    ');
  let server = shipped.slice(shipped.indexOf('server {'), shipped.lastIndexOf('}') + 1).replace(site, sites);
  server = substitute(server, 'listen 80;', `listen 127.0.0.1:${port};`);
  server = server.replace(/server_name [^;]+;/, 'server_name 127.0.0.1 localhost;');
  const temp = (name) => `${name}_temp_path ${join(workDir, name)};`;
  return [
    '# Written by scripts/nginx-test-server.mjs from deploy/nginx/xuexi.conf: do not edit.',
    'daemon off;',
    'worker_processes 1;',
    // As root nginx would hand its workers to `nobody`; keep the current user.
    ...(process.getuid?.() === 0 ? ['user root;'] : []),
    `pid ${join(workDir, 'nginx.pid')};`,
    'error_log stderr warn;',
    'events { worker_connections 256; }',
    'http {',
    '    default_type application/octet-stream;',
    '    access_log off;',
    // The tests ask for missing files on purpose; nginx need not log each one.
    '    log_not_found off;',
    `    ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n    ')}`,
    `    ${server.split('\n').join('\n    ')}`,
    '}',
    '',
  ].join('\n');
}

/** nginx's own mime.types (next to its compiled-in nginx.conf), which the shipped config includes. */
function systemMimeTypes(nginx) {
  const info = execFileSync(nginx, ['-V'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) || '';
  const confPath = /--conf-path=(\S+)/.exec(info)?.[1];
  const candidates = [confPath && join(dirname(confPath), 'mime.types'), '/etc/nginx/mime.types', '/usr/local/nginx/conf/mime.types'];
  return candidates.find((p) => p && existsSync(p));
}

function main() {
  const args = process.argv.slice(2);
  const port = Number(args.includes('--port') ? args[args.indexOf('--port') + 1] : (process.env.E2E_PORT ?? 4321));
  const nginx = findNginx();
  if (!nginx) {
    console.error(`没有找到 nginx。Debian/Ubuntu 上请运行：sudo ${installCommand(['nginx'])}（或用 NGINX_PATH=… 指定）`);
    process.exit(1);
  }
  for (const { outDir } of E2E_BUILDS) {
    if (!existsSync(join(outDir, 'index.html'))) {
      console.error(`没有找到构建结果 ${outDir}/index.html，请先运行 node scripts/e2e-builds.mjs`);
      process.exit(1);
    }
  }
  const workDir = resolve(`node_modules/.cache/e2e-nginx-${port}`);
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  // nginx resolves the config's `include mime.types` next to the config file.
  const mime = systemMimeTypes(nginx);
  if (!mime) throw new Error('没有找到 nginx 的 mime.types');
  symlinkSync(mime, join(workDir, 'mime.types'));
  const conf = join(workDir, 'nginx.conf');
  writeFileSync(conf, testConfig(port, workDir));

  const child = spawn(nginx, ['-p', workDir, '-c', conf, '-e', 'stderr'], { stdio: 'inherit' });
  // nginx stops gracefully on QUIT, at once on TERM.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill('SIGTERM'));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  console.log(`nginx 已启动：http://127.0.0.1:${port}/ 和 http://127.0.0.1:${port}/xuexi/（配置 ${conf}）`);
}

main();

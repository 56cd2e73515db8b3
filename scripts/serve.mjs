/**
 * Serves a production build the way a plain static host does: files from
 * OUT_DIR (default dist) under BASE_PATH (default /), directory URLs with a
 * trailing slash, the site's 404.html with status 404, long caching for the
 * hashed files in _astro/. Used by `npm start` and the end-to-end tests.
 *
 *   node scripts/serve.mjs [--port 4321] [--host 0.0.0.0]
 */
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sirv from 'sirv';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const port = Number(option('port', process.env.PORT ?? 4321));
const host = option('host', '127.0.0.1');
const root = resolve(process.env.OUT_DIR ?? 'dist');
const base = `/${(process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

if (!existsSync(join(root, 'index.html'))) {
  console.error(`没有找到构建结果 ${root}/index.html，请先运行 npm run build`);
  process.exit(1);
}
// The policy the site must work under: the one the shipped nginx config sends.
const CSP = /add_header Content-Security-Policy "([^"]+)"/.exec(readFileSync(new URL('../deploy/nginx/xuexi.conf', import.meta.url), 'utf8'))[1];
const notFound = readFileSync(join(root, '404.html'));
const files = sirv(root, {
  dev: false,
  etag: true,
  extensions: ['html'],
  setHeaders(res, pathname) {
    if (pathname.endsWith('.html') || pathname.endsWith('.xml') || pathname.endsWith('.webmanifest')) {
      const type = res.getHeader('Content-Type');
      if (type && !String(type).includes('charset')) res.setHeader('Content-Type', `${type}; charset=utf-8`);
    }
    res.setHeader('Content-Security-Policy', CSP);
    res.setHeader('Cache-Control', pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache');
  },
});

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const send404 = () => {
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': CSP });
    res.end(notFound);
  };
  if (url.pathname === base.slice(0, -1)) {
    res.writeHead(301, { Location: base + url.search });
    return res.end();
  }
  if (!url.pathname.startsWith(base)) return send404();
  const path = `/${url.pathname.slice(base.length)}`;
  // Like nginx: a directory without its trailing slash is redirected, not served.
  if (!path.endsWith('/') && existsSync(join(root, decodeURIComponent(path), 'index.html'))) {
    res.writeHead(301, { Location: `${url.pathname}/${url.search}` });
    return res.end();
  }
  req.url = `${path}${url.search}`;
  files(req, res, send404);
}).listen(port, host, () => {
  console.log(`森工学习园地已启动：http://${host === '0.0.0.0' ? 'localhost' : host}:${port}${base}`);
});

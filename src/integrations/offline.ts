/**
 * Offline use, built after the search index (the service worker precaches
 * Pagefind's runtime) and before isolatedBuild() moves the build into place:
 *
 * - `sw.js` (Workbox generateSW): precaches the shell only (CSS and JS under
 *   _astro/, icons, the manifest, the offline page, Pagefind's runtime, and
 *   `offline-version.txt`, the download list's hash, so that sw.js changes
 *   whenever any page does; the list itself grows with the site and is fetched
 *   only when needed); caches every page visited (network first, 3 s timeout) and
 *   Pagefind's hashed index files (cache first). A page neither online nor
 *   stored gets the offline page. Cache names carry the base path, so a root
 *   build and a /xuexi/ build on one host never share or delete each other's.
 * - `offline-files.json`: every page, quiz data file and search index file with
 *   its size and a content hash, read by 下载全部内容 (src/components/offline/).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { titleOf } from '../lib/html';
import { cacheIdFor, cacheNamesFor, formatMegabytes, PAGEFIND_DIR, storedSummary, type OfflineFile, type OfflineManifest } from '../lib/offline';

/** Files every page needs, stored when the service worker installs. */
const SHELL = [
  '_astro/**/*.{css,js}',
  'favicon.svg',
  // Applies the reader's 字号 / 长辈模式 / theme before the first paint, on every page.
  'prefs.js',
  'icon-*.png',
  'manifest.webmanifest',
  'offline/index.html',
  'offline-version.txt',
  'pagefind/pagefind.js',
  'pagefind/pagefind-worker.js',
  'pagefind/pagefind-highlight.js',
  'pagefind/wasm.*.pagefind',
  'pagefind/pagefind-entry.json',
  'pagefind/*.pf_meta',
];
/** A very large site's further search bundles (src/lib/search-words.ts): what merging them loads. */
const MORE_BUNDLES = ['pagefind-*/wasm.*.pagefind', 'pagefind-*/pagefind-entry.json', 'pagefind-*/*.pf_meta'];
/** Shell files that are in the download list too would be fetched twice. */
const IN_SHELL = /^(?:offline\/|pagefind(?:-\d+)?\/(?:[^/]+\.(?:js|pagefind|pf_meta)|pagefind-entry\.json)$)/;

function walk(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? walk(path, root) : [relative(root, path).split(sep).join('/')];
  });
}


/** Every page (index.html → its directory URL), quiz data (JSON) and Pagefind index file. */
export function listOfflineFiles(site: string): OfflineFile[] {
  const files: OfflineFile[] = [];
  for (const path of walk(site).sort()) {
    const isHtml = path === 'index.html' || path.endsWith('/index.html');
    const isData = path.endsWith('.json') && !PAGEFIND_DIR.test(path) && path !== 'offline-files.json';
    const isIndex = PAGEFIND_DIR.test(path) && /\.pf_(?:index|fragment|filter)$/.test(path);
    if (!isHtml && !isData && !isIndex) continue;
    const u = isHtml ? path.slice(0, -'index.html'.length) : path;
    if (IN_SHELL.test(u)) continue;
    const body = readFileSync(join(site, path));
    const file: OfflineFile = { u, b: body.length, r: createHash('sha256').update(body).digest('hex').slice(0, 12) };
    const title = isHtml ? titleOf(body.toString('utf8')) : undefined;
    if (title) file.t = title;
    files.push(file);
  }
  return files;
}

export function offline(): AstroIntegration {
  let base = '/';
  return {
    name: 'offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const names = cacheNamesFor(base);
        const manifest: OfflineManifest = { version: 1, caches: names, files: listOfflineFiles(site) };
        const list = JSON.stringify(manifest);
        writeFileSync(join(site, 'offline-files.json'), list);
        writeFileSync(join(site, 'offline-version.txt'), createHash('sha256').update(list).digest('hex').slice(0, 16));
        const { pages, bytes } = storedSummary(manifest);
        logger.info(`离线下载清单：${pages} 个页面，共 ${manifest.files.length} 个文件，约 ${formatMegabytes(bytes)}`);

        // Loaded here, not with the config: workbox-build (Rollup, Babel, Terser) is 0.7 s and 100 MB
        // that no earlier step needs. Node's require, as Vite's module runner is closed by now.
        const { generateSW } = createRequire(import.meta.url)('workbox-build') as typeof import('workbox-build');
        const { count, size, warnings } = await generateSW({
          globDirectory: site,
          globPatterns: existsSync(join(site, 'pagefind-1')) ? [...SHELL, ...MORE_BUNDLES] : SHELL,
          swDest: join(site, 'sw.js'),
          cacheId: cacheIdFor(base),
          // The new version waits: the page offers 有新内容，点此刷新 (never a reload in the middle of an exam).
          skipWaiting: false,
          clientsClaim: true,
          cleanupOutdatedCaches: true,
          inlineWorkboxRuntime: true,
          sourcemap: false,
          mode: 'production',
          maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
          // Hashed names need no revision.
          dontCacheBustURLsMatching: /^_astro\/|\.pf_meta$/,
          // Pagefind asks for pagefind-entry.json?ts=… and the meta file with ?ts=… to get past HTTP caches.
          ignoreURLParametersMatching: [/^ts$/, /^utm_/],
          runtimeCaching: [
            {
              // Pagefind's index files and anything hashed under _astro/ (e.g. images) never change under one name.
              urlPattern: ({ url, sameOrigin }) => sameOrigin && url.href.startsWith((globalThis as unknown as SW).registration.scope)
                && /^(?:_astro\/|pagefind(?:-\d+)?\/.+\.pf_(?:index|fragment|filter)$)/.test(url.href.slice((globalThis as unknown as SW).registration.scope.length)),
              handler: 'CacheFirst',
              options: { cacheName: names.assets, cacheableResponse: { statuses: [200] }, matchOptions: { ignoreSearch: true } },
            },
            {
              // Pages and their data: the newest when the network answers within 3 s, else the stored copy.
              urlPattern: ({ url, request, sameOrigin }) => sameOrigin && url.href.startsWith((globalThis as unknown as SW).registration.scope)
                && (request.mode === 'navigate' || /(?:\/|\.json)$/.test(url.pathname)),
              handler: 'NetworkFirst',
              options: {
                cacheName: names.pages,
                networkTimeoutSeconds: 3,
                cacheableResponse: { statuses: [200] },
                matchOptions: { ignoreSearch: true },
                plugins: [{
                  // A page neither online nor stored: the offline page, which lists what is stored.
                  handlerDidError: async ({ request }: { request: Request }) => request.mode === 'navigate'
                    ? caches.match(new URL('offline/index.html', (globalThis as unknown as SW).registration.scope).href, { ignoreSearch: true })
                    : undefined,
                }],
              },
            },
          ],
        });
        for (const w of warnings) logger.warn(w);
        logger.info(`离线外壳（service worker 预缓存）：${count} 个文件，约 ${formatMegabytes(size)}`);
      },
    },
  };
}

/** The service worker's global, in functions Workbox copies into sw.js. */
interface SW { registration: { scope: string } }

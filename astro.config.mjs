// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { satteri } from '@astrojs/markdown-satteri';
import { cjkStrong } from './src/lib/markdown/cjk-strong';
import { isolatedBuild, stagedOutDir } from './src/integrations/isolated-build';
import { searchIndex } from './src/integrations/search-index';
import { offline } from './src/integrations/offline';

/**
 * Deployment is set by environment variables so one build command fits every host:
 *   SITE_URL   the public origin (and path) the site is served from, for feeds and the sitemap
 *   BASE_PATH  the sub-path, e.g. /xuexi/ (default: the domain root)
 *   OUT_DIR    where to write the build (default: dist)
 *   CONTENT_DIR, CACHE_DIR  another content folder and its own cache (tests, benchmark):
 *              the content cache remembers file paths, so each content folder needs its own
 *   SEARCH_BUNDLE_SIZE  the most articles in one part of the search index (default 4000;
 *              see src/lib/search-words.ts)
 * Builds with different OUT_DIR and CACHE_DIR can run at once (see isolated-build.ts).
 */
const base = `/${(process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}`;
const out = stagedOutDir(process.env.OUT_DIR ?? 'dist');

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://xuexi.example.org',
  base,
  outDir: out.build,
  ...(process.env.CACHE_DIR ? { cacheDir: process.env.CACHE_DIR } : {}),
  trailingSlash: 'always',
  // Never inline stylesheets either: a strict CSP (style-src 'self') would block them.
  // concurrency: a page waits on its content and its file write; four at a time keep the build busy (about 3 s of 1k builds).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // Bold ending in Chinese punctuation renders as bold, not as asterisks.
  markdown: { processor: satteri({ mdastPlugins: [cjkStrong] }) },
  // 投屏 slides repeat their entry, and the offline page is for the service worker: neither is a page to list.
  // offline() after searchIndex(): the service worker precaches Pagefind's runtime.
  // isolatedBuild() last: it moves the finished build into place.
  integrations: [mdx(), sitemap({ filter: (page) => !/\/slides\/$|\/offline\/$/.test(page) }), searchIndex(), offline(), isolatedBuild(out)],
  vite: {
    plugins: [tailwindcss()],
    // Never inline scripts: hosts may send a strict CSP (script-src 'self').
    build: { modulePreload: false, assetsInlineLimit: 0 },
    // Lazily injected scripts are built as ES modules (see HeaderSearch.astro).
    worker: { format: 'es' },
  },
  devToolbar: { enabled: false },
});

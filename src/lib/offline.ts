/**
 * Offline use: the list of files the 下载全部内容 button stores (offline-files.json,
 * written at build time by src/integrations/offline.ts), the cache names the
 * service worker and the button share, and the figures the reader is shown.
 * Pure: no DOM, no Cache API.
 */

/** One file of the site, its URL relative to the base path. */
export interface OfflineFile {
  /** URL relative to the base path: `cases/x/`, `quiz/data/all.json`, `pagefind/fragment/…`. */
  u: string;
  /** Size in bytes, as stored. */
  b: number;
  /** Content hash: changes when the file does. */
  r: string;
  /** A page's title (pages only). */
  t?: string;
}

export interface OfflineManifest {
  version: 1;
  caches: { pages: string; assets: string };
  files: OfflineFile[];
}

/** A prefix for every cache of one build, so a root site and a /xuexi/ site on one host keep theirs apart. */
export function cacheIdFor(base: string): string {
  const slug = base.replace(/[^a-z0-9]+/gi, '-').replace(/^-+|-+$/g, '').toLowerCase();
  return `sengong-${slug || 'root'}`;
}

export function cacheNamesFor(base: string): OfflineManifest['caches'] {
  const id = cacheIdFor(base);
  return { pages: `${id}-pages`, assets: `${id}-assets` };
}

/** The search index's folders: `pagefind/`, and on a very large site `pagefind-1/`, … (src/lib/search-words.ts). */
export const PAGEFIND_DIR = /^pagefind(?:-\d+)?\//;

/** Which runtime cache a file goes into: Pagefind's hashed index files are assets, the rest pages and data. */
export const cacheKindOf = (url: string): keyof OfflineManifest['caches'] => (PAGEFIND_DIR.test(url) ? 'assets' : 'pages');

export const isPage = (url: string): boolean => url === '' || url.endsWith('/');

/** Reads offline-files.json (or a stored copy of what was downloaded); anything malformed gives null. */
export function parseManifest(data: unknown): OfflineManifest | null {
  if (!data || typeof data !== 'object') return null;
  const d = data as Partial<OfflineManifest>;
  if (d.version !== 1 || !d.caches || typeof d.caches.pages !== 'string' || typeof d.caches.assets !== 'string' || !Array.isArray(d.files)) return null;
  const files = d.files.filter((f): f is OfflineFile =>
    !!f && typeof f === 'object' && typeof f.u === 'string' && !/^[a-z]+:|^\/|\.\./i.test(f.u)
    && typeof f.b === 'number' && Number.isFinite(f.b) && f.b >= 0 && typeof f.r === 'string' && (f.t === undefined || typeof f.t === 'string'));
  return { version: 1, caches: { pages: d.caches.pages, assets: d.caches.assets }, files };
}

export const totalBytes = (files: readonly OfflineFile[]): number => files.reduce((sum, f) => sum + f.b, 0);

/** "12 MB", "3.4 MB", "0.2 MB": rounded for a reader, never "0 MB" for something not empty. */
export function formatMegabytes(bytes: number): string {
  const mb = bytes / 1024 / 1024;
  if (mb >= 10) return `${Math.round(mb)} MB`;
  const tenth = Math.round(mb * 10) / 10;
  return `${tenth === 0 && bytes > 0 ? 0.1 : tenth} MB`;
}

/** What a download has to fetch, given what an earlier one stored: new and changed files; and what to drop. */
export function planDownload(current: OfflineManifest, stored: OfflineManifest | null): { fetch: OfflineFile[]; drop: string[] } {
  const had = new Map((stored?.files ?? []).map((f) => [f.u, f.r]));
  const now = new Set(current.files.map((f) => f.u));
  return {
    fetch: current.files.filter((f) => had.get(f.u) !== f.r),
    drop: [...had.keys()].filter((u) => !now.has(u)),
  };
}

/** How many pages and bytes a manifest lists (the whole site, or what was stored). */
export function storedSummary(stored: OfflineManifest | null): { pages: number; bytes: number } {
  const files = stored?.files ?? [];
  return { pages: files.filter((f) => isPage(f.u)).length, bytes: totalBytes(files) };
}

/**
 * The stored pages to list on the offline page, from the URLs found in the
 * caches (`url`, as cached), with their titles where the download list knows them.
 */
export function storedPages(cachedUrls: readonly string[], base: string, origin: string, manifest: OfflineManifest | null): { href: string; url: string; title?: string }[] {
  const titles = new Map((manifest?.files ?? []).map((f) => [f.u, f.t]));
  const prefix = origin + base;
  const seen = new Set<string>();
  const pages: { href: string; url: string; title?: string }[] = [];
  for (const url of cachedUrls) {
    if (!url.startsWith(prefix)) continue;
    const rel = url.slice(prefix.length).replace(/[?#].*$/, '');
    if (!isPage(rel) || rel === 'offline/' || seen.has(rel)) continue;
    seen.add(rel);
    const title = titles.get(rel);
    pages.push({ href: base + rel, url, ...(title ? { title } : {}) });
  }
  return pages.sort((a, b) => a.href.localeCompare(b.href));
}

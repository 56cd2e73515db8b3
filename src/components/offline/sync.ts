/**
 * Stores the whole site for offline use (下载全部内容), in the runtime caches
 * the service worker serves from: pages and data in one, Pagefind's index
 * files in the other. A copy of the list of what was stored lets the next
 * download (and the update after a new build) fetch only what changed.
 */
import { cacheKindOf, parseManifest, planDownload, type OfflineFile, type OfflineManifest } from '../../lib/offline';

/** Where the list of stored files is kept, inside the pages cache. */
const STORED = 'offline-stored.json';

export const offlineSupported = (): boolean => 'serviceWorker' in navigator && typeof caches !== 'undefined' && window.isSecureContext;

export async function fetchManifest(base: string): Promise<OfflineManifest | null> {
  try {
    const response = await fetch(`${base}offline-files.json`, { cache: 'no-cache' });
    return response.ok ? parseManifest(await response.json()) : null;
  } catch {
    return null;
  }
}

export async function readStored(base: string, names: OfflineManifest['caches']): Promise<OfflineManifest | null> {
  try {
    const response = await (await caches.open(names.pages)).match(base + STORED);
    return response ? parseManifest(await response.json()) : null;
  } catch {
    return null;
  }
}

export interface Progress { done: number; total: number }
export interface StoreOptions { signal?: AbortSignal; concurrency?: number; onProgress?: (p: Progress) => void }

// One download at a time per page, whether the reader started it or the update after a new build did.
const shared = globalThis as { sengongDownloading?: boolean };
export const downloading = (): boolean => !!shared.sengongDownloading;

/**
 * Fetches what is new or changed, a few files at a time; stops early when `signal` aborts.
 * Returns how many failed, or null when another download is already running.
 */
export async function storeAll(base: string, manifest: OfflineManifest, options: StoreOptions = {}): Promise<{ failed: number; stored: OfflineManifest } | null> {
  if (downloading()) return null;
  shared.sengongDownloading = true;
  try {
    return await storeChanged(base, manifest, options);
  } finally {
    shared.sengongDownloading = false;
  }
}

async function storeChanged(base: string, manifest: OfflineManifest, options: StoreOptions): Promise<{ failed: number; stored: OfflineManifest }> {
  const stored = await readStored(base, manifest.caches);
  const plan = planDownload(manifest, stored);
  const cache = { pages: await caches.open(manifest.caches.pages), assets: await caches.open(manifest.caches.assets) };
  for (const u of plan.drop) await cache[cacheKindOf(u)].delete(base + u, { ignoreSearch: true });
  const pending = new Set(plan.fetch.map((f) => f.u));
  const progress = { done: 0, total: plan.fetch.reduce((s, f) => s + f.b, 0) };
  options.onProgress?.(progress);
  let failed = 0;
  const queue = [...plan.fetch];
  const worker = async () => {
    for (let file: OfflineFile | undefined; (file = queue.shift()) && !options.signal?.aborted;) {
      try {
        const response = await fetch(base + file.u, { cache: 'no-cache', ...(options.signal ? { signal: options.signal } : {}) });
        if (!response.ok) throw new Error(String(response.status));
        await cache[cacheKindOf(file.u)].put(base + file.u, response);
        pending.delete(file.u);
      } catch {
        if (!options.signal?.aborted) failed++;
      }
      progress.done += file.b;
      options.onProgress?.(progress);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 4 }, worker));
  // What is stored now: everything listed except what is still missing.
  const result: OfflineManifest = { ...manifest, files: manifest.files.filter((f) => !pending.has(f.u)) };
  await cache.pages.put(base + STORED, new Response(JSON.stringify(result), { headers: { 'Content-Type': 'application/json' } }));
  return { failed, stored: result };
}

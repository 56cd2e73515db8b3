/**
 * Registers the service worker (sw.js, scope = the base path) from the idle
 * records module, never on an article's first load. Where service workers do
 * not exist (insecure contexts, blocked) it does nothing. After a new build
 * it offers the update (update-notice.ts) and, if the whole site was
 * downloaded, fetches what changed.
 */
import searchModule from '../search/header-search.ts?worker&url';
import { cacheNamesFor } from '../../lib/offline';
import { injectOnce } from '../lazy-script';
import { siteBase } from '../site-base';
import { watchForUpdates } from './update-notice';
import { fetchManifest, offlineSupported, readStored, storeAll } from './sync';

export function registerOffline(): void {
  if (!offlineSupported()) return;
  const base = siteBase();
  navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).then((registration) => {
    watchForUpdates(registration);
    void storeThisPage(base);
    warmSearchWhenStored();
    if (navigator.serviceWorker.controller) void refreshDownload(base);
  }).catch(() => {
    // No service worker (e.g. sw.js missing on this host): the site works online as before.
  });
}

/**
 * Once the service worker is in control, the search runtime (Pagefind's script,
 * WebAssembly and metadata, in the precached shell) is on the device: start it
 * when the page is idle, costing no download, so the first query fetches only
 * its index chunks and results. Before that, search starts on focus as always.
 */
function warmSearchWhenStored() {
  if (!document.querySelector('site-search')) return;
  const warm = () => ('requestIdleCallback' in window ? requestIdleCallback(injectOnce(searchModule), { timeout: 5000 }) : setTimeout(injectOnce(searchModule), 1000));
  if (navigator.serviceWorker.controller) warm();
  else navigator.serviceWorker.addEventListener('controllerchange', warm, { once: true });
}

/** The first page of a visit loads before the worker is there to store it: store it now. */
async function storeThisPage(base: string) {
  try {
    await navigator.serviceWorker.ready;
    const cache = await caches.open(cacheNamesFor(base).pages);
    const url = location.href.split('#')[0]!;
    if (!(await cache.match(url, { ignoreSearch: true }))) await cache.add(url);
  } catch {
    // Offline, or a page that is not there (404): nothing to store.
  }
}

/** A downloaded site stays whole: once a new version is in control, fetch what changed in the background. */
async function refreshDownload(base: string) {
  // Only where everything was downloaded: the list is fetched then, not on every page.
  if (!navigator.onLine || !(await readStored(base, cacheNamesFor(base)))) return;
  const manifest = await fetchManifest(base);
  if (!manifest) return;
  try {
    await storeAll(base, manifest, { concurrency: 2 });
  } catch {
    // Storage full or gone: the next visit tries again.
  }
}

/** The offline page: links to every page stored on this device. */
import { cacheNamesFor, storedPages } from '../../lib/offline';
import { offlineUi } from '../../lib/ui';
import { siteBase } from '../site-base';
import { fetchManifest } from './sync';

const root = document.querySelector<HTMLElement>('[data-offline-page]')!;

async function list() {
  const base = siteBase();
  // Titles are a nicety: without the list, pages are shown by their address.
  const manifest = await fetchManifest(base);
  const names = manifest?.caches ?? cacheNamesFor(base);
  let urls: string[] = [];
  try {
    urls = (await (await caches.open(names.pages)).keys()).map((r) => r.url);
  } catch {
    // No Cache API: nothing stored to list.
  }
  const pages = storedPages(urls, base, location.origin, manifest);
  root.querySelector<HTMLElement>('[data-offline-none]')!.hidden = pages.length > 0;
  root.querySelector('[data-offline-count]')!.textContent = pages.length ? offlineUi.offlineCount(pages.length) : '';
  root.querySelector('[data-offline-list]')!.replaceChildren(...pages.map((p) => {
    const li = document.createElement('li');
    li.append(Object.assign(document.createElement('a'), { href: p.href, textContent: p.title, className: 'underline' }));
    return li;
  }));
}
void list();

/** The offline page: links to every page stored on this device. */
import { titleOf } from '../../lib/html';
import { cacheNamesFor, storedPages } from '../../lib/offline';
import { offlineUi } from '../../lib/ui';
import { siteBase } from '../site-base';
import { readStored } from './sync';

const root = document.querySelector<HTMLElement>('[data-offline-page]')!;

async function list() {
  const base = siteBase();
  const names = cacheNamesFor(base);
  let cache: Cache | undefined;
  let urls: string[] = [];
  try {
    cache = await caches.open(names.pages);
    urls = (await cache.keys()).map((r) => r.url);
  } catch {
    // No Cache API: nothing stored to list.
  }
  // Titles from the download list stored by 下载全部内容, else from each stored page (a few visited ones), else the address.
  const pages = storedPages(urls, base, location.origin, await readStored(base, names));
  const titles = await Promise.all(pages.map(async (p) => p.title ?? titleOf((await (await cache?.match(p.url))?.text()) ?? '') ?? decodeURI(p.href)));
  root.querySelector<HTMLElement>('[data-offline-none]')!.hidden = pages.length > 0;
  root.querySelector('[data-offline-count]')!.textContent = pages.length ? offlineUi.offlineCount(pages.length) : '';
  root.querySelector('[data-offline-list]')!.replaceChildren(...pages.map((p, i) => {
    const li = document.createElement('li');
    li.append(Object.assign(document.createElement('a'), { href: p.href, textContent: titles[i], className: 'underline' }));
    return li;
  }));
}
void list();

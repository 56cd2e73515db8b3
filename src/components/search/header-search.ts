/**
 * The header search box's results as the reader types, and the marking of
 * searched terms on a page opened from a result. Injected when the box is
 * first focused or the page was opened from a result (search-loader.ts), or
 * when idle once the search files are stored on the device (offline/register.ts).
 */
import { HIGHLIGHT_PARAM } from '../../lib/search-param';
import { loadPagefind, renderHit, runSearch } from './pagefind';

function attach(root: HTMLElement) {
  const base = root.dataset.base!;
  const input = root.querySelector<HTMLInputElement>('input[name="q"]')!;
  const panel = root.querySelector<HTMLElement>('[data-results]')!;
  const list = panel.querySelector('ul')!;
  const status = panel.querySelector<HTMLElement>('[data-status]')!;
  const more = panel.querySelector<HTMLAnchorElement>('[data-more]')!;

  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;

  const close = () => {
    latest++; // a search still in flight must not reopen the panel
    panel.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  };

  // Pagefind did not load, or the host's CSP blocks its WebAssembly: say so and offer browsing.
  const unavailable = async () => {
    list.replaceChildren();
    more.hidden = true;
    (await import('./unavailable')).showUnavailable(status, base);
    panel.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };

  const update = async () => {
    const q = input.value.trim();
    if (!q) return close();
    const ticket = ++latest;
    const stale = () => ticket !== latest; // a newer keystroke won
    const found = await runSearch(base, { q, filters: {}, sort: 'relevance' }, 5, stale).catch(() => undefined);
    if (stale()) return;
    if (found === undefined) return unavailable();
    // Show each hit as soon as its excerpt arrives, keeping rank order.
    const slots = (found?.hits ?? []).map((hit) => {
      const slot = document.createElement('li');
      slot.hidden = true;
      void hit.then((h) => !stale() && slot.replaceWith(renderHit(h)));
      return slot;
    });
    list.replaceChildren(...slots);
    status.textContent = found && found.total > 0
      ? (root.dataset.found ?? '').replace('{n}', String(found.total))
      : (root.dataset.none ?? '');
    // Pagefind falls back to single characters for unknown words: say so once the hits are in.
    void Promise.all(found?.hits ?? []).then((hits) => {
      if (!stale() && hits.length > 0 && !hits.some((h) => h.full)) {
        status.textContent = (root.dataset.partial ?? '').replace('{n}', String(found!.total)).replace('{q}', q);
      }
    });
    more.href = `${base}search/?q=${encodeURIComponent(q)}`;
    more.hidden = !found || found.total === 0;
    panel.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    // No real debounce: a search is cheap once Pagefind is loaded, and stale answers are dropped.
    timer = setTimeout(update, 0);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      close();
      input.blur();
    }
  });
  root.addEventListener('focusout', (e) => {
    if (!root.contains(e.relatedTarget as Node | null)) close();
  });
  if (input.value.trim()) void update();
}

const root = document.querySelector<HTMLElement>('site-search');
if (root) {
  // Start Pagefind at once; a failure is shown when the reader searches.
  loadPagefind(root.dataset.base!).catch(() => {});
  if (document.activeElement && root.contains(document.activeElement)) attach(root);
  else root.querySelector('input')!.addEventListener('focus', () => attach(root), { once: true });
  if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) {
    import(/* @vite-ignore */ `${root.dataset.base}pagefind/pagefind-highlight.js`).then(
      ({ default: Highlight }) => new Highlight({ highlightParam: HIGHLIGHT_PARAM, addStyles: false, markOptions: { className: 'search-mark' } }),
    );
  }
}

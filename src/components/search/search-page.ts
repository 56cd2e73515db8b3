/**
 * The /search/ page: query, filters and sort live in the URL; results update
 * as the reader types; each settled search is a history entry, so Back undoes it.
 */
import { parseSearchState, sameState, SEARCH_FILTERS, toSearchParams, type SearchState } from '../../lib/search';
import { loadPagefind, renderHit, runSearch } from './pagefind';

const PAGE = 20;

class SearchPage extends HTMLElement {
  connectedCallback() {
    const base = this.dataset.base!;
    const form = this.querySelector('form')!;
    const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
    const selects = Object.fromEntries(SEARCH_FILTERS.map((name) => [name, form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!]));
    const sort = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    const list = this.querySelector<HTMLUListElement>('[data-hits]')!;
    const more = this.querySelector<HTMLButtonElement>('[data-more]')!;
    const empty = this.querySelector<HTMLElement>('[data-empty]')!;
    this.querySelector('[data-needs-js]')?.remove();
    form.hidden = false;

    let state = parseSearchState(new URLSearchParams(location.search));
    let shown = PAGE;
    let ticket = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const readForm = (): SearchState => {
      const filters: SearchState['filters'] = {};
      for (const name of SEARCH_FILTERS) if (selects[name]!.value) filters[name] = selects[name]!.value;
      return { q: input.value.trim(), filters, sort: sort.value === 'date' ? 'date' : 'relevance' };
    };
    const writeForm = (s: SearchState) => {
      input.value = s.q;
      for (const name of SEARCH_FILTERS) selects[name]!.value = s.filters[name] ?? '';
      sort.value = s.sort;
    };

    // Pagefind did not load, or the host's CSP blocks its WebAssembly: say so and offer browsing.
    const unavailable = async () => {
      list.replaceChildren();
      more.hidden = empty.hidden = true;
      (await import('./unavailable')).showUnavailable(status, base);
    };

    const render = async () => {
      const mine = ++ticket;
      const stale = () => mine !== ticket;
      const found = await runSearch(base, state, shown, stale).catch(() => undefined);
      if (found === undefined) return stale() ? undefined : unavailable();
      const hits = await Promise.all(found?.hits ?? []);
      if (stale()) return;
      list.replaceChildren(...hits.map((h) => renderHit(h, 'h2')));
      const none = found !== null && found.total === 0;
      empty.hidden = !none;
      // Pagefind falls back to single characters for words it does not know: say so rather than pretend.
      const partial = hits.length > 0 && !hits.some((h) => h.full);
      status.textContent = found && found.total > 0
        ? (partial ? (this.dataset.partial ?? '') : (this.dataset.found ?? '')).replace('{n}', String(found.total)).replace('{q}', state.q)
        : '';
      more.hidden = !found || found.total <= shown;
      document.title = state.q ? `${state.q} - ${this.dataset.title}` : (this.dataset.title ?? document.title);
    };

    const commit = (push: boolean) => {
      const next = readForm();
      if (sameState(next, state) && !push) return;
      const url = `${location.pathname}${toSearchParams(next).size ? `?${toSearchParams(next)}` : ''}`;
      if (!sameState(next, state)) history[push ? 'pushState' : 'replaceState'](null, '', url);
      state = next;
      shown = PAGE;
      void render();
    };

    // Filter choices come from the index itself, with counts.
    void loadPagefind(base).then(async (pagefind) => {
      const filters = await pagefind.filters();
      for (const name of SEARCH_FILTERS) {
        const values = Object.entries(filters[name] ?? {}).sort(([a], [b]) => (name === '年份' ? b.localeCompare(a) : a.localeCompare(b, 'zh-CN')));
        selects[name]!.append(...values.map(([value, count]) => new Option(`${value}（${count}）`, value)));
      }
      writeForm(state);
    }).catch(unavailable);

    writeForm(state);
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => commit(false), 40);
    });
    // A search that settles (Enter, or a filter change) becomes its own history entry.
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const next = readForm();
      history.pushState(null, '', `${location.pathname}?${toSearchParams(next)}`);
      state = next;
      void render();
    });
    form.addEventListener('change', (e) => {
      if ((e.target as HTMLElement).tagName === 'SELECT') commit(true);
    });
    more.addEventListener('click', () => {
      shown += PAGE;
      void render();
    });
    window.addEventListener('popstate', () => {
      state = parseSearchState(new URLSearchParams(location.search));
      writeForm(state);
      void render();
    });
    if (state.q || Object.keys(state.filters).length) void render();
    if (!state.q) input.focus();
  }
}
customElements.define('search-page', SearchPage);

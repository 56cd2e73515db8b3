/**
 * Loads the Pagefind bundle once, from under the site's base path (its own
 * path detection fails under a sub-path), and shapes results for display.
 */
import { fullMatch, keyWords, pagefindOptions, resultHref, searchTerm, type SearchState } from '../../lib/search';
import { joinWords } from '../../lib/search-words';

interface PagefindResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results?: { url: string; title: string; excerpt: string }[];
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, o?: Record<string, unknown>): Promise<void>;
  preload(term: string): Promise<void>;
  search(term: string | null, o?: object): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** `full`: the page contains every word of the query, not just some of its characters. */
export interface SearchHit { href: string; title: string; section: string; date: string; excerpt: string; full: boolean }

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
const segment = (text: string) => [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);

let loading: Promise<Pagefind> | undefined;

export function loadPagefind(base: string): Promise<Pagefind> {
  loading ??= (async () => {
    // Fail at once where WebAssembly cannot run (a CSP without 'wasm-unsafe-eval'), rather than after Pagefind's 5 s worker timeout.
    new WebAssembly.Module(Uint8Array.of(0, 97, 115, 109, 1, 0, 0, 0));
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    // Pagefind searches in its web worker: on the page, a search on an old phone would hold up typing.
    const shared = { baseUrl: base, excerptLength: 36 };
    await pagefind.options({ ...shared, bundlePath: `${base}pagefind/` });
    await pagefind.init();
    // A very large site's index comes in parts (src/lib/search-words.ts): merge the others into the first.
    const more = document.documentElement.dataset.searchBundles?.split(' ').filter(Boolean) ?? [];
    await Promise.all(more.map((bundle) => pagefind.mergeIndex(`${base}${bundle}`, shared)));
    return pagefind;
  })();
  return loading;
}

/**
 * Runs a search; `null` when there is nothing to search for, or when `stale()`
 * says a newer search has started (so no result fragments are fetched for it).
 * Hits come as promises, in rank order, so a list can show each as it arrives.
 */
export async function runSearch(
  base: string,
  state: SearchState,
  limit: number,
  stale: () => boolean = () => false,
): Promise<{ total: number; hits: Promise<SearchHit>[] } | null> {
  const term = searchTerm(state);
  if (term === '') return null;
  const pagefind = await loadPagefind(base);
  const response = await pagefind.search(term, pagefindOptions(state));
  if (!response || stale()) return null;
  // Excerpts are requested first; the query's words are split while they load.
  const data = response.results.slice(0, limit).map((r) => r.data());
  const words = keyWords(state.q, segment);
  return {
    total: response.results.length,
    hits: data.map(async (loading) => {
      const d = await loading;
      // Land on the section of the page that matched best, when Pagefind found one.
      const best = d.sub_results?.find((s) => s.url.includes('#')) ?? d;
      // The index holds its text with a space between Chinese words (src/lib/search-words.ts): shown without.
      const title = joinWords(d.meta.title ?? '');
      return {
        href: resultHref(best.url, state.q),
        title,
        section: d.meta.section ?? '',
        date: d.meta.date ?? '',
        excerpt: joinWords(best.excerpt),
        full: fullMatch(`${title} ${joinWords(d.content)}`, words),
      };
    }),
  };
}

/** One result as a list item; the excerpt is Pagefind's HTML (our own text with <mark>). */
export function renderHit(hit: SearchHit, headingTag: 'h2' | 'h3' = 'h3'): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-hit';
  const heading = document.createElement(headingTag);
  const a = document.createElement('a');
  a.href = hit.href;
  a.textContent = hit.title;
  heading.append(a);
  const meta = document.createElement('p');
  meta.className = 'eyebrow';
  meta.textContent = [hit.section, hit.date].filter(Boolean).join(' · ');
  const excerpt = document.createElement('p');
  excerpt.className = 'search-excerpt';
  excerpt.innerHTML = hit.excerpt;
  li.append(heading, meta, excerpt);
  return li;
}

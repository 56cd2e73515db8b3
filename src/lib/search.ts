/**
 * Search state in the URL (?q=…&栏目=…), so a search can be shared, bookmarked
 * and undone with the back button; and the Pagefind options it maps to.
 * Pure: no DOM, no Pagefind.
 */
export const SEARCH_FILTERS = ['栏目', '分类', '标签', '年份'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];
export type SearchSort = 'relevance' | 'date';

export interface SearchState {
  q: string;
  filters: Partial<Record<SearchFilter, string>>;
  sort: SearchSort;
}

import { HIGHLIGHT_PARAM } from './search-param';

export { HIGHLIGHT_PARAM };

export function parseSearchState(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const name of SEARCH_FILTERS) {
    const value = params.get(name)?.trim();
    if (value) filters[name] = value;
  }
  return { q: (params.get('q') ?? '').trim(), filters, sort: params.get('sort') === 'date' ? 'date' : 'relevance' };
}

export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const name of SEARCH_FILTERS) if (state.filters[name]) params.set(name, state.filters[name]!);
  if (state.sort === 'date') params.set('sort', 'date');
  return params;
}

export function sameState(a: SearchState, b: SearchState): boolean {
  return toSearchParams(a).toString() === toSearchParams(b).toString();
}

/** Pagefind's search options for a state: filters as single values, optional date sort. */
export function pagefindOptions(state: SearchState): { filters: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> } {
  const filters: Record<string, string> = {};
  for (const name of SEARCH_FILTERS) if (state.filters[name]) filters[name] = state.filters[name]!;
  return state.sort === 'date' ? { filters, sort: { date: 'desc' } } : { filters };
}

/** Pagefind needs a query or a filter to return anything; `null` means "show nothing". */
export function searchTerm(state: SearchState): string | null {
  if (state.q) return state.q;
  return Object.keys(state.filters).length > 0 ? null : '';
}

/**
 * The link to a result: Pagefind's (sub-)result URL with the highlight
 * parameter put before the #anchor, so the page opens at the match with the
 * terms marked.
 */
export function resultHref(url: string, query: string): string {
  const [path, hash = ''] = url.split('#');
  if (!query) return url;
  const joiner = path!.includes('?') ? '&' : '?';
  return `${path}${joiner}${HIGHLIGHT_PARAM}=${encodeURIComponent(query)}${hash ? `#${hash}` : ''}`;
}

/**
 * Words of a query that a page must contain to count as a full match:
 * segments of two or more characters (single characters and punctuation are
 * too common to decide anything). The segmenter is passed in (Intl.Segmenter
 * in the browser).
 */
export function keyWords(query: string, segment: (text: string) => string[]): string[] {
  const words = segment(query.replace(/["“”]/g, ' ')).map((w) => w.trim()).filter((w) => [...w].length >= 2);
  return [...new Set(words)];
}

/** Whether a page's text contains every key word of the query. */
export function fullMatch(text: string, words: readonly string[]): boolean {
  return words.every((w) => text.includes(w));
}

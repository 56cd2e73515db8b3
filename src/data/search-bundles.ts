/**
 * The search bundles of this build (see splitting in src/lib/search-words.ts):
 * the same answer for the pages, which tell the browser which bundles to merge,
 * and for the search-index integration, which writes them.
 */
import { DEFAULT_BUNDLE_SIZE, searchBundles } from '../lib/search-words';

export const searchBundlesFor = (articles: number): string[] =>
  searchBundles(articles, Number(process.env.SEARCH_BUNDLE_SIZE) || DEFAULT_BUNDLE_SIZE);

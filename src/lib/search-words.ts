/**
 * The search index's text and parts, prepared at build time (pure: the
 * segmenter is passed in).
 *
 * Chinese words for the search index, marked at build time. Pagefind's own
 * Chinese segmentation (its Extended binary) held about 0.7 MiB per page until
 * the index was written and made writing three times slower: 10,000 articles
 * would need 8 GiB. So the build splits Chinese text into words itself, with
 * ICU's dictionary (Intl.Segmenter, the same as browsers use for queries), by
 * putting a space between two words; Pagefind then only splits at spaces.
 * The spaces are taken out again wherever the index's text is shown.
 */

const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef';
const RUN = new RegExp(`[${CJK}]{2,}`, 'gu');
// A space between two CJK characters, with Pagefind's <mark> tags on either side.
const BETWEEN = new RegExp(`(?<=[${CJK}](?:</?mark>)?) (?=(?:</?mark>)?[${CJK}])`, 'gu');

/** The words of a run of Chinese text, space-separated. */
export function spaceWords(text: string, segmenter: Intl.Segmenter): string {
  return text.replace(RUN, (run) => Array.from(segmenter.segment(run), (s) => s.segment).join(' '));
}

/**
 * Splits the Chinese text of HTML pages (text between tags only; tags and
 * attributes stay as they are). Text seen before (menus, titles in lists,
 * footers) is split once.
 */
export function htmlWordSpacer(segmenter: Intl.Segmenter): (html: string) => string {
  const seen = new Map<string, string>();
  const space = (text: string) => {
    let out = seen.get(text);
    if (out === undefined) seen.set(text, (out = spaceWords(text, segmenter)));
    return out;
  };
  return (html) => html.replace(/>([^<]+)</g, (_, text: string) => `>${space(text)}<`);
}

/** Text from the index (a title, content, or an excerpt with <mark>) as it was written: without the spaces between Chinese words. */
export function joinWords(text: string): string {
  return text.replace(BETWEEN, '');
}

/**
 * Pagefind keeps every page it reads in memory until it writes the index
 * (about 0.45 MiB per article here), so a large site is indexed in parts of at
 * most this many articles, one Pagefind run each, and the browser merges them.
 * SEARCH_BUNDLE_SIZE changes it (the /xuexi/ test build uses a small one so
 * the merging is tested).
 */
export const DEFAULT_BUNDLE_SIZE = 4000;

/** The search bundles' folders, relative to the base path: `pagefind/` first (its runtime loads the others), then `pagefind-1/`, … */
export function searchBundles(articles: number, size = DEFAULT_BUNDLE_SIZE): string[] {
  const count = Math.max(1, Math.ceil(articles / Math.max(1, size)));
  return Array.from({ length: count }, (_, i) => (i === 0 ? 'pagefind/' : `pagefind-${i}/`));
}

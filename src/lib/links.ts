/**
 * The one link helper: every internal href, asset URL, feed link and sitemap
 * entry goes through `link()` so the site works at the root or under BASE_PATH.
 */
const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** Join a base path and a site path into a directory-style URL path. */
export function joinBase(base: string, path: string): string {
  if (EXTERNAL.test(path) || path.startsWith('#')) return path;
  const match = /^([^?#]*)(.*)$/.exec(path)!;
  let pathname = match[1]!.replace(/^\/+/, '');
  const rest = match[2]!;
  const last = pathname.split('/').pop()!;
  // Directory-style URLs: /theory/foo → /theory/foo/, but leave files (rss.xml) alone.
  if (pathname !== '' && !pathname.endsWith('/') && !last.includes('.')) pathname += '/';
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  return `${prefix}${pathname}${rest}`;
}

/** Absolute URL for feeds, the sitemap and share links. */
export function absoluteUrl(site: string | URL, base: string, path: string): string {
  return new URL(joinBase(base, path), site).href;
}

export function link(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/** Site paths for each kind of entry (without the base; pass them to `link()`). */
export const paths = {
  entry: (collection: string, id: string) => {
    if (collection === 'quizzes') return `/quiz/${id}/`;
    if (collection === 'exams') return `/quiz/exam/${id}/`;
    return `/${collection}/${id}/`;
  },
  section: (section: string, page = 1) => (page > 1 ? `/${section}/${page}/` : `/${section}/`),
  category: (section: string, slug: string, page = 1) =>
    `/${section}/category/${slug}/${page > 1 ? `${page}/` : ''}`,
  tag: (slug: string, page = 1) => `/tags/${slug}/${page > 1 ? `${page}/` : ''}`,
};

/** The entry a site path (without the base) leads to, as `collection/id`: the inverse of `paths.entry` (ids are never all digits: those are list pages). */
export function entryKeyOf(path: string): string | undefined {
  const m = /^\/(?:(theory|forestry|cases|models|paths)|quiz\/(exam)|(quiz))\/(?!\d+\/$)([a-z0-9]+(?:-[a-z0-9]+)*)\/$/.exec(path);
  if (!m) return undefined;
  const collection = m[1] ?? (m[2] ? 'exams' : 'quizzes');
  return `${collection}/${m[4]}`;
}

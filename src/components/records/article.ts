/** What the records keep of the article on this page, read from its server-rendered markup. */
import { siteBase } from '../site-base';

export interface ArticleOnPage { key: string; title: string; tags: string[]; path: string }

/** `<article data-read-key="theory/x" data-tags="slug slug">` with its <h1>. */
export function describeArticle(el: HTMLElement): ArticleOnPage {
  const base = siteBase();
  return {
    key: el.dataset.readKey!,
    title: el.querySelector('h1')?.textContent?.trim() ?? el.dataset.readKey!,
    tags: (el.dataset.tags ?? '').split(' ').filter(Boolean),
    path: `/${location.pathname.slice(base.length)}`,
  };
}

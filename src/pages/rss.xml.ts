import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getCatalog } from '../data/catalog';
import { absoluteUrl } from '../lib/links';
import { SECTIONS } from '../lib/sections';
import { site } from '../site.config';

/** The 50 newest entries across all sections. */
export async function GET(context: APIContext) {
  const { all } = await getCatalog();
  const base = import.meta.env.BASE_URL;
  return rss({
    title: site.name,
    description: site.description,
    site: absoluteUrl(context.site!, base, '/'),
    trailingSlash: true,
    items: all.slice(0, 50).map((a) => ({
      title: a.title,
      description: a.summary,
      pubDate: a.date,
      link: absoluteUrl(context.site!, base, a.path),
      categories: [SECTIONS[a.collection].label, ...a.tags.map((t) => t.label)],
    })),
    customData: '<language>zh-CN</language>',
  });
}

import type { GetStaticPaths } from 'astro';
import { getCatalog } from '../../../data/catalog';
import { TAGS } from '../../../lib/content/tags';

/** How many of a tag's newest entries /me/ may suggest from: a fixed size, whatever the size of the library. */
const RECENT = 24;

/**
 * A tag's newest entries, for the suggestions on /me/ ("unread articles on
 * the tags you read and miss most"), fetched only for the few tags that matter.
 */
export const getStaticPaths = (async () => {
  const { byTag } = await getCatalog();
  return TAGS.flatMap((tag) => {
    const items = (byTag.get(tag.slug) ?? []).slice(0, RECENT);
    return items.length ? [{ params: { tag: tag.slug }, props: { items: items.map((a) => ({ key: a.key, title: a.title, path: a.path, tags: a.tags.map((t) => t.slug) })) } }] : [];
  });
}) satisfies GetStaticPaths;

export function GET({ props }: { props: { items: unknown[] } }) {
  return new Response(JSON.stringify(props.items), { headers: { 'Content-Type': 'application/json' } });
}

/**
 * Builds the Pagefind search index right after `astro build`, so every build
 * (npm run build, the tests, the benchmark) produces a searchable dist/.
 *
 * Only articles carry search content (data-pagefind-body), so only their
 * pages are handed to Pagefind: reading every list, tag, slide and quiz page
 * as well took more than half of its time and found nothing. A test checks
 * that no other page carries data-pagefind-body (tests/e2e/search.spec.ts).
 *
 * Chinese is split into words here, not by Pagefind (see src/lib/search-words.ts):
 * Pagefind is handed the article pages with a space between words, and
 * the index is written under a language code of its own, so Pagefind splits
 * only at spaces. In the browser, Pagefind falls back to that index for the
 * zh-CN pages and splits each query with Intl.Segmenter, as before.
 *
 * A site with more articles than one Pagefind run should hold is indexed in
 * parts (src/data/search-bundles.ts), one run and one process each, written
 * to pagefind/, pagefind-1/, …; the pages name the extra parts and the
 * browser merges them.
 */
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { searchBundlesFor } from '../data/search-bundles';
import { dealInTurn } from '../lib/deal';
import { htmlWordSpacer } from '../lib/search-words';

/** The route that renders the articles (src/pages/[section]/[id].astro): its pages, and no others, carry search content. */
const ARTICLE_ROUTE = '/[section]/[id]';

/** Not a language Pagefind segments or stems: it splits the prepared text at spaces only. */
const INDEX_LANGUAGE = 'zxx';

/** Pages handed to Pagefind and not yet read by it: enough to keep it busy, few enough to hold little memory. */
const IN_FLIGHT = 16;

export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, assets, logger }) => {
        const site = fileURLToPath(dir);
        const spaceWords = htmlWordSpacer(new Intl.Segmenter('zh-CN', { granularity: 'word' }));
        const articles = (assets.get(ARTICLE_ROUTE) ?? []).map((url) => relative(site, fileURLToPath(url))).sort();
        // As many as the catalog's articles, which the pages count too, so both agree on the bundles.
        const bundles = searchBundlesFor(articles.length);
        // Articles dealt out in turn, so each part is a sample of the whole site: each part scores its results
        // by its own word statistics, and parts of one section each would rank a theory article against a
        // model story on different scales.
        const parts = dealInTurn(articles, bundles.length);
        let indexed = 0;
        for (const [i, bundle] of bundles.entries()) {
          try {
            const { index, errors } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
            if (!index) throw new Error(`无法创建搜索索引：${errors.join('；')}`);
            // Handed over as text, not written out again: Pagefind reads each page while the next is split.
            const problems: string[] = [];
            const inFlight = new Set<Promise<void>>();
            for (const file of parts[i]!) {
              if (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight);
              const content = spaceWords(readFileSync(join(site, file), 'utf8'));
              const url = `/${file.split(sep).join('/').replace(/index\.html$/, '')}`;
              const adding: Promise<void> = index
                .addHTMLFile({ url, content })
                .then((added) => void problems.push(...added.errors.map((e) => `${url}：${e}`)), (e: unknown) => void problems.push(`${url}：${String(e)}`))
                .finally(() => inFlight.delete(adding));
              inFlight.add(adding);
            }
            await Promise.all(inFlight);
            if (problems.length) throw new Error(`搜索索引出错：${problems.join('；')}`);
            const written = await index.writeFiles({ outputPath: join(site, bundle) });
            if (written.errors.length) throw new Error(`写入搜索索引出错：${written.errors.join('；')}`);
            indexed += parts[i]!.length;
          } finally {
            // One Pagefind process per part: its memory goes with it.
            await pagefind.close();
          }
        }
        logger.info(`搜索索引已建立：${indexed} 个页面${bundles.length > 1 ? `，分 ${bundles.length} 部分` : ''}`);
      },
    },
  };
}

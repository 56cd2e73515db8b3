/**
 * Builds the Pagefind search index right after `astro build`, so every build
 * (npm run build, the tests, the benchmark) produces a searchable dist/.
 * Pagefind's npm package runs its Extended binary: Chinese is segmented at
 * index time because every page says <html lang="zh-CN">.
 *
 * Only articles carry search content (data-pagefind-body), so only their
 * pages are handed to Pagefind: reading every list, tag, slide and quiz page
 * as well took more than half of its time and found nothing. A test checks
 * that no other page carries data-pagefind-body (tests/e2e/search.spec.ts).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { ARTICLE_COLLECTIONS } from '../lib/content/schemas';

/** The article pages, relative to the build: `theory/<id>/index.html` and so on (not their 投屏 slides, a level deeper). */
export const SEARCHABLE = `{${ARTICLE_COLLECTIONS.join(',')}}/*/index.html`;

export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(`无法创建搜索索引：${errors.join('；')}`);
          const added = await index.addDirectory({ path: site, glob: SEARCHABLE });
          if (added.errors.length) throw new Error(`搜索索引出错：${added.errors.join('；')}`);
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length) throw new Error(`写入搜索索引出错：${written.errors.join('；')}`);
          logger.info(`搜索索引已建立：${added.page_count} 个页面`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

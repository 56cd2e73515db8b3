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
 * Pagefind reads copies of the article pages with a space between words, and
 * the index is written under a language code of its own, so Pagefind splits
 * only at spaces. In the browser, Pagefind falls back to that index for the
 * zh-CN pages and splits each query with Intl.Segmenter, as before.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { ARTICLE_COLLECTIONS } from '../lib/content/schemas';
import { htmlWordSpacer } from '../lib/search-words';

/** The article pages, relative to the build: `theory/<id>/index.html` and so on (not their 投屏 slides, a level deeper). */
export const SEARCHABLE = `{${ARTICLE_COLLECTIONS.join(',')}}/*/index.html`;

/** Not a language Pagefind segments or stems: it splits the prepared text at spaces only. */
const INDEX_LANGUAGE = 'zxx';

export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, pages, logger }) => {
        const site = fileURLToPath(dir);
        const prepared = mkdtempSync(join(tmpdir(), 'sengong-search-'));
        try {
          const spaceWords = htmlWordSpacer(new Intl.Segmenter('zh-CN', { granularity: 'word' }));
          const articles = new RegExp(`^(?:${ARTICLE_COLLECTIONS.join('|')})/[^/]+/$`);
          for (const { pathname } of pages) {
            if (!articles.test(pathname)) continue;
            const file = join(pathname, 'index.html');
            mkdirSync(join(prepared, dirname(file)), { recursive: true });
            writeFileSync(join(prepared, file), spaceWords(readFileSync(join(site, file), 'utf8')));
          }
          const { index, errors } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
          if (!index) throw new Error(`无法创建搜索索引：${errors.join('；')}`);
          const added = await index.addDirectory({ path: prepared, glob: SEARCHABLE });
          if (added.errors.length) throw new Error(`搜索索引出错：${added.errors.join('；')}`);
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length) throw new Error(`写入搜索索引出错：${written.errors.join('；')}`);
          logger.info(`搜索索引已建立：${added.page_count} 个页面`);
        } finally {
          rmSync(prepared, { recursive: true, force: true });
          await pagefind.close();
        }
      },
    },
  };
}

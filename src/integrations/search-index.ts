/**
 * Builds the Pagefind search index right after `astro build`, so every build
 * (npm run build, the tests, the benchmark) produces a searchable dist/.
 * Pagefind's npm package runs its Extended binary: Chinese is segmented at
 * index time because every page says <html lang="zh-CN">.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(`无法创建搜索索引：${errors.join('；')}`);
          const added = await index.addDirectory({ path: site });
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

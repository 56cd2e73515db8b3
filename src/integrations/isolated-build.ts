/**
 * Lets several builds run at once in one checkout (the tests, the benchmark and
 * a deploy build may overlap), each with its own OUT_DIR and CACHE_DIR.
 * Astro keeps some per-build files where every build of the checkout looks
 * (the `.astro` folder is not configurable):
 *
 * - `.astro/content-assets.mjs` and `.astro/content-modules.mjs`, written by the
 *   content sync and read later by the bundler. Another build's sync overwrites
 *   them, and a build whose content cache is unchanged does not rewrite them at
 *   all. Here each build deletes them and syncs under a lock, copies them to its
 *   own cache folder, and the bundler reads the copies.
 * - `<outDir>/.prerender`, where Astro stages the code that renders pages. For an
 *   outDir outside the project it uses `.astro/.prerender` instead, shared, and
 *   deleted by whichever build ends first. `stagedOutDir()` builds such an outDir
 *   inside the project, and this integration moves it into place when done.
 */
import { cpSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import lockfile from 'proper-lockfile';

/** Virtual modules Astro resolves to files in `.astro/`, and those files. */
const SHARED_IMPORTS: Record<string, string> = {
  'astro:asset-imports': 'content-assets.mjs',
  'astro:content-module-imports': 'content-modules.mjs',
};

/** Where to build for `outDir`: itself when inside the project, else a folder of the project's own. */
export function stagedOutDir(outDir: string, project = process.cwd()): { build: string; final: string } {
  const final = resolve(project, outDir);
  const inside = !relative(project, final).startsWith('..');
  if (inside) return { build: final, final };
  const key = createHash('sha256').update(final).digest('hex').slice(0, 12);
  return { build: join(project, '.astro', 'out', key), final };
}

export function isolatedBuild({ final }: { final: string }): AstroIntegration {
  let building = false;
  let dotAstro = '';
  let own = '';
  let release: (() => Promise<void>) | undefined;
  return {
    name: 'isolated-build',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        building = command === 'build';
        if (!building) return;
        dotAstro = fileURLToPath(new URL('.astro/', config.root));
        own = fileURLToPath(new URL('content-imports/', config.cacheDir));
        updateConfig({
          vite: {
            plugins: [{
              name: 'isolated-build:content-imports',
              resolveId: {
                order: 'pre',
                handler: (id: string) => (SHARED_IMPORTS[id] ? join(own, SHARED_IMPORTS[id]) : null),
              },
            }],
          },
        });
      },
      // The content sync runs between these two hooks.
      'astro:config:done': async ({ logger }) => {
        if (!building) return;
        mkdirSync(dotAstro, { recursive: true });
        const target = join(dotAstro, 'content-sync');
        // Released by proper-lockfile when the process exits, also when the sync fails.
        const options = { realpath: false, stale: 120_000, onCompromised: () => logger.warn('内容同步锁已失效') };
        release = await lockfile.lock(target, options).catch(async (error: { code?: string }) => {
          if (error.code !== 'ELOCKED') throw error;
          logger.info('另一个构建正在同步内容，等它同步完再开始');
          return lockfile.lock(target, { ...options, retries: { forever: true, minTimeout: 200, maxTimeout: 1000 } });
        });
        for (const file of Object.values(SHARED_IMPORTS)) rmSync(join(dotAstro, file), { force: true });
      },
      'astro:build:start': async () => {
        if (!building) return;
        mkdirSync(own, { recursive: true });
        for (const file of Object.values(SHARED_IMPORTS)) {
          const shared = join(dotAstro, file);
          if (existsSync(shared)) cpSync(shared, join(own, file));
          else writeFileSync(join(own, file), 'export default new Map();\n');
        }
        await release?.();
        release = undefined;
      },
      'astro:build:done': ({ dir, logger }) => {
        const built = fileURLToPath(dir);
        if (resolve(built) === final) return;
        rmSync(final, { recursive: true, force: true });
        mkdirSync(dirname(final), { recursive: true });
        try {
          renameSync(built, final);
        } catch {
          // Another file system (e.g. a tmpfs /tmp): copy instead.
          cpSync(built, final, { recursive: true });
          rmSync(built, { recursive: true, force: true });
        }
        logger.info(`构建结果已移到 ${final}`);
      },
    },
  };
}

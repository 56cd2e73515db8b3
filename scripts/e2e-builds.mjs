/**
 * The two production builds the end-to-end tests and the HTML check share:
 * one for the domain root, one for the sub-path /xuexi/. Run directly, it
 * builds them one after the other (two builds at once would share Astro's
 * cache folder):
 *   node scripts/e2e-builds.mjs
 * While working on tests only, E2E_BUILT=1 reuses the builds already there.
 */
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

export const E2E_BUILDS = [
  { base: '/', outDir: 'dist', env: { OUT_DIR: 'dist' } },
  // Its search index is split in parts of 40 articles, as a very large site's is, so merging them is tested.
  { base: '/xuexi/', outDir: 'dist-xuexi', env: { OUT_DIR: 'dist-xuexi', CACHE_DIR: 'node_modules/.astro-xuexi', BASE_PATH: '/xuexi/', SEARCH_BUNDLE_SIZE: '40' } },
];

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href && !process.env.E2E_BUILT) {
  for (const build of E2E_BUILDS) {
    console.log(`构建 ${build.outDir}/（网站路径 ${build.base}）`);
    execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit', env: { ...process.env, ...build.env } });
  }
}

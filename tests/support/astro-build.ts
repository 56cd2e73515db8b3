/** Runs a real `astro build` in a child process, with the environment a shell would give it. */
import { spawnSync } from 'node:child_process';

export function astroBuild(env: Record<string, string>): { status: number | null; output: string } {
  // vitest puts NODE_ENV=test and its import.meta.env (DEV, PROD, MODE…) into process.env;
  // passed on, they would make the child a non-production build.
  const vitestOnly = new Set(['NODE_ENV', 'TEST', 'PROD', 'DEV', 'MODE', 'SSR', 'BASE_URL']);
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !vitestOnly.has(k) && !k.startsWith('VITEST')));
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    env: { ...clean, ...env, NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 170_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Runs a real `astro build` in a child process, with the environment a shell would give it. */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface BuildResult { status: number | null; output: string }

// vitest puts NODE_ENV=test and its import.meta.env (DEV, PROD, MODE…) into process.env;
// passed on, they would make the child a non-production build.
function childEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const vitestOnly = new Set(['NODE_ENV', 'TEST', 'PROD', 'DEV', 'MODE', 'SSR', 'BASE_URL']);
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !vitestOnly.has(k) && !k.startsWith('VITEST')));
  return { ...clean, ...env, NO_COLOR: '1' };
}

const ASTRO = ['node_modules/astro/bin/astro.mjs', 'build'];
// Only a guard against a hung build: a slow machine gets all the time it needs below this.
const HANG = 15 * 60_000;

export function astroBuild(env: Record<string, string>): BuildResult {
  const result = spawnSync(process.execPath, ASTRO, { env: childEnv(env), encoding: 'utf8', timeout: HANG });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** The same, without blocking: for builds that run at the same time. */
export function astroBuildAsync(env: Record<string, string>): Promise<BuildResult> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ASTRO, { env: childEnv(env), timeout: HANG });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (status) => done({ status, output }));
  });
}

/**
 * Builds a copy of the test fixture with files added (text) or removed (null),
 * in its own folders under `work`. `content` is the copy's path as messages show it.
 */
export function buildFixtureWith(work: string, name: string, files: Record<string, string | null>) {
  const content = join(work, name, 'content');
  cpSync('tests/fixtures/content', content, { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    if (text === null) rmSync(join(content, file));
    else writeFileSync(join(content, file), text);
  }
  const result = astroBuild({ CONTENT_DIR: content, OUT_DIR: join(work, name, 'dist'), CACHE_DIR: join(work, name, 'cache') });
  const shown = relative(process.cwd(), content).startsWith('..') ? content : relative(process.cwd(), content);
  return { ...result, content: shown };
}

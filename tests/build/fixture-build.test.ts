/** A real production build of the test fixture: drafts stay out, covers are processed, URLs are directory-style. */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild } from '../support/astro-build';

const work = mkdtempSync(join(tmpdir(), 'sengong-fixture-'));
const dist = join(work, 'dist');
let output = '';

beforeAll(() => {
  const result = astroBuild({ CONTENT_DIR: 'tests/fixtures/content', OUT_DIR: dist, CACHE_DIR: join(work, 'cache') });
  output = result.output;
  expect(result.status, output).toBe(0);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const read = (path: string) => readFileSync(join(dist, path), 'utf8');

describe('the fixture build', () => {
  it('leaves drafts out of pages, lists, the feed and the sitemap', () => {
    expect(existsSync(join(dist, 'theory/ceshi-caogao'))).toBe(false);
    expect(read('theory/index.html')).not.toContain('测试用草稿文章');
    expect(read('rss.xml')).not.toContain('ceshi-caogao');
    expect(read('sitemap-0.xml')).not.toContain('ceshi-caogao');
    expect(read('theory/index.html')).toContain('测试用理论文章');
  });

  it('turns a cover image into a hashed, sized image with its alt text', () => {
    const img = /<img[^>]+>/.exec(read('theory/ceshi-lilun/index.html'))?.[0] ?? '';
    expect(img).toMatch(/src="\/_astro\/cover\.[\w-]+\.webp"/);
    expect(img).toContain('alt="测试封面图"');
    expect(img).toMatch(/width="\d+" height="\d+"/);
  });

  it('links a case to the theory entry that explains the broken rule, and shows its self-check', () => {
    const html = read('cases/ceshi-anli/index.html');
    expect(html).toContain('href="/theory/ceshi-lilun/"');
    const forestry = read('forestry/ceshi-linye/index.html');
    expect(forestry).toContain('data-question="ceshi-002"');
    expect(forestry).not.toContain('data-question="ceshi-001"');
  });

  it('shows explicit related links before tag matches', () => {
    const html = read('theory/ceshi-lilun/index.html');
    const related = html.slice(html.indexOf('id="related"'));
    expect(related.indexOf('/cases/ceshi-anli/')).toBeGreaterThan(-1);
  });
});

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

  it('ends a case with its 讨论题 and shows where a real person\'s story comes from', () => {
    const html = read('cases/ceshi-anli/index.html');
    const discussion = html.slice(html.indexOf('id="discussion"'));
    expect(discussion).toContain('讨论题</h2>');
    expect(discussion).toMatch(/<li>第一道测试讨论题：本单位有没有同样的风险点？<\/li>\s*<li>第二道测试讨论题/);
    const model = read('models/ceshi-renwu/index.html');
    const sources = model.slice(model.indexOf('id="sources"'));
    expect(sources).toContain('资料来源</h2>');
    expect(sources).toMatch(/<a href="https:\/\/example.org\/baodao" rel="noopener"[^>]*>《测试用报道》<\/a>/);
    expect(sources).toContain('测试报社');
    expect(sources).toContain('<time datetime="2026-05-20">2026年5月20日</time>');
  });

  it('shows explicit related links before tag matches', () => {
    const html = read('theory/ceshi-lilun/index.html');
    const related = html.slice(html.indexOf('id="related"'));
    expect(related.indexOf('/cases/ceshi-anli/')).toBeGreaterThan(-1);
  });
});

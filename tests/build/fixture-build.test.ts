/**
 * A real production build of the test fixture: drafts stay out, covers are processed, URLs are directory-style.
 * It runs at the same time as a second build (another content folder, OUT_DIR, CACHE_DIR and time zone),
 * as tests, the benchmark and a deploy build may do in one checkout.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuildAsync, type BuildResult } from '../support/astro-build';

const work = mkdtempSync(join(tmpdir(), 'sengong-fixture-'));
const dist = join(work, 'dist');
// The same fixture without its cover image, so the two builds' content imports differ.
const other = { content: join(work, 'other-content'), dist: join(work, 'other-dist') };
let output = '';
let second: BuildResult;

beforeAll(async () => {
  cpSync('tests/fixtures/content', other.content, { recursive: true });
  const article = join(other.content, 'theory/ceshi-lilun.md');
  writeFileSync(article, readFileSync(article, 'utf8').replace(/^cover:.*\n/m, ''));
  const [first, again] = await Promise.all([
    astroBuildAsync({ CONTENT_DIR: 'tests/fixtures/content', OUT_DIR: dist, CACHE_DIR: join(work, 'cache'), TZ: 'Asia/Shanghai' }),
    astroBuildAsync({ CONTENT_DIR: other.content, OUT_DIR: other.dist, CACHE_DIR: join(work, 'other-cache'), TZ: 'America/Los_Angeles' }),
  ]);
  output = first.output;
  second = again;
  expect(first.status, output).toBe(0);
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

/** Every file of a build, as path → sha256. */
function hashes(root: string): Map<string, string> {
  return new Map(
    readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => {
        const path = join(e.parentPath, e.name);
        return [relative(root, path), createHash('sha256').update(readFileSync(path)).digest('hex')] as const;
      }),
  );
}

describe('two builds at once', () => {
  it('both succeed, each with its own content', () => {
    expect(second.status, second.output).toBe(0);
    expect(read('theory/ceshi-lilun/index.html')).toMatch(/<img[^>]+src="\/_astro\/cover\./);
    expect(readFileSync(join(other.dist, 'theory/ceshi-lilun/index.html'), 'utf8')).not.toContain('<img');
  });

  it('give the same bytes whatever the machine\'s time zone (Shanghai and Los Angeles here)', () => {
    // Only the page with the cover, its image and the search index (which holds the image's alt text) may differ,
    // and the offline files that list those files' hashes (sw.js, offline-files.json and its hash, offline-version.txt).
    const differs = (f: string) => f === 'theory/ceshi-lilun/index.html' || f.startsWith('pagefind/') || f.startsWith('_astro/cover.')
      || f === 'sw.js' || f === 'offline-files.json' || f === 'offline-version.txt';
    const a = hashes(dist);
    const b = hashes(other.dist);
    const compared = [...a.keys()].filter((f) => !differs(f));
    expect(compared.length).toBeGreaterThan(30);
    expect(compared.filter((f) => a.get(f) !== b.get(f))).toEqual([]);
    expect([...b.keys()].filter((f) => !differs(f) && !a.has(f))).toEqual([]);
    expect(read('theory/ceshi-lilun/index.html')).toContain('<time datetime="2026-03-01">2026年3月1日</time>');
  });
});

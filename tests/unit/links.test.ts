import { describe, expect, it } from 'vitest';
import { absoluteUrl, entryKeyOf, joinBase, paths } from '../../src/lib/links';

describe('joinBase', () => {
  it('joins at the root', () => {
    expect(joinBase('/', '/')).toBe('/');
    expect(joinBase('/', '/theory/')).toBe('/theory/');
    expect(joinBase('/', 'rss.xml')).toBe('/rss.xml');
  });
  it('joins under a sub-path, whatever slashes the base has', () => {
    for (const base of ['/xuexi/', '/xuexi', 'xuexi/', 'xuexi']) {
      expect(joinBase(base, '/')).toBe('/xuexi/');
      expect(joinBase(base, '/cases/a-case/')).toBe('/xuexi/cases/a-case/');
    }
  });
  it('adds the trailing slash to directory-style paths but not to files', () => {
    expect(joinBase('/xuexi/', '/theory/foo')).toBe('/xuexi/theory/foo/');
    expect(joinBase('/xuexi/', '/favicon.svg')).toBe('/xuexi/favicon.svg');
    expect(joinBase('/xuexi/', '/_astro/a.b1c2.css')).toBe('/xuexi/_astro/a.b1c2.css');
  });
  it('keeps query and hash', () => {
    expect(joinBase('/xuexi/', '/search?q=防火#r')).toBe('/xuexi/search/?q=防火#r');
    expect(joinBase('/', '/theory/#top')).toBe('/theory/#top');
  });
  it('leaves external links, tel: and fragments alone', () => {
    for (const href of ['https://www.gov.cn/', '//cdn.example/x.js', 'tel:12351', 'mailto:a@b.c', '#main']) {
      expect(joinBase('/xuexi/', href)).toBe(href);
    }
  });
});

describe('absoluteUrl', () => {
  it('builds feed and sitemap URLs under the base', () => {
    expect(absoluteUrl('https://example.org', '/xuexi/', '/models/a/')).toBe('https://example.org/xuexi/models/a/');
    expect(absoluteUrl(new URL('https://example.org/'), '/', '/')).toBe('https://example.org/');
  });
});

describe('paths', () => {
  it('maps each collection to its URL', () => {
    expect(paths.entry('theory', 'a')).toBe('/theory/a/');
    expect(paths.entry('quizzes', 'b')).toBe('/quiz/b/');
    expect(paths.entry('exams', 'c')).toBe('/quiz/exam/c/');
    expect(paths.entry('paths', 'd')).toBe('/paths/d/');
  });
  it('numbers pages from 2 and keeps page 1 at the bare URL', () => {
    expect(paths.section('cases', 1)).toBe('/cases/');
    expect(paths.section('cases', 3)).toBe('/cases/3/');
    expect(paths.category('forestry', 'senlin-fanghuo')).toBe('/forestry/category/senlin-fanghuo/');
    expect(paths.category('forestry', 'senlin-fanghuo', 2)).toBe('/forestry/category/senlin-fanghuo/2/');
    expect(paths.tag('sifeng', 2)).toBe('/tags/sifeng/2/');
  });
});

describe('entryKeyOf', () => {
  it('is the inverse of paths.entry', () => {
    for (const [c, id] of [['theory', 'a-b'], ['cases', 'x1'], ['quizzes', 'lilun-xuexi'], ['exams', 'zonghe'], ['paths', 'p']] as const) {
      expect(entryKeyOf(paths.entry(c, id))).toBe(`${c}/${id}`);
    }
  });
  it('knows nothing of other pages', () => {
    expect(['/', '/theory/', '/theory/2/', '/quiz/exam/a/print/', '/tags/x/', '/theory/A/'].map(entryKeyOf)).toEqual(Array(6).fill(undefined));
  });
});

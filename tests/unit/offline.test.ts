import { describe, expect, it } from 'vitest';
import { cacheIdFor, cacheKindOf, cacheNamesFor, formatMegabytes, parseManifest, planDownload, storedPages, storedSummary, type OfflineManifest } from '../../src/lib/offline';

const manifest = (files: OfflineManifest['files']): OfflineManifest => ({ version: 1, caches: cacheNamesFor('/'), files });

describe('offline cache names', () => {
  it('differ between a root build and a /xuexi/ build on one host', () => {
    expect(cacheIdFor('/')).toBe('sengong-root');
    expect(cacheIdFor('/xuexi/')).toBe('sengong-xuexi');
    expect(cacheNamesFor('/xuexi/').pages).not.toBe(cacheNamesFor('/').pages);
  });
  it('put Pagefind index files with the assets, pages and data with the pages', () => {
    expect(cacheKindOf('pagefind/fragment/zh_abc.pf_fragment')).toBe('assets');
    expect(cacheKindOf('pagefind-2/index/zxx_abc.pf_index')).toBe('assets');
    expect(cacheKindOf('cases/a/')).toBe('pages');
    expect(cacheKindOf('quiz/pool.json')).toBe('pages');
  });
});

describe('formatMegabytes', () => {
  it('rounds for a reader and never says 0 MB for something', () => {
    expect(formatMegabytes(12.4 * 1024 * 1024)).toBe('12 MB');
    expect(formatMegabytes(3.46 * 1024 * 1024)).toBe('3.5 MB');
    expect(formatMegabytes(2000)).toBe('0.1 MB');
    expect(formatMegabytes(0)).toBe('0 MB');
  });
});

describe('parseManifest', () => {
  it('accepts the build list and drops entries that are not relative site URLs', () => {
    const parsed = parseManifest({ version: 1, caches: { pages: 'p', assets: 'a' }, files: [
      { u: 'cases/a/', b: 10, r: 'x', t: '案例' }, { u: 'https://evil.example/', b: 1, r: 'y' }, { u: '../x', b: 1, r: 'y' }, { u: 'q.json', b: -1, r: 'z' }, null,
    ] });
    expect(parsed?.files).toEqual([{ u: 'cases/a/', b: 10, r: 'x', t: '案例' }]);
  });
  it('gives null for anything else', () => {
    expect(parseManifest(null)).toBeNull();
    expect(parseManifest({ version: 2, caches: { pages: 'p', assets: 'a' }, files: [] })).toBeNull();
    expect(parseManifest('x')).toBeNull();
  });
});

describe('planDownload', () => {
  const now = manifest([{ u: 'a/', b: 5, r: '1' }, { u: 'b/', b: 7, r: '2' }, { u: 'pagefind/x.pf_index', b: 3, r: '3' }]);
  it('fetches everything the first time', () => {
    expect(planDownload(now, null)).toEqual({ fetch: now.files, drop: [] });
  });
  it('after a new build fetches only new and changed files and drops removed ones', () => {
    const before = manifest([{ u: 'a/', b: 5, r: '1' }, { u: 'b/', b: 7, r: 'old' }, { u: 'gone/', b: 1, r: '9' }]);
    const plan = planDownload(now, before);
    expect(plan.fetch.map((f) => f.u)).toEqual(['b/', 'pagefind/x.pf_index']);
    expect(plan.drop).toEqual(['gone/']);
  });
  it('fetches nothing when up to date', () => {
    expect(planDownload(now, now).fetch).toEqual([]);
  });
});

describe('stored summaries', () => {
  it('counts pages and bytes', () => {
    expect(storedSummary(manifest([{ u: '', b: 5, r: '1' }, { u: 'a/', b: 5, r: '1' }, { u: 'quiz/pool.json', b: 10, r: '2' }]))).toEqual({ pages: 2, bytes: 20 });
    expect(storedSummary(null)).toEqual({ pages: 0, bytes: 0 });
  });
  it('lists stored pages of this base only, with titles, without the offline page or data files', () => {
    const m = manifest([{ u: 'cases/a/', b: 1, r: '1', t: '案例甲' }]);
    const urls = ['http://h/xuexi/cases/a/', 'http://h/xuexi/cases/a/?q=1', 'http://h/xuexi/offline/', 'http://h/xuexi/quiz/pool.json', 'http://h/other/', 'http://h/xuexi/'];
    expect(storedPages(urls, '/xuexi/', 'http://h', m)).toEqual([
      { href: '/xuexi/', url: 'http://h/xuexi/' },
      { href: '/xuexi/cases/a/', url: 'http://h/xuexi/cases/a/', title: '案例甲' },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { fullMatch, keyWords, pagefindOptions, parseSearchState, resultHref, sameState, searchTerm, toSearchParams } from '../../src/lib/search';

describe('search state in the URL', () => {
  it('round-trips query, filters and sort', () => {
    const params = new URLSearchParams('q=%E9%98%B2%E7%81%AB&%E6%A0%8F%E7%9B%AE=%E6%9E%97%E4%B8%9A%E7%9F%A5%E8%AF%86&sort=date');
    const state = parseSearchState(params);
    expect(state).toEqual({ q: '防火', filters: { 栏目: '林业知识' }, sort: 'date' });
    expect(parseSearchState(toSearchParams(state))).toEqual(state);
  });
  it('ignores unknown and empty parameters, defaults to relevance', () => {
    expect(parseSearchState(new URLSearchParams('q=%20&x=1&%E6%A0%87%E7%AD%BE=&sort=weird'))).toEqual({ q: '', filters: {}, sort: 'relevance' });
  });
  it('compares states by what they mean', () => {
    expect(sameState({ q: 'a', filters: {}, sort: 'relevance' }, parseSearchState(new URLSearchParams('q=a')))).toBe(true);
    expect(sameState({ q: 'a', filters: {}, sort: 'relevance' }, { q: 'a', filters: { 年份: '2026' }, sort: 'relevance' })).toBe(false);
  });
});

describe('Pagefind options', () => {
  it('passes filters and the date sort', () => {
    expect(pagefindOptions({ q: 'x', filters: { 标签: '森林防火', 年份: '2026' }, sort: 'date' }))
      .toEqual({ filters: { 标签: '森林防火', 年份: '2026' }, sort: { date: 'desc' } });
    expect(pagefindOptions({ q: 'x', filters: {}, sort: 'relevance' })).toEqual({ filters: {} });
  });
  it('searches by filter alone with a null term, and not at all when empty', () => {
    expect(searchTerm({ q: '报销', filters: {}, sort: 'relevance' })).toBe('报销');
    expect(searchTerm({ q: '', filters: { 栏目: '警示教育' }, sort: 'relevance' })).toBeNull();
    expect(searchTerm({ q: '', filters: {}, sort: 'relevance' })).toBe('');
  });
});

describe('resultHref', () => {
  it('puts the highlight parameter before the anchor', () => {
    expect(resultHref('/theory/a/#zhongcai', '劳动 仲裁')).toBe('/theory/a/?pagefind-highlight=%E5%8A%B3%E5%8A%A8%20%E4%BB%B2%E8%A3%81#zhongcai');
    expect(resultHref('/theory/a/', '仲裁')).toBe('/theory/a/?pagefind-highlight=%E4%BB%B2%E8%A3%81');
    expect(resultHref('/x/?a=1', '火')).toBe('/x/?a=1&pagefind-highlight=%E7%81%AB');
    expect(resultHref('/x/', '')).toBe('/x/');
  });
});

describe('full and partial matches', () => {
  const segment = (text: string) => [...new Intl.Segmenter('zh-CN', { granularity: 'word' }).segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
  it('takes the words of two or more characters from a query', () => {
    expect(keyWords('劳动争议调解', segment).join('')).toBe('劳动争议调解');
    expect(keyWords('"不相容职务"', segment).length).toBeGreaterThan(0);
    expect(keyWords('苗', segment)).toEqual([]);
  });
  it('counts a page as a full match only when it has every word', () => {
    const words = keyWords('足球比赛', segment);
    expect(fullMatch('职工技能比赛', words)).toBe(false);
    expect(fullMatch('足球比赛', words)).toBe(true);
    expect(fullMatch('任何文字', [])).toBe(true);
  });
});

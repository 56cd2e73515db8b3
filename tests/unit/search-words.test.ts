import { describe, expect, it } from 'vitest';
import { dealInTurn } from '../../src/lib/deal';
import { htmlWordSpacer, joinWords, searchBundles, spaceWords } from '../../src/lib/search-words';

const zh = new Intl.Segmenter('zh-CN', { granularity: 'word' });

describe('Chinese words for the search index', () => {
  it('puts a space between Chinese words, and nowhere else', () => {
    const spaced = spaceWords('森林防火期内，严禁野外用火。Pagefind 1.6 于2026年发布', zh);
    expect(spaced).toContain('森林 防火');
    expect(spaced).toContain('Pagefind 1.6 于');
    expect(spaced).toContain('2026年');
    expect(spaced.replace(/ /g, '')).toBe('森林防火期内，严禁野外用火。Pagefind1.6于2026年发布');
  });

  it('changes only text between tags', () => {
    const html = '<h1 id="森林防火" data-pagefind-meta="title">森林防火</h1><p class="a b">工会经费管理</p>';
    const spaced = htmlWordSpacer(zh)(html);
    expect(spaced).toContain('<h1 id="森林防火" data-pagefind-meta="title">');
    expect(spaced).toContain('<p class="a b">');
    expect(spaced).toMatch(/>森林 防火</);
    expect(spaced).toMatch(/>工会 经费 管理</);
  });

  it('takes the spaces out again, also around <mark>, and leaves spaces next to Latin text and digits', () => {
    for (const text of ['森林防火期内，严禁野外用火。', '使用 Pagefind 搜索', '第 3 条', '工会经费管理']) {
      expect(joinWords(spaceWords(text, zh))).toBe(text);
    }
    expect(joinWords('<mark>森林</mark> <mark>防火</mark> 期间 ， 要')).toBe('<mark>森林</mark><mark>防火</mark>期间，要');
  });

  it('splits a very large index into bundles, the first one the primary', () => {
    expect(searchBundles(115)).toEqual(['pagefind/']);
    expect(searchBundles(0)).toEqual(['pagefind/']);
    expect(searchBundles(10_000)).toEqual(['pagefind/', 'pagefind-1/', 'pagefind-2/']);
    expect(searchBundles(115, 40)).toEqual(['pagefind/', 'pagefind-1/', 'pagefind-2/']);
    const parts = dealInTurn(Array.from({ length: 115 }, (_, i) => i), 3);
    expect(parts.map((p) => p.length)).toEqual([39, 38, 38]);
    expect(parts[1]!.slice(0, 3)).toEqual([1, 4, 7]);
    expect(parts.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: 115 }, (_, i) => i));
  });
});

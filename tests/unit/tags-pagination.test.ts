import { describe, expect, it } from 'vitest';
import { TAGS, countTags, tagByLabel, tagBySlug } from '../../src/lib/content/tags';
import { SECTIONS } from '../../src/lib/sections';
import { pageWindow } from '../../src/lib/pagination';

describe('tag list', () => {
  it('has unique labels and unique ASCII slugs', () => {
    expect(new Set(TAGS.map((t) => t.label)).size).toBe(TAGS.length);
    expect(new Set(TAGS.map((t) => t.slug)).size).toBe(TAGS.length);
    for (const t of TAGS) expect(t.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
  it('looks tags up both ways', () => {
    expect(tagByLabel('森林防火')?.slug).toBe('senlin-fanghuo');
    expect(tagBySlug('senlin-fanghuo')?.label).toBe('森林防火');
    expect(tagByLabel('不存在')).toBeUndefined();
  });
  it('counts each entry once per tag and keeps list order', () => {
    const counted = countTags([['森林防火', '森林防火'], ['四风问题', '森林防火'], []]);
    expect(counted.map((c) => [c.tag.label, c.count])).toEqual([['四风问题', 1], ['森林防火', 2]]);
  });
  it('category slugs are unique ASCII within each section', () => {
    for (const s of Object.values(SECTIONS)) {
      expect(new Set(s.categories.map((c) => c.slug)).size).toBe(s.categories.length);
      for (const c of s.categories) expect(c.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });
});

describe('pageWindow', () => {
  it('shows every page when there are few', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(2, 4)).toEqual([1, 2, 3, 4]);
  });
  it('keeps first, last and a window, with gaps, so the bar stays short on big sites', () => {
    expect(pageWindow(1, 84)).toEqual([1, 2, 3, 'gap', 84]);
    expect(pageWindow(40, 84)).toEqual([1, 'gap', 38, 39, 40, 41, 42, 'gap', 84]);
    expect(pageWindow(5, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, 'gap', 10]);
  });
});

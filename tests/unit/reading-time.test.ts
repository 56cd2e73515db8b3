import { describe, expect, it } from 'vitest';
import { countHan, countLatinWords, readableText, readingTime } from '../../src/lib/reading-time';

describe('reading time for Chinese text', () => {
  it('counts Han characters, not words or punctuation', () => {
    expect(countHan('森林防火，人人有责。')).toBe(8);
    expect(countHan('Pagefind 与 ICU4X')).toBe(1);
    expect(countLatinWords('Pagefind 与 ICU4X 2026')).toBe(3);
  });
  it('ignores code, link targets and markup', () => {
    const text = readableText('见[工会法](https://example.org/很长的地址)。\n```\n代码不读\n```\n<div class="x">读</div>');
    expect(countHan(text)).toBe(5);
  });
  it('gives about one minute per 400 characters, at least one minute', () => {
    expect(readingTime('好').minutes).toBe(1);
    expect(readingTime('林'.repeat(2400))).toEqual({ characters: 2400, minutes: 6 });
    expect(readingTime('林'.repeat(1000)).minutes).toBe(3);
  });
});

import { describe, expect, it } from 'vitest';
import { neighbours, rankRelated, type RelatedCandidate } from '../../src/lib/related';

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const pool: RelatedCandidate[] = [
  { key: 'theory/self', tags: ['a', 'b'], category: 'x', date: d('2026-01-01') },
  { key: 'theory/two-tags', tags: ['a', 'b'], category: 'y', date: d('2025-01-01') },
  { key: 'cases/one-tag-same-cat', tags: ['a'], category: 'x', date: d('2024-01-01') },
  { key: 'cases/one-tag-newer', tags: ['b'], category: 'y', date: d('2026-06-01') },
  { key: 'models/one-tag-older', tags: ['a'], category: 'y', date: d('2023-01-01') },
  { key: 'forestry/no-tags', tags: [], category: 'x', date: d('2026-09-01') },
  { key: 'forestry/explicit', tags: [], category: 'z', date: d('2020-01-01') },
];
const self = { ...pool[0]!, related: ['forestry/explicit', 'theory/self', 'forestry/explicit', 'theory/missing'] };

describe('rankRelated', () => {
  it('puts explicit links first, then most shared tags, same category, newer', () => {
    expect(rankRelated(self, pool, 10)).toEqual([
      'forestry/explicit', 'theory/two-tags', 'cases/one-tag-same-cat', 'cases/one-tag-newer', 'models/one-tag-older',
    ]);
  });
  it('never lists itself, duplicates, unknown keys or entries with nothing in common', () => {
    const out = rankRelated(self, pool, 10);
    expect(out).not.toContain('theory/self');
    expect(out).not.toContain('theory/missing');
    expect(out).not.toContain('forestry/no-tags');
    expect(new Set(out).size).toBe(out.length);
  });
  it('respects the limit', () => {
    expect(rankRelated(self, pool, 2)).toEqual(['forestry/explicit', 'theory/two-tags']);
  });
});

describe('neighbours', () => {
  it('gives the newer and older entry of a newest-first list', () => {
    expect(neighbours(['c', 'b', 'a'], 1)).toEqual({ newer: 'c', older: 'a' });
    expect(neighbours(['c', 'b', 'a'], 0)).toEqual({ older: 'b' });
    expect(neighbours(['c', 'b', 'a'], 2)).toEqual({ newer: 'b' });
    expect(neighbours(['only'], 0)).toEqual({});
  });
});

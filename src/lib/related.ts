/**
 * Related entries for an article: its explicit links first, in the editor's
 * order, then the entries sharing the most tags (ties: same category, then newer).
 */
export interface RelatedCandidate {
  /** `collection/id` */
  key: string;
  tags: readonly string[];
  category?: string | undefined;
  date: Date;
}

export function rankRelated(
  self: RelatedCandidate & { related: readonly string[] },
  pool: readonly RelatedCandidate[],
  limit = 4,
): string[] {
  const keys = new Set(pool.map((c) => c.key));
  const explicit = [...new Set(self.related)].filter((k) => k !== self.key && keys.has(k));
  const taken = new Set([self.key, ...explicit]);
  const tags = new Set(self.tags);
  const scored = pool
    .filter((c) => !taken.has(c.key))
    .map((c) => ({ c, shared: c.tags.filter((t) => tags.has(t)).length }))
    .filter((s) => s.shared > 0)
    .sort(
      (a, b) =>
        b.shared - a.shared ||
        Number(b.c.category === self.category) - Number(a.c.category === self.category) ||
        b.c.date.getTime() - a.c.date.getTime() ||
        a.c.key.localeCompare(b.c.key),
    );
  return [...explicit, ...scored.map((s) => s.c.key)].slice(0, limit);
}

/** Neighbours in a list ordered newest first: `prev` is the newer entry, `next` the older. */
export function neighbours<T>(list: readonly T[], index: number): { newer?: T; older?: T } {
  const out: { newer?: T; older?: T } = {};
  if (index > 0) out.newer = list[index - 1]!;
  if (index >= 0 && index < list.length - 1) out.older = list[index + 1]!;
  return out;
}

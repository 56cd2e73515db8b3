/**
 * Items dealt out in turn into `groups` groups, like cards: item i goes to
 * group i mod `groups`, so each group is an even sample of the whole list.
 * Used for the search index's parts and the 每日一练 shards.
 */
export function dealInTurn<T>(items: readonly T[], groups: number): T[][] {
  return Array.from({ length: groups }, (_, g) => items.filter((_, i) => i % groups === g));
}

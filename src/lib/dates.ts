/** Dates in front matter are calendar days (parsed as UTC midnight); show them as such. */
export function formatDate(date: Date): string {
  return `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Newest first; ties broken by key so builds are stable. */
export function byDateDesc<T extends { date: Date; key: string }>(a: T, b: T): number {
  return b.date.getTime() - a.date.getTime() || a.key.localeCompare(b.key);
}

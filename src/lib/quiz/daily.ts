/**
 * 每日一练: the same set for everyone on the same calendar day in China,
 * a new set the next day without a rebuild, and the whole pool covered over
 * time: the pool is shuffled once per cycle and walked a day at a time.
 */
import { shuffle } from './random';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Days since 2026-01-01 in China time. */
export function dayNumber(day: string): number {
  return Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse('2026-01-01T00:00:00Z')) / DAY_MS);
}

export function dailySet<T extends { id: string }>(pool: readonly T[], day: string, size: number): T[] {
  if (pool.length === 0) return [];
  const sorted = [...pool].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const perCycle = Math.max(1, Math.floor(sorted.length / size));
  const n = dayNumber(day);
  const cycle = Math.floor(n / perCycle);
  const slot = ((n % perCycle) + perCycle) % perCycle;
  const order = shuffle(sorted, `daily-${cycle}`);
  return order.slice(slot * size, slot * size + Math.min(size, sorted.length));
}

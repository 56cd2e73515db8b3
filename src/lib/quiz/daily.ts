/**
 * 每日一练: the same set for everyone on the same calendar day in China,
 * a new set the next day without a rebuild, and the whole pool covered over
 * time.
 *
 * The pool is dealt into shards of about SHARD_TARGET questions (in id order,
 * so each shard mixes every bank), and each day takes its set from one shard:
 * the page loads one small file, not every question. Each shard is shuffled
 * once per cycle and walked a visit at a time.
 */
import { dealInTurn } from '../deal';
import { shuffle } from './random';

export const DAILY_SIZE = 5;
/** Questions per shard, roughly: a dozen days of sets, and a file of about 10 KiB. */
const SHARD_TARGET = 60;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Days since 2026-01-01 in China time. */
export function dayNumber(day: string): number {
  return Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse('2026-01-01T00:00:00Z')) / DAY_MS);
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const mod = (n: number, m: number) => ((n % m) + m) % m;

export function dailyShardCount(poolSize: number): number {
  return Math.max(1, Math.round(poolSize / SHARD_TARGET));
}

/** The pool dealt into `count` shards in id order (built once, one data file each). */
export function dailyShards<T extends { id: string }>(pool: readonly T[], count: number): T[][] {
  return dealInTurn([...pool].sort(byId), count);
}

/** Which shard a day draws from: the shards take turns. */
export function dailyShardOf(day: string, count: number): number {
  return mod(dayNumber(day), count);
}

/** The day's set from its shard (`dailyShards(pool, count)[dailyShardOf(day, count)]`). */
export function dailySet<T extends { id: string }>(shard: readonly T[], day: string, size: number, count: number): T[] {
  if (shard.length === 0) return [];
  const sorted = [...shard].sort(byId);
  const perCycle = Math.max(1, Math.floor(sorted.length / size));
  const visit = Math.floor(dayNumber(day) / count);
  const cycle = Math.floor(visit / perCycle);
  const slot = mod(visit, perCycle);
  const order = shuffle(sorted, `daily-${dailyShardOf(day, count)}-${cycle}`);
  return order.slice(slot * size, slot * size + Math.min(size, sorted.length));
}

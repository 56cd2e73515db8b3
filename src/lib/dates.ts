/**
 * Dates in content are calendar days in China, written YYYY-MM-DD. They are kept
 * as UTC midnight and always read back with UTC getters, so no machine's time
 * zone can move them by a day.
 */
const CALENDAR_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `2026-03-15` → that day; `2026-02-30`, `2026/3/15` or a time of day → undefined. */
export function parseCalendarDay(text: string): Date | undefined {
  const m = CALENDAR_DAY.exec(text);
  if (!m) return undefined;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return isoDate(date) === text ? date : undefined;
}

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

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The calendar day in China (UTC+8, no daylight saving) as YYYY-MM-DD. */
export function chinaDay(now: Date): string {
  return new Date(now.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** A moment as China time (UTC+8, no daylight saving), e.g. 2026-11-25 10:00, whatever the device's time zone. */
export function chinaDateTime(iso: string): string {
  return new Date(Date.parse(iso) + CHINA_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/**
 * Export and import of the records: one versioned JSON file (its shape is
 * documented in docs/学习记录格式.md), checked like stored data, previewed as
 * counts, and merged without duplicates: for each item the newer one wins.
 */
import { dict, LIMITS, parseRecords, STORE_VERSION, type Dict, type Records } from './records';

export const EXPORT_FORMAT = 'sengong-xuexi-records';
/** Larger files are refused before they are read: a decade of records is far smaller. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export interface ExportFile { format: typeof EXPORT_FORMAT; version: number; exportedAt: string; site: string; records: Records }

export function exportRecords(records: Records, site: string, now: Date): string {
  const file: ExportFile = { format: EXPORT_FORMAT, version: STORE_VERSION, exportedAt: now.toISOString(), site, records };
  return JSON.stringify(file, null, 1);
}

export type ImportError = 'too-big' | 'not-json' | 'not-records' | 'newer' | 'empty';

export type ImportResult =
  | { ok: true; records: Records; dropped: number }
  | { ok: false; error: ImportError };

/**
 * Reads an import file: an export of this site, or a raw backup of the
 * stored records (what /me/ offers for download). Nothing is changed here.
 */
export function parseImport(text: string, bytes = new TextEncoder().encode(text).length): ImportResult {
  if (bytes > MAX_IMPORT_BYTES) return { ok: false, error: 'too-big' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not-json' };
  }
  const envelope = typeof data === 'object' && data !== null && (data as { format?: unknown }).format === EXPORT_FORMAT;
  const body = envelope ? (data as { records?: unknown }).records : data;
  const version = envelope ? (data as { version?: unknown }).version : (body as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > STORE_VERSION) return { ok: false, error: 'newer' };
  const { records, problem, dropped } = parseRecords(body);
  if (problem === 'foreign') return { ok: false, error: 'not-records' };
  if (countItems(records) === 0) return { ok: false, error: 'empty' };
  return { ok: true, records, dropped };
}

export interface MergeCounts {
  reads: { added: number; updated: number };
  answers: { added: number; updated: number };
  cards: { added: number; updated: number };
  exams: { added: number };
  sessions: { added: number };
  days: { added: number };
}

const newer = (a: string | undefined, b: string | undefined) => (a ?? '') > (b ?? '');

function mergeDict<T>(local: Dict<T>, incoming: Dict<T>, stamp: (v: T) => string | undefined, counts: { added: number; updated: number }, combine = (_old: T, next: T) => next): Dict<T> {
  const out = dict(Object.entries(local));
  for (const [key, value] of Object.entries(incoming)) {
    const old = out[key];
    if (old === undefined) {
      out[key] = value;
      counts.added++;
    } else if (newer(stamp(value), stamp(old))) {
      out[key] = combine(old, value);
      counts.updated++;
    }
  }
  return out;
}

function mergeList<T>(local: T[], incoming: T[], id: (v: T) => string, order: (v: T) => string, limit: number, counts: { added: number }): T[] {
  const seen = new Set(local.map(id));
  const added = incoming.filter((v) => !seen.has(id(v)) && (seen.add(id(v)), true));
  counts.added += added.length;
  return [...local, ...added].sort((a, b) => order(a).localeCompare(order(b))).slice(-limit);
}

/** Merges imported records into the local ones. The reader's settings and an exam in progress here stay as they are. */
export function mergeRecords(local: Records, incoming: Records): { records: Records; counts: MergeCounts } {
  const counts: MergeCounts = {
    reads: { added: 0, updated: 0 }, answers: { added: 0, updated: 0 }, cards: { added: 0, updated: 0 },
    exams: { added: 0 }, sessions: { added: 0 }, days: { added: 0 },
  };
  const days = [...new Set([...local.days, ...incoming.days])].sort().slice(-LIMITS.days);
  counts.days.added = days.length - local.days.length;
  const records: Records = {
    ...local,
    reads: mergeDict(local.reads, incoming.reads, (r) => r.last, counts.reads, (old, next) => ({ ...next, first: old.first < next.first ? old.first : next.first })),
    answers: mergeDict(local.answers, incoming.answers, (a) => a.last, counts.answers),
    cards: mergeDict(local.cards, incoming.cards, (c) => c.card.last_review, counts.cards),
    exams: mergeList(local.exams, incoming.exams, (e) => `${e.paper} ${e.startedAt}`, (e) => e.finishedAt, LIMITS.exams, counts.exams),
    sessions: mergeList(local.sessions, incoming.sessions, (s) => `${s.kind} ${s.ref} ${s.at}`, (s) => s.at, LIMITS.sessions, counts.sessions),
    days,
    opened: newer(incoming.opened?.at, local.opened?.at) ? incoming.opened : local.opened,
    profile: newer(incoming.profile?.updated, local.profile?.updated) ? incoming.profile : local.profile,
  };
  return { records, counts };
}

/** How many things the records hold, to say what an import brings and to refuse an empty file. */
export function countItems(r: Records): number {
  return Object.keys(r.reads).length + Object.keys(r.answers).length + Object.keys(r.cards).length +
    r.exams.length + r.sessions.length + r.days.length + (r.profile ? 1 : 0);
}

/**
 * The 个人学习台账: what was read and which tests were taken in a date range
 * (China calendar days), as rows for the printed page and for a CSV file.
 */
import { chinaDay } from '../dates';
import type { Records, SessionKind } from './records';

export type LedgerKind = 'read' | SessionKind | 'exam';

export interface LedgerRow {
  day: string;
  /** ISO time, for ordering within a day. */
  at: string;
  kind: LedgerKind;
  title: string;
  /** e.g. 4 / 5 题, 85 / 100 分 及格; empty for reading. */
  result: string;
}

export interface LedgerLabels {
  kinds: Record<LedgerKind, string>;
  questions: (right: number, total: number) => string;
  score: (score: number, total: number, passed: boolean) => string;
}

export interface Ledger {
  rows: LedgerRow[];
  totals: { days: number; reads: number; sessions: number; exams: number; passed: number };
}

export function ledger(records: Records, from: string, to: string, labels: LedgerLabels): Ledger {
  const inRange = (iso: string) => {
    const day = chinaDay(new Date(iso));
    return day >= from && day <= to;
  };
  const rows: LedgerRow[] = [];
  // A read counts on the day it was first finished; later rereads are not new study records.
  for (const read of Object.values(records.reads)) {
    if (inRange(read.first)) rows.push({ day: chinaDay(new Date(read.first)), at: read.first, kind: 'read', title: read.title, result: '' });
  }
  for (const s of records.sessions) {
    if (inRange(s.at)) rows.push({ day: chinaDay(new Date(s.at)), at: s.at, kind: s.kind, title: s.title, result: labels.questions(s.right, s.total) });
  }
  const exams = records.exams.filter((e) => inRange(e.finishedAt));
  for (const e of exams) {
    rows.push({ day: chinaDay(new Date(e.finishedAt)), at: e.finishedAt, kind: 'exam', title: e.title ?? e.paper, result: labels.score(e.score, e.total, e.passed) });
  }
  rows.sort((a, b) => a.at.localeCompare(b.at));
  return {
    rows,
    totals: {
      days: records.days.filter((d) => d >= from && d <= to).length,
      reads: rows.filter((r) => r.kind === 'read').length,
      sessions: rows.filter((r) => r.kind !== 'read' && r.kind !== 'exam').length,
      exams: exams.length,
      passed: exams.filter((e) => e.passed).length,
    },
  };
}

/** CSV for spreadsheets: UTF-8 with a byte-order mark so Excel reads the Chinese, CRLF line ends, quoted fields. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  // A leading = + - @ would be a formula in a spreadsheet: quote it as text.
  const cell = (v: string) => {
    const safe = /^[=+\-@]/.test(v) ? `'${v}` : v;
    return /[",\r\n]/.test(safe) || safe !== v ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return `\uFEFF${[header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}

export function ledgerCsv(l: Ledger, labels: LedgerLabels, header: readonly string[]): string {
  return toCsv(header, l.rows.map((r) => [r.day, labels.kinds[r.kind], r.title, r.result]));
}

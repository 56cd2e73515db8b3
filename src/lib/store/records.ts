/**
 * The reader's study records: one versioned object under one localStorage key,
 * treated as untrusted input. Reading parses, validates field by field,
 * migrates old versions and reports what it had to set aside; it never throws.
 * Pure: the caller does the storage and passes time in.
 */
import type { StoredCard } from '../quiz/review';

export const STORE_KEY = 'sengong-xuexi';
export const BACKUP_KEY = 'sengong-xuexi-backup';
export const STORE_VERSION = 1;

export interface AnswerStats { right: number; wrong: number; last: string; lastCorrect: boolean }
export interface ReviewCard { card: StoredCard; mastered: boolean }
export interface ExamRecord {
  paper: string; seed: string; startedAt: string; finishedAt: string;
  score: number; total: number; passed: boolean;
  byTag: Record<string, { correct: number; total: number }>;
}
export interface ExamInProgress { paper: string; seed: string; startedAt: string; deadline: string; answers: Record<string, number[]> }

export interface Records {
  version: typeof STORE_VERSION;
  /** Per question: how often answered right and wrong. */
  answers: Record<string, AnswerStats>;
  /** 错题本: one card per missed question. */
  cards: Record<string, ReviewCard>;
  exams: ExamRecord[];
  examInProgress?: ExamInProgress | undefined;
  /** Reading records, `collection/id` → first and last read (used by /me/). */
  reads: Record<string, { first: string; last: string }>;
  settings: Record<string, string | number | boolean>;
}

export type ReadProblem = 'corrupt' | 'foreign' | 'future' | 'repaired';

export function emptyRecords(): Records {
  return { version: STORE_VERSION, answers: {}, cards: {}, exams: [], reads: {}, settings: {} };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isDate = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v));
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function validCard(v: unknown): v is StoredCard {
  return isObject(v) && isDate(v.due) && isNumber(v.stability) && isNumber(v.difficulty) && isCount(v.reps) &&
    isCount(v.lapses) && isCount(v.state) && (v.state as number) <= 3 && isNumber(v.scheduled_days) &&
    (v.last_review === undefined || isDate(v.last_review));
}

/** Keeps the valid entries of a record map; counts the ones dropped. */
function keep<T>(value: unknown, valid: (v: unknown) => v is T, dropped: { n: number }): Record<string, T> {
  if (!isObject(value)) {
    if (value !== undefined) dropped.n++;
    return {};
  }
  const out: Record<string, T> = {};
  for (const [k, v] of Object.entries(value)) {
    if (valid(v)) out[k] = v;
    else dropped.n++;
  }
  return out;
}

const validAnswer = (v: unknown): v is AnswerStats =>
  isObject(v) && isCount(v.right) && isCount(v.wrong) && isDate(v.last) && typeof v.lastCorrect === 'boolean';
const validReviewCard = (v: unknown): v is ReviewCard => isObject(v) && validCard(v.card) && typeof v.mastered === 'boolean';
const validRead = (v: unknown): v is { first: string; last: string } => isObject(v) && isDate(v.first) && isDate(v.last);
const validSetting = (v: unknown): v is string | number | boolean => ['string', 'number', 'boolean'].includes(typeof v);
const validTags = (v: unknown) => isObject(v) && Object.values(v).every((t) => isObject(t) && isCount(t.correct) && isCount(t.total));
const validExam = (v: unknown): v is ExamRecord =>
  isObject(v) && typeof v.paper === 'string' && typeof v.seed === 'string' && isDate(v.startedAt) && isDate(v.finishedAt) &&
  isNumber(v.score) && isNumber(v.total) && typeof v.passed === 'boolean' && validTags(v.byTag);
const validProgress = (v: unknown): v is ExamInProgress =>
  isObject(v) && typeof v.paper === 'string' && typeof v.seed === 'string' && isDate(v.startedAt) && isDate(v.deadline) &&
  isObject(v.answers) && Object.values(v.answers).every((a) => Array.isArray(a) && a.every(isCount));

/** Version 0 (never shipped; the shape before `version` existed) kept answers only. */
const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  0: (old) => ({ ...old, version: 1 }),
};

export function readRecords(raw: string | null): { records: Records; problem?: ReadProblem } {
  if (raw === null || raw === '') return { records: emptyRecords() };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { records: emptyRecords(), problem: 'corrupt' };
  }
  if (!isObject(data) || !Number.isInteger(data.version)) return { records: emptyRecords(), problem: 'foreign' };
  let version = data.version as number;
  if (version > STORE_VERSION || version < 0) return { records: emptyRecords(), problem: 'future' };
  while (version < STORE_VERSION) {
    data = MIGRATIONS[version]!(data as Record<string, unknown>);
    version++;
  }
  const d = data as Record<string, unknown>;
  const dropped = { n: 0 };
  const exams = Array.isArray(d.exams) ? d.exams.filter(validExam) : [];
  dropped.n += (Array.isArray(d.exams) ? d.exams.length : d.exams === undefined ? 0 : 1) - exams.length;
  const progress = validProgress(d.examInProgress) ? d.examInProgress : undefined;
  if (d.examInProgress !== undefined && !progress) dropped.n++;
  const records: Records = {
    version: STORE_VERSION,
    answers: keep(d.answers, validAnswer, dropped),
    cards: keep(d.cards, validReviewCard, dropped),
    exams,
    examInProgress: progress,
    reads: keep(d.reads, validRead, dropped),
    settings: keep(d.settings, validSetting, dropped),
  };
  return dropped.n > 0 ? { records, problem: 'repaired' } : { records };
}

export function writeRecords(records: Records): string {
  return JSON.stringify(records);
}

/** Records a self-check answer; a miss opens (or keeps) a review card. */
export function recordAnswer(records: Records, questionId: string, correct: boolean, now: Date, newCard: (now: Date) => StoredCard): Records {
  const prev = records.answers[questionId];
  const answers = {
    ...records.answers,
    [questionId]: {
      right: (prev?.right ?? 0) + (correct ? 1 : 0),
      wrong: (prev?.wrong ?? 0) + (correct ? 0 : 1),
      last: now.toISOString(),
      lastCorrect: correct,
    },
  };
  const cards = !correct && !records.cards[questionId]
    ? { ...records.cards, [questionId]: { card: newCard(now), mastered: false } }
    : records.cards;
  return { ...records, answers, cards };
}

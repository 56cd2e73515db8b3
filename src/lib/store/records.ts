/**
 * The reader's study records: one versioned object, treated as untrusted
 * input. Parsing validates field by field, migrates old versions and reports
 * what it had to set aside; it never throws. Pure: no storage, time passed in.
 *
 * Maps are null-prototype objects and keys are checked against their id
 * pattern, so stored keys such as `__proto__` or `constructor` can never
 * reach or shadow Object.prototype.
 */
import type { StoredCard } from '../quiz/review';
import { chinaDay } from '../dates';
import { QUESTION_LIMITS, TEAM_LIMITS, TIMERS, type Contest } from '../quiz/contest';

export const STORE_KEY = 'sengong-xuexi';
export const STORE_VERSION = 2;

export type Dict<T> = Record<string, T>;

export interface AnswerStats { right: number; wrong: number; last: string; lastCorrect: boolean }
export interface ReviewCard { card: StoredCard; mastered: boolean }
export interface ExamRecord {
  paper: string; title?: string | undefined; seed: string; startedAt: string; finishedAt: string;
  score: number; total: number; passed: boolean;
  byTag: Dict<{ correct: number; total: number }>;
}
export interface ExamInProgress { paper: string; seed: string; startedAt: string; deadline: string; answers: Dict<number[]> }
/** An article read to its end (or its self-check finished): first and last time, its title and tag slugs then. */
export interface ReadRecord { first: string; last: string; title: string; tags: string[] }
/** The last article opened, finished or not, for 继续学习. `path` is the site path without the base. */
export interface Opened { key: string; title: string; path: string; at: string }
export type SessionKind = 'self-check' | 'daily' | 'practice';
/** One finished round of questions outside the mock exams, for the 学习台账. */
export interface QuizSession { kind: SessionKind; ref: string; title: string; at: string; right: number; total: number }
/** Filled in once for the printed 学习台账. */
export interface Profile { name: string; unit: string; branch: string; updated: string }

export interface Records {
  version: typeof STORE_VERSION;
  /** Per question: how often answered right and wrong. */
  answers: Dict<AnswerStats>;
  /** 错题本: one card per missed question. */
  cards: Dict<ReviewCard>;
  exams: ExamRecord[];
  examInProgress?: ExamInProgress | undefined;
  /** `collection/id` → when it was read. */
  reads: Dict<ReadRecord>;
  opened?: Opened | undefined;
  sessions: QuizSession[];
  /** Days with any study, as China calendar days (YYYY-MM-DD), ascending. */
  days: string[];
  profile?: Profile | undefined;
  /** A 知识竞赛 being hosted on this device, kept until 结束竞赛. */
  contest?: Contest | undefined;
  /** Reader settings of this device (字号, 主题, 长辈模式). */
  settings: Settings;
}

/** Reader settings. public/prefs.js applies the same values to <html> before the first paint. */
export const SIZES = ['normal', 'large', 'xlarge'] as const;
export const THEMES = ['system', 'light', 'dark'] as const;
export interface Settings { size: (typeof SIZES)[number]; theme: (typeof THEMES)[number]; elder: boolean }
export const DEFAULT_SETTINGS: Readonly<Settings> = { size: 'normal', theme: 'system', elder: false };

/** Settings from storage: each bad or missing value falls back to its default; never throws. */
export function parseSettings(v: unknown): Settings {
  const o = isObject(v) ? v : {};
  const one = <T extends string>(list: readonly T[], x: unknown, fallback: T): T => (list.includes(x as T) ? (x as T) : fallback);
  return {
    size: one(SIZES, o.size, DEFAULT_SETTINGS.size),
    theme: one(THEMES, o.theme, DEFAULT_SETTINGS.theme),
    elder: typeof o.elder === 'boolean' ? o.elder : DEFAULT_SETTINGS.elder,
  };
}

/** Kept at most, oldest dropped first: enough for years of study, small enough for localStorage. */
export const LIMITS = { exams: 200, sessions: 1000, days: 3660 } as const;

export type ReadProblem = 'corrupt' | 'foreign' | 'future' | 'repaired';

export const dict = <T>(entries: Iterable<[string, T]> = []): Dict<T> => {
  const out = Object.create(null) as Dict<T>;
  for (const [k, v] of entries) out[k] = v;
  return out;
};
const withEntry = <T>(d: Dict<T>, key: string, value: T): Dict<T> => dict([...Object.entries(d), [key, value]]);

export function emptyRecords(): Records {
  return { version: STORE_VERSION, answers: dict(), cards: dict(), exams: [], reads: dict(), sessions: [], days: [], settings: { ...DEFAULT_SETTINGS } };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isDate = (v: unknown): v is string => typeof v === 'string' && v.length <= 40 && !Number.isNaN(Date.parse(v));
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isText = (max: number) => (v: unknown): v is string => typeof v === 'string' && v.length <= max;
const isTitle = isText(200);
const isDay = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v));

/** Question ids, bank and paper ids: the content's file-name pattern. */
export const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Article keys: `collection/id`. */
export const ARTICLE_KEY = /^(theory|forestry|cases|models)\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

function validCard(v: unknown): v is StoredCard {
  return isObject(v) && isDate(v.due) && isNumber(v.stability) && isNumber(v.difficulty) && isCount(v.reps) &&
    isCount(v.lapses) && isCount(v.state) && (v.state as number) <= 3 && isNumber(v.scheduled_days) &&
    (v.last_review === undefined || isDate(v.last_review));
}
const validAnswer = (v: unknown): v is AnswerStats =>
  isObject(v) && isCount(v.right) && isCount(v.wrong) && isDate(v.last) && typeof v.lastCorrect === 'boolean';
const validReviewCard = (v: unknown): v is ReviewCard => isObject(v) && validCard(v.card) && typeof v.mastered === 'boolean';
const validRead = (v: unknown): v is ReadRecord => isObject(v) && isDate(v.first) && isDate(v.last) && isTitle(v.title) &&
  Array.isArray(v.tags) && v.tags.length <= 12 && v.tags.every((t) => typeof t === 'string' && ID.test(t));
const validTags = (v: unknown) => isObject(v) && Object.values(v).every((t) => isObject(t) && isCount(t.correct) && isCount(t.total));
const validExam = (v: unknown): v is ExamRecord =>
  isObject(v) && typeof v.paper === 'string' && ID.test(v.paper) && (v.title === undefined || isTitle(v.title)) &&
  isText(40)(v.seed) && isDate(v.startedAt) && isDate(v.finishedAt) &&
  isNumber(v.score) && isNumber(v.total) && typeof v.passed === 'boolean' && validTags(v.byTag);
const validProgress = (v: unknown): v is ExamInProgress =>
  isObject(v) && typeof v.paper === 'string' && ID.test(v.paper) && isText(40)(v.seed) && isDate(v.startedAt) && isDate(v.deadline) &&
  isObject(v.answers) && Object.entries(v.answers).every(([k, a]) => ID.test(k) && Array.isArray(a) && a.every(isCount));
const isName = (max: number) => (v: unknown): v is string => isText(max)(v) && v.length > 0;
const isIndexBelow = (n: number) => (v: unknown) => isCount(v) && v < n;
/** A 知识竞赛 in progress: anything off and it is not a contest. */
export function validContest(v: unknown): v is Contest {
  if (!isObject(v) || !isObject(v.source) || !Array.isArray(v.ids) || !Array.isArray(v.teams)) return false;
  const { source, ids, teams } = v;
  return ['bank', 'paper', 'tag'].includes(source.kind as string) && isName(60)(source.ref) &&
    ids.length >= QUESTION_LIMITS.min && ids.length <= QUESTION_LIMITS.max && ids.every((id) => typeof id === 'string' && ID.test(id)) &&
    teams.length >= TEAM_LIMITS.min && teams.length <= TEAM_LIMITS.max && teams.every(isName(20)) &&
    isName(200)(v.title) && isName(40)(v.seed) && (TIMERS as readonly unknown[]).includes(v.seconds) &&
    isCount(v.index) && v.index <= ids.length && typeof v.revealed === 'boolean' && typeof v.finished === 'boolean' &&
    isDate(v.shownAt) && isDate(v.startedAt) && Array.isArray(v.awards) && v.awards.length <= 1000 &&
    v.awards.every((a) => isObject(a) && isIndexBelow(ids.length)(a.q) && isIndexBelow(teams.length)(a.team));
}
const validOpened = (v: unknown): v is Opened =>
  isObject(v) && typeof v.key === 'string' && ARTICLE_KEY.test(v.key) && isTitle(v.title) &&
  typeof v.path === 'string' && v.path.startsWith('/') && v.path.length <= 200 && isDate(v.at);
const SESSION_KINDS: readonly string[] = ['self-check', 'daily', 'practice'] satisfies SessionKind[];
const validSession = (v: unknown): v is QuizSession =>
  isObject(v) && typeof v.kind === 'string' && SESSION_KINDS.includes(v.kind) && isText(200)(v.ref) && isTitle(v.title) &&
  isDate(v.at) && isCount(v.right) && isCount(v.total) && (v.right as number) <= (v.total as number);
const validProfile = (v: unknown): v is Profile =>
  isObject(v) && isText(40)(v.name) && isText(80)(v.unit) && isText(80)(v.branch) && isDate(v.updated);

/** Keeps the valid entries (valid key and value) of a record map; counts the ones dropped. */
function keep<T>(value: unknown, validKey: RegExp, valid: (v: unknown) => v is T, dropped: { n: number }): Dict<T> {
  if (!isObject(value)) {
    if (value !== undefined) dropped.n++;
    return dict();
  }
  const out = dict<T>();
  for (const [k, v] of Object.entries(value)) {
    if (validKey.test(k) && valid(v)) out[k] = v;
    else dropped.n++;
  }
  return out;
}

function keepList<T>(value: unknown, valid: (v: unknown) => v is T, dropped: { n: number }): T[] {
  if (!Array.isArray(value)) {
    if (value !== undefined) dropped.n++;
    return [];
  }
  const out = value.filter(valid);
  dropped.n += value.length - out.length;
  return out;
}

function keepOne<T>(value: unknown, valid: (v: unknown) => v is T, dropped: { n: number }): T | undefined {
  if (value === undefined) return undefined;
  if (valid(value)) return value;
  dropped.n++;
  return undefined;
}

/** Version 0 (before `version` existed) kept answers only; version 1 had no titles, sessions or days. */
const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  0: (old) => ({ ...old, version: 1 }),
  1: (old) => {
    // Reads had no title: keep them under their key, which is all version 1 knew.
    const reads = isObject(old.reads)
      ? Object.fromEntries(Object.entries(old.reads).map(([k, v]) => [k, isObject(v) ? { title: k, tags: [], ...v } : v]))
      : old.reads;
    return { ...old, version: 2, reads };
  },
};

/**
 * Parses stored or imported records. Data of a newer version is parsed as
 * far as this version understands it, and reported as `future` so the caller
 * never writes it back.
 */
export function parseRecords(data: unknown): { records: Records; problem?: ReadProblem; dropped: number } {
  if (!isObject(data) || !Number.isInteger(data.version) || (data.version as number) < 0) {
    return { records: emptyRecords(), problem: 'foreign', dropped: 0 };
  }
  let version = data.version as number;
  let d = data;
  while (version < STORE_VERSION) d = MIGRATIONS[version++]!(d);
  const dropped = { n: 0 };
  const records: Records = {
    version: STORE_VERSION,
    answers: keep(d.answers, ID, validAnswer, dropped),
    cards: keep(d.cards, ID, validReviewCard, dropped),
    exams: keepList(d.exams, validExam, dropped).slice(-LIMITS.exams),
    examInProgress: keepOne(d.examInProgress, validProgress, dropped),
    reads: keep(d.reads, ARTICLE_KEY, validRead, dropped),
    opened: keepOne(d.opened, validOpened, dropped),
    sessions: keepList(d.sessions, validSession, dropped).slice(-LIMITS.sessions),
    days: [...new Set(keepList(d.days, isDay, dropped))].sort().slice(-LIMITS.days),
    profile: keepOne(d.profile, validProfile, dropped),
    // A bad setting is not worth a backup and a notice: it just falls back to its default.
    settings: parseSettings(d.settings),
    contest: keepOne(d.contest, validContest, dropped),
  };
  if ((data.version as number) > STORE_VERSION) return { records, problem: 'future', dropped: dropped.n };
  return dropped.n > 0 ? { records, problem: 'repaired', dropped: dropped.n } : { records, dropped: 0 };
}

export function readRecords(raw: string | null): { records: Records; problem?: ReadProblem; dropped: number } {
  if (raw === null || raw === '') return { records: emptyRecords(), dropped: 0 };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { records: emptyRecords(), problem: 'corrupt', dropped: 0 };
  }
  return parseRecords(data);
}

export function writeRecords(records: Records): string {
  return JSON.stringify(records);
}

/** Marks today (China time) as a study day. */
export function studied(records: Records, now: Date): Records {
  const day = chinaDay(now);
  if (records.days.at(-1) === day || records.days.includes(day)) return records;
  return { ...records, days: [...records.days, day].sort().slice(-LIMITS.days) };
}

/** Records a self-check answer; a miss opens (or keeps) a review card. */
export function recordAnswer(records: Records, questionId: string, correct: boolean, now: Date, newCard: (now: Date) => StoredCard): Records {
  const prev = records.answers[questionId];
  const answers = withEntry(records.answers, questionId, {
    right: (prev?.right ?? 0) + (correct ? 1 : 0),
    wrong: (prev?.wrong ?? 0) + (correct ? 0 : 1),
    last: now.toISOString(),
    lastCorrect: correct,
  });
  const cards = !correct && !records.cards[questionId]
    ? withEntry(records.cards, questionId, { card: newCard(now), mastered: false })
    : records.cards;
  return studied({ ...records, answers, cards }, now);
}

/** An article read to its end (or its self-check finished). */
export function recordRead(records: Records, read: { key: string; title: string; tags: readonly string[] }, now: Date): Records {
  const at = now.toISOString();
  const prev = records.reads[read.key];
  const reads = withEntry(records.reads, read.key, {
    first: prev?.first ?? at, last: at, title: read.title.slice(0, 200), tags: read.tags.filter((t) => ID.test(t)).slice(0, 12),
  });
  return studied({ ...records, reads }, now);
}

/** The article just opened, for 继续学习. */
export function recordOpened(records: Records, opened: Omit<Opened, 'at'>, now: Date): Records {
  return { ...records, opened: { ...opened, title: opened.title.slice(0, 200), at: now.toISOString() } };
}

export function recordSession(records: Records, session: Omit<QuizSession, 'at'>, now: Date): Records {
  const sessions = [...records.sessions, { ...session, title: session.title.slice(0, 200), at: now.toISOString() }].slice(-LIMITS.sessions);
  return studied({ ...records, sessions }, now);
}

/** A handed-in mock exam: its result joins the history and the exam in progress ends. */
export function recordExam(records: Records, exam: ExamRecord, now: Date): Records {
  return studied({ ...records, examInProgress: undefined, exams: [...records.exams, exam].slice(-LIMITS.exams) }, now);
}

export function rateCard(records: Records, questionId: string, card: StoredCard, mastered: boolean): Records {
  if (!records.cards[questionId]) return records;
  return { ...records, cards: withEntry(records.cards, questionId, { card, mastered }) };
}

export function removeCards(records: Records, ids: Iterable<string>): Records {
  const drop = new Set(ids);
  return { ...records, cards: dict(Object.entries(records.cards).filter(([id]) => !drop.has(id))) };
}

export function setProfile(records: Records, profile: Omit<Profile, 'updated'>, now: Date): Records {
  const clip = (s: string, n: number) => s.trim().slice(0, n);
  return { ...records, profile: { name: clip(profile.name, 40), unit: clip(profile.unit, 80), branch: clip(profile.branch, 80), updated: now.toISOString() } };
}

export function setSettings(records: Records, change: Partial<Settings>): Records {
  return { ...records, settings: parseSettings({ ...records.settings, ...change }) };
}

/** Is a path step, a card or a list entry done? Articles when read, banks when practised, papers when taken. */
export function isDone(records: Records, key: string): boolean {
  const [collection, id] = key.split('/');
  if (collection === 'quizzes') return records.sessions.some((s) => s.kind === 'practice' && s.ref === id);
  if (collection === 'exams') return records.exams.some((e) => e.paper === id);
  return key in records.reads;
}

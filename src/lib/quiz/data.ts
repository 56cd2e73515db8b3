/**
 * The quiz data files (`quiz/data/*.json`): questions with their texts, one
 * file per bank, one per exam paper (the questions its parts draw from), one
 * per shard of 每日一练 and one with every question. Pages that fill a quiz in the browser (每日一练, 错题本,
 * 模拟考试, 知识竞赛) load one of them: one request, cacheable, stored for offline
 * use. The markup stays QuestionItem.astro's: the browser fills a copy of it.
 */
import type { PoolQuestion } from './paper';

export const QUIZ_DATA_VERSION = 1;

export interface QuizQuestion extends PoolQuestion {
  stem: string;
  explanation: string;
  /** The section of the article the question comes from (for accuracy per section). */
  section: string;
  /** Index into the file's `sources`: most questions share an article. */
  source: number;
}

export interface QuizSource { title: string; href: string }

export interface QuizData {
  v: typeof QUIZ_DATA_VERSION;
  sources: QuizSource[];
  questions: QuizQuestion[];
}

/** Where each file lives, relative to the site's base path. */
export const quizDataFile = {
  all: 'quiz/data/all.json',
  bank: (id: string) => `quiz/data/bank-${id}.json`,
  exam: (id: string) => `quiz/data/exam-${id}.json`,
  /** One shard of the 每日一练 pool (src/lib/quiz/daily.ts). */
  daily: (shard: number) => `quiz/data/daily-${shard}.json`,
};

/** Packs questions with their sources, each source listed once. */
export function packQuizData<Q extends Omit<QuizQuestion, 'source'>>(questions: readonly Q[], sourceOf: (q: Q) => QuizSource): QuizData {
  const sources: QuizSource[] = [];
  const index = new Map<string, number>();
  const packed = questions.map((q) => {
    const s = sourceOf(q);
    let i = index.get(s.href);
    if (i === undefined) index.set(s.href, (i = sources.push(s) - 1));
    return { ...q, source: i };
  });
  return { v: QUIZ_DATA_VERSION, sources, questions: packed };
}

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');
const isIndexes = (v: unknown, below: number): v is number[] => Array.isArray(v) && v.every((i) => Number.isInteger(i) && i >= 0 && i < below);

function validQuestion(q: unknown, sources: number): q is QuizQuestion {
  if (typeof q !== 'object' || q === null) return false;
  const r = q as Record<string, unknown>;
  return typeof r.id === 'string' && (r.type === 'single' || r.type === 'multiple' || r.type === 'judge') &&
    typeof r.bank === 'string' && typeof r.section === 'string' && typeof r.stem === 'string' && typeof r.explanation === 'string' &&
    isStrings(r.tags) && isStrings(r.options) && r.options.length > 1 && isIndexes(r.answer, r.options.length) && r.answer.length > 0 &&
    isIndexes([r.source], sources);
}

/**
 * A data file as fetched: a cached copy from another build, or a damaged one,
 * is refused as a whole (null) rather than half-used; a question that does not
 * fit is left out.
 */
export function parseQuizData(value: unknown): QuizData | null {
  if (typeof value !== 'object' || value === null) return null;
  const r = value as Record<string, unknown>;
  if (r.v !== QUIZ_DATA_VERSION || !Array.isArray(r.sources) || !Array.isArray(r.questions)) return null;
  const sources = r.sources.filter((s): s is QuizSource => typeof s?.title === 'string' && typeof s?.href === 'string');
  if (sources.length !== r.sources.length) return null;
  return { v: QUIZ_DATA_VERSION, sources, questions: r.questions.filter((q) => validQuestion(q, sources.length)) };
}

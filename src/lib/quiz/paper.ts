/** Drawing a mock-exam paper from its definition, and scoring it. */
import { gradeQuestion, shuffleOptions, type GradableQuestion, type QuestionType } from './grade';
import { rng } from './random';

export interface PaperPart {
  type: QuestionType;
  count: number;
  score: number;
  /** Bank ids the part draws from. */
  banks: readonly string[];
  /** When not empty, only questions carrying one of these tags. */
  tags: readonly string[];
}

export interface PoolQuestion extends GradableQuestion {
  bank: string;
  tags: readonly string[];
}

export interface DrawnQuestion extends PoolQuestion {
  score: number;
  order: number[];
}

const fits = (part: PaperPart, q: PoolQuestion) =>
  q.type === part.type && part.banks.includes(q.bank) && (part.tags.length === 0 || part.tags.some((t) => q.tags.includes(t)));

/** The questions a paper can draw, in pool order (so a draw from them equals a draw from the whole pool). */
export function paperCandidates<Q extends PoolQuestion>(parts: readonly PaperPart[], pool: readonly Q[]): Q[] {
  return pool.filter((q) => parts.some((part) => fits(part, q)));
}

export class PaperError extends Error {}

/**
 * Draws each part without repeating a question anywhere on the paper, with
 * questions and options in an order fixed by the seed.
 */
export function drawPaper<Q extends PoolQuestion>(parts: readonly PaperPart[], pool: readonly Q[], seed: string): (Q & DrawnQuestion)[] {
  const next = rng(seed);
  const used = new Set<string>();
  const paper: (Q & DrawnQuestion)[] = [];
  parts.forEach((part, p) => {
    const candidates = pool.filter((q) => !used.has(q.id) && fits(part, q));
    if (candidates.length < part.count) {
      throw new PaperError(`第 ${p + 1} 部分要抽 ${part.count} 道题，题库中符合条件的只有 ${candidates.length} 道`);
    }
    // Partial Fisher–Yates: the first `count` places are a uniform sample.
    const bag = [...candidates];
    for (let i = 0; i < part.count; i++) {
      const j = i + Math.floor(next() * (bag.length - i));
      [bag[i], bag[j]] = [bag[j]!, bag[i]!];
      const q = bag[i]!;
      used.add(q.id);
      paper.push({ ...shuffleOptions(q, next), score: part.score });
    }
  });
  return paper;
}

export interface PaperResult {
  score: number;
  total: number;
  passed: boolean;
  correct: number;
  /** Per tag: how many of its questions were answered right. */
  byTag: Record<string, { correct: number; total: number }>;
}

export function scorePaper(paper: readonly DrawnQuestion[], answers: Readonly<Record<string, readonly number[]>>, passMark: number): PaperResult {
  const byTag: PaperResult['byTag'] = {};
  let score = 0;
  let total = 0;
  let correct = 0;
  for (const q of paper) {
    const ok = gradeQuestion(q, answers[q.id] ?? []).correct;
    total += q.score;
    if (ok) {
      score += q.score;
      correct++;
    }
    for (const tag of q.tags.length ? q.tags : ['其他']) {
      const t = (byTag[tag] ??= { correct: 0, total: 0 });
      t.total++;
      if (ok) t.correct++;
    }
  }
  return { score, total, passed: score >= passMark, correct, byTag };
}

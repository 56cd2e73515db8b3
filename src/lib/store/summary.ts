/**
 * What /me/ shows: mastery and what is due, never points or rankings.
 * Pure: the page passes the records, what it knows of the content
 * (questions, paths, candidate articles) and the time.
 */
import { isDue, isMastered } from '../quiz/review';
import { isDone, type Records } from './records';

export interface QuestionInfo { bank: string; section: string; tags: readonly string[] }
export interface Accuracy { answered: number; right: number; wrong: number }

export interface Overview {
  days: number;
  reads: number;
  answered: number;
  accuracy: Accuracy;
  bySection: Map<string, Accuracy>;
  byBank: Map<string, Accuracy>;
  /** Tags of the questions missed most (wrong answers per tag), most first. */
  weakTags: { tag: string; wrong: number }[];
  review: { due: number; open: number; mastered: number; gone: string[] };
}

const add = (m: Map<string, Accuracy>, key: string, right: number, wrong: number) => {
  const a = m.get(key) ?? { answered: 0, right: 0, wrong: 0 };
  m.set(key, { answered: a.answered + 1, right: a.right + right, wrong: a.wrong + wrong });
};

/**
 * `questions` knows every question that exists now: cards for questions that
 * were removed from the banks are not due, not open, and listed as `gone` so
 * they can be cleared.
 */
export function overview(records: Records, questions: ReadonlyMap<string, QuestionInfo>, now: Date): Overview {
  const bySection = new Map<string, Accuracy>();
  const byBank = new Map<string, Accuracy>();
  const wrongByTag = new Map<string, number>();
  const total: Accuracy = { answered: 0, right: 0, wrong: 0 };
  for (const [id, a] of Object.entries(records.answers)) {
    total.answered++;
    total.right += a.right;
    total.wrong += a.wrong;
    const q = questions.get(id);
    if (!q) continue;
    add(bySection, q.section, a.right, a.wrong);
    add(byBank, q.bank, a.right, a.wrong);
    if (a.wrong > 0) for (const t of q.tags) wrongByTag.set(t, (wrongByTag.get(t) ?? 0) + a.wrong);
  }
  const review = { due: 0, open: 0, mastered: 0, gone: [] as string[] };
  for (const [id, c] of Object.entries(records.cards)) {
    if (!questions.has(id)) review.gone.push(id);
    else if (c.mastered || isMastered(c.card)) review.mastered++;
    else {
      review.open++;
      if (isDue(c.card, now)) review.due++;
    }
  }
  return {
    days: records.days.length,
    reads: Object.keys(records.reads).length,
    answered: total.answered,
    accuracy: total,
    bySection,
    byBank,
    weakTags: [...wrongByTag].map(([tag, wrong]) => ({ tag, wrong })).sort((a, b) => b.wrong - a.wrong || a.tag.localeCompare(b.tag)),
    review,
  };
}

export interface PathInfo { id: string; title: string; steps: { key: string; title: string; path: string }[] }
export interface Candidate { key: string; title: string; path: string; tags: readonly string[] }

export type NextItem =
  | { kind: 'review'; due: number }
  | { kind: 'path'; path: PathInfo; step: PathInfo['steps'][number]; done: number }
  | { kind: 'article'; article: Candidate; shared: number };

/** The article opened last and not finished, to pick up where the reader left off. */
export function resumeTarget(records: Records): Records['opened'] {
  const o = records.opened;
  return o && !(o.key in records.reads) ? o : undefined;
}

/** How far the reader is along a path: steps done, and the first one not done. */
export function pathProgress(records: Records, path: PathInfo): { done: number; next?: PathInfo['steps'][number] | undefined } {
  return { done: path.steps.filter((s) => isDone(records, s.key)).length, next: path.steps.find((s) => !isDone(records, s.key)) };
}

/** Tag slugs the reader has read most about, most first. */
export function readingTags(records: Records): string[] {
  const counts = new Map<string, number>();
  for (const r of Object.values(records.reads)) for (const t of r.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([t]) => t);
}

/**
 * 接下来: due reviews first, then the next step of each path in progress,
 * then unread articles sharing the most tags with what was read.
 */
export function nextItems(records: Records, due: number, paths: readonly PathInfo[], candidates: readonly Candidate[], limit = 6): NextItem[] {
  const out: NextItem[] = [];
  if (due > 0) out.push({ kind: 'review', due });
  for (const path of paths) {
    const { done, next } = pathProgress(records, path);
    if (done > 0 && next) out.push({ kind: 'path', path, step: next, done });
  }
  const weights = new Map(readingTags(records).map((t, i, all) => [t, all.length - i]));
  const seen = new Set<string>();
  const articles = candidates
    .filter((c) => !(c.key in records.reads) && c.key !== records.opened?.key && !seen.has(c.key) && (seen.add(c.key), true))
    .map((c) => ({ c, shared: c.tags.filter((t) => weights.has(t)).length, weight: c.tags.reduce((w, t) => w + (weights.get(t) ?? 0), 0) }))
    .filter((x) => x.shared > 0)
    .sort((a, b) => b.weight - a.weight || a.c.key.localeCompare(b.c.key));
  for (const { c, shared } of articles) out.push({ kind: 'article', article: c, shared });
  return out.slice(0, limit);
}

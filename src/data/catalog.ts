/**
 * All content, loaded once per build, checked across entries, drafts removed
 * from production builds. Pages read content through here, never directly.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { checkCrossReferences, type CheckedEntry } from '../lib/content/crossref';
import { ContentError, displayPath, formatProblems, type EntryProblem } from '../lib/content/errors';
import { readSource } from '../lib/content/source';
import { ARTICLE_COLLECTIONS, type ArticleCollection, type Question } from '../lib/content/schemas';
import { tagByLabel, type Tag } from '../lib/content/tags';
import { categorySlug } from '../lib/sections';
import { byDateDesc } from '../lib/dates';
import { paths } from '../lib/links';
import { readingTime } from '../lib/reading-time';

export type ArticleEntry = CollectionEntry<ArticleCollection>;

/** What lists, feeds and related links need of an article. */
export interface ArticleSummary {
  key: string;
  collection: ArticleCollection;
  id: string;
  title: string;
  summary: string;
  date: Date;
  updated?: Date | undefined;
  tags: Tag[];
  category: string;
  categorySlug: string;
  /** Site path, without the base: pass it to link(). */
  path: string;
  minutes: number;
  characters: number;
  entry: ArticleEntry;
}

export interface Catalog {
  sections: Record<ArticleCollection, ArticleSummary[]>;
  /** Every article, newest first. */
  all: ArticleSummary[];
  byKey: Map<string, ArticleSummary>;
  /** Tag slug → its articles, newest first. */
  byTag: Map<string, ArticleSummary[]>;
  /** Entries per category label, per section. */
  categoryCounts: Record<ArticleCollection, Record<string, number>>;
  banks: CollectionEntry<'quizzes'>[];
  exams: CollectionEntry<'exams'>[];
  paths: CollectionEntry<'paths'>[];
  questions: Map<string, Question & { bank: string }>;
  /** Theory id → the cases that cite it in `rules` (以案释纪 both ways). */
  citedBy: Map<string, ArticleSummary[]>;
}

const categoryOf = (e: ArticleEntry): string => ('riskArea' in e.data ? e.data.riskArea : e.data.category);

function summarise(e: ArticleEntry): ArticleSummary {
  const category = categoryOf(e);
  const { minutes, characters } = readingTime(e.body ?? '');
  return {
    key: `${e.collection}/${e.id}`,
    collection: e.collection,
    id: e.id,
    title: e.data.title,
    summary: e.data.summary,
    date: e.data.date,
    updated: e.data.updated,
    tags: e.data.tags.map((t) => tagByLabel(t)!),
    category,
    categorySlug: categorySlug(e.collection, category)!,
    path: paths.entry(e.collection, e.id),
    minutes,
    characters,
    entry: e,
  };
}

/** The problem with the line of its field, read again from the file. */
function withLine<P extends EntryProblem>(p: P): P {
  try {
    const source = readSource(readFileSync(p.file, 'utf8'), /\.ya?ml$/.test(p.file) ? 'data' : 'markdown');
    return { ...p, line: source.lineOf(p.path) };
  } catch {
    return p;
  }
}

async function load(): Promise<Catalog> {
  const production = import.meta.env.PROD;
  const [theory, forestry, cases, models, banks, exams, pathEntries] = await Promise.all([
    getCollection('theory'), getCollection('forestry'), getCollection('cases'), getCollection('models'),
    getCollection('quizzes'), getCollection('exams'), getCollection('paths'),
  ]);
  const everything = [...theory, ...forestry, ...cases, ...models, ...banks, ...exams, ...pathEntries];
  const checked: CheckedEntry[] = everything
    .map((e) => ({
      collection: e.collection,
      id: e.id,
      file: displayPath(process.cwd(), resolve(e.filePath ?? `content/${e.collection}/${e.id}`)),
      draft: 'draft' in e.data ? Boolean(e.data.draft) : false,
      data: e.data as Record<string, unknown>,
    }))
    // Sorted, so that a message naming two files names them the same way every time.
    .sort((a, b) => a.file.localeCompare(b.file));
  const problems = checkCrossReferences(checked, { production });
  if (problems.length) throw new ContentError(formatProblems(problems.map(withLine)));

  const live = <T extends { data: object }>(list: T[]) =>
    production ? list.filter((e) => !('draft' in e.data && e.data.draft)) : list;

  const raw = { theory, forestry, cases, models } as Record<ArticleCollection, ArticleEntry[]>;
  const sections = Object.fromEntries(
    ARTICLE_COLLECTIONS.map((c) => [c, live(raw[c]).map(summarise).sort(byDateDesc)]),
  ) as Record<ArticleCollection, ArticleSummary[]>;
  const all = ARTICLE_COLLECTIONS.flatMap((c) => sections[c]).sort(byDateDesc);
  const questions = new Map<string, Question & { bank: string }>();
  for (const bank of banks) for (const q of bank.data.questions) questions.set(q.id, { ...q, bank: bank.id });

  const categoryCounts = Object.fromEntries(
    ARTICLE_COLLECTIONS.map((c) => {
      const counts: Record<string, number> = {};
      for (const a of sections[c]) counts[a.category] = (counts[a.category] ?? 0) + 1;
      return [c, counts];
    }),
  ) as Catalog['categoryCounts'];

  const byTag = new Map<string, ArticleSummary[]>();
  for (const a of all) {
    for (const t of a.tags) {
      const list = byTag.get(t.slug);
      if (list) list.push(a);
      else byTag.set(t.slug, [a]);
    }
  }

  const citedBy = new Map<string, ArticleSummary[]>();
  for (const c of sections.cases) {
    if (c.entry.collection !== 'cases') continue;
    for (const rule of c.entry.data.rules) citedBy.set(rule.id, [...(citedBy.get(rule.id) ?? []), c]);
  }

  return {
    sections,
    all,
    citedBy,
    categoryCounts,
    byKey: new Map(all.map((a) => [a.key, a])),
    byTag,
    banks: banks.sort((a, b) => a.data.title.localeCompare(b.data.title, 'zh-CN')),
    exams: live(exams),
    paths: live(pathEntries).sort((a, b) => b.data.date.getTime() - a.data.date.getTime()),
    questions,
  };
}

let cached: Promise<Catalog> | undefined;
export function getCatalog(): Promise<Catalog> {
  return (cached ??= load());
}

/** The self-check questions for an article: the listed ids, or the bank's questions drawn from this article. */
export function selfCheckFor(catalog: Catalog, article: ArticleSummary, limit = 4): (Question & { bank: string })[] {
  const quiz = article.entry.data.quiz;
  if (!quiz) return [];
  if (Array.isArray(quiz)) return quiz.map((id) => catalog.questions.get(id)!);
  const bank = catalog.banks.find((b) => b.id === quiz.id)!;
  const own = bank.data.questions.filter((q) => q.source.collection === article.collection && q.source.id === article.id);
  return (own.length ? own : bank.data.questions).slice(0, limit).map((q) => ({ ...q, bank: bank.id }));
}

/** Title and path of any linkable entry, for path steps and cross-links. */
export function describeRef(catalog: Catalog, ref: { collection: string; id: string }): { title: string; path: string; kind: string } {
  const article = catalog.byKey.get(`${ref.collection}/${ref.id}`);
  if (article) return { title: article.title, path: article.path, kind: article.collection };
  const bank = catalog.banks.find((b) => ref.collection === 'quizzes' && b.id === ref.id);
  if (bank) return { title: bank.data.title, path: paths.entry('quizzes', bank.id), kind: 'quizzes' };
  const exam = catalog.exams.find((x) => ref.collection === 'exams' && x.id === ref.id);
  if (exam) return { title: exam.data.title, path: paths.entry('exams', exam.id), kind: 'exams' };
  throw new Error(`未知条目 ${ref.collection}/${ref.id}`);
}

/** A paper's parts as the quiz engine takes them, and its total score. */
export function paperOf(exam: CollectionEntry<'exams'>) {
  const parts = exam.data.parts.map((p) => ({ type: p.type, count: p.count, score: p.score, banks: p.banks.map((b) => b.id), tags: p.tags }));
  return { parts, total: parts.reduce((sum, p) => sum + p.count * p.score, 0) };
}

/** getStaticPaths for the pages of each exam paper (the paper and its printable version). */
export async function examPaths() {
  const { exams } = await getCatalog();
  return exams.map((exam) => ({ params: { id: exam.id }, props: { exam } }));
}

/** getStaticPaths for the pages of each article (the article and its 投屏 slides). */
export async function articlePaths() {
  const { all } = await getCatalog();
  return all.map((item) => ({ params: { section: item.collection, id: item.id }, props: { item } }));
}

/** A path's steps as `collection/id` keys, for progress shown in the browser. */
export function stepKeys(path: CollectionEntry<'paths'>): string {
  return path.data.steps.map((s) => `${s.ref.collection}/${s.ref.id}`).join(' ');
}

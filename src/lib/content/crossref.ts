/**
 * Build-time checks across entries: every reference points at an entry that
 * exists (and is published), question ids are unique across banks, exam
 * papers can be drawn. Pure: takes plain entries, returns problems.
 */
import { ui } from '../ui';
import type { EntryProblem } from './errors';
import type { QuestionType } from './schemas';

interface Ref { collection: string; id: string }

export interface CheckedEntry {
  collection: string;
  id: string;
  file: string;
  draft: boolean;
  data: Record<string, unknown>;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function checkCrossReferences(entries: readonly CheckedEntry[], { production }: { production: boolean }): (EntryProblem & { data?: unknown })[] {
  const problems: (EntryProblem & { data?: unknown })[] = [];
  const known = new Map(entries.map((e) => [`${e.collection}/${e.id}`, e]));
  const questions = new Map<string, { bank: CheckedEntry; type: QuestionType; tags: string[] }>();

  const report = (e: CheckedEntry, path: PropertyKey[], message: string) =>
    problems.push({ file: e.file, collection: e.collection, id: e.id, path, message, data: e.data });

  const checkRef = (from: CheckedEntry, ref: Ref, path: PropertyKey[]) => {
    const target = known.get(`${ref.collection}/${ref.id}`);
    if (!target) report(from, path, `找不到「${ref.collection}/${ref.id}」，请检查文件名是否写对`);
    else if (production && target.draft && !from.draft) report(from, path, `「${ref.collection}/${ref.id}」还是草稿，正式发布的条目不能指向它`);
  };

  for (const e of entries) {
    if (!SLUG.test(e.id) || /^\d+$/.test(e.id)) {
      report(e, [], `文件名「${e.id}」不可用作网址：只能用小写拼音或英文单词加连字符，且不能全是数字`);
    }
    if (e.collection === 'quizzes') {
      (e.data.questions as { id: string; type: QuestionType; tags: string[] }[]).forEach((q, i) => {
        const other = questions.get(q.id);
        if (other && other.bank !== e) {
          report(e, ['questions', i, 'id'], `题目编号「${q.id}」重复：${other.bank.file} 和 ${e.file} 里都有，编号须全站唯一，请改掉其中一个`);
        }
        else questions.set(q.id, { bank: e, type: q.type, tags: q.tags });
      });
    }
  }

  for (const e of entries) {
    const d = e.data;
    ((d.related as Ref[] | undefined) ?? []).forEach((r, i) => checkRef(e, r, ['related', i]));
    ((d.rules as Ref[] | undefined) ?? []).forEach((r, i) => checkRef(e, r, ['rules', i]));
    if (Array.isArray(d.quiz)) {
      (d.quiz as string[]).forEach((qid, i) => {
        if (!questions.has(qid)) report(e, ['quiz', i], `找不到编号为「${qid}」的题目`);
      });
    } else if (d.quiz) checkRef(e, d.quiz as Ref, ['quiz']);
    if (e.collection === 'quizzes') {
      (d.questions as { source: Ref }[]).forEach((q, i) => checkRef(e, q.source, ['questions', i, 'source']));
    }
    if (e.collection === 'paths') {
      (d.steps as { ref: Ref }[]).forEach((s, i) => checkRef(e, s.ref, ['steps', i, 'ref']));
    }
    if (e.collection === 'exams') {
      (d.parts as { type: QuestionType; count: number; banks: Ref[]; tags: string[] }[]).forEach((part, i) => {
        part.banks.forEach((b, j) => checkRef(e, b, ['parts', i, 'banks', j]));
        const bankIds = new Set(part.banks.map((b) => b.id));
        const pool = [...questions.values()].filter(
          (q) => bankIds.has(q.bank.id) && q.type === part.type && (part.tags.length === 0 || part.tags.some((t) => q.tags.includes(t))),
        );
        if (pool.length < part.count) {
          report(e, ['parts', i, 'count'], `要抽 ${part.count} 道${ui.questionTypes[part.type]}，但所选题库中符合条件的只有 ${pool.length} 道`);
        }
      });
    }
  }
  return problems;
}

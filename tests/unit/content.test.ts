/** The real content/ folder: every entry passes its schema and every reference resolves. */
import { describe, expect, it } from 'vitest';
import { checkCrossReferences } from '../../src/lib/content/crossref';
import { formatProblems } from '../../src/lib/content/errors';
import { validateContent } from '../support/content';

const { entries, problems } = validateContent('content');

describe('content/', () => {
  it('every entry matches its schema', () => {
    expect(problems.length ? formatProblems(problems) : '').toBe('');
  });

  it('every cross-reference resolves', () => {
    const refs = checkCrossReferences(entries, { production: true });
    expect(refs.length ? formatProblems(refs) : '').toBe('');
  });

  it('is a real study library: at least 37 theory, 32 forestry, 28 cases, 18 stories, 600 questions, 6 papers, 8 paths', () => {
    const published = entries.filter((e) => !e.draft);
    const count = (c: string) => published.filter((e) => e.collection === c).length;
    const questions = published
      .filter((e) => e.collection === 'quizzes')
      .reduce((n, bank) => n + (bank.data.questions as unknown[]).length, 0);
    const counts = {
      theory: count('theory'), forestry: count('forestry'), cases: count('cases'), models: count('models'),
      questions, exams: count('exams'), paths: count('paths'),
    };
    // What the library holds now: a content change that drops entries has to say so here.
    const minimum = { theory: 37, forestry: 32, cases: 28, models: 18, questions: 600, exams: 6, paths: 8 };
    const short = Object.entries(minimum).filter(([k, min]) => counts[k as keyof typeof counts] < min);
    expect(short.map(([k, min]) => `${k}: ${counts[k as keyof typeof counts]} < ${min}`)).toEqual([]);
  });

  it('every article names a self-check that has questions drawn from it or listed for it', () => {
    const banks = new Map(entries.filter((e) => e.collection === 'quizzes').map((b) => [b.id, b.data.questions as { id: string; source: { collection: string; id: string } }[]]));
    const missing = entries
      .filter((e) => ['theory', 'forestry', 'cases', 'models'].includes(e.collection))
      .filter((e) => {
        const quiz = e.data.quiz as { id: string } | string[] | undefined;
        if (!quiz) return true;
        if (Array.isArray(quiz)) return quiz.length === 0;
        return !(banks.get(quiz.id) ?? []).some((q) => q.source.collection === e.collection && q.source.id === e.id);
      })
      .map((e) => e.file);
    expect(missing).toEqual([]);
  });

  it('every case body has the six case-file sections in order', () => {
    const wanted = ['基本案情', '违纪事实', '处理结果', '案例剖析', '警示启示', '对照自查'];
    for (const c of entries.filter((e) => e.collection === 'cases')) {
      const headings = [...c.body.matchAll(/^## (.+)$/gm)].map((m) => m[1]!.trim());
      expect(headings, c.file).toEqual(wanted);
    }
  });
});

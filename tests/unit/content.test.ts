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

  it('holds the starter set: 5 articles per section, 2 banks, 1 exam, 2 paths', () => {
    const count = (c: string) => entries.filter((e) => e.collection === c && !e.draft).length;
    expect({
      theory: count('theory') >= 5, forestry: count('forestry') >= 5, cases: count('cases') >= 5, models: count('models') >= 5,
      quizzes: count('quizzes') >= 2, exams: count('exams') >= 1, paths: count('paths') >= 2,
    }).toEqual({ theory: true, forestry: true, cases: true, models: true, quizzes: true, exams: true, paths: true });
  });

  it('every case body has the six case-file sections in order', () => {
    const wanted = ['基本案情', '违纪事实', '处理结果', '案例剖析', '警示启示', '对照自查'];
    for (const c of entries.filter((e) => e.collection === 'cases')) {
      const headings = [...c.body.matchAll(/^## (.+)$/gm)].map((m) => m[1]!.trim());
      expect(headings, c.file).toEqual(wanted);
    }
  });
});

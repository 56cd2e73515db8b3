import { describe, expect, it } from 'vitest';
import { packQuizData, parseQuizData, QUIZ_DATA_VERSION } from '../../src/lib/quiz/data';
import { answerText } from '../../src/lib/quiz/grade';
import { drawPaper, paperCandidates, type PaperPart } from '../../src/lib/quiz/paper';

const question = (id: string, bank: string, type: 'single' | 'multiple' | 'judge' = 'single', tags: string[] = []) => ({
  id, type, bank, tags, section: 'theory', stem: `题干 ${id}`, explanation: `解析 ${id}`,
  options: type === 'judge' ? ['正确', '错误'] : ['甲', '乙', '丙', '丁'], answer: type === 'multiple' ? [0, 2] : [1],
});

describe('quiz data files', () => {
  it('lists each source once and points questions at it', () => {
    const qs = [question('a', 'b1'), question('b', 'b1'), question('c', 'b2')];
    const data = packQuizData(qs, (q) => (q.id === 'c' ? { title: '乙文', href: '/theory/y/' } : { title: '甲文', href: '/theory/x/' }));
    expect(data.sources).toEqual([{ title: '甲文', href: '/theory/x/' }, { title: '乙文', href: '/theory/y/' }]);
    expect(data.questions.map((q) => q.source)).toEqual([0, 0, 1]);
    expect(parseQuizData(JSON.parse(JSON.stringify(data)))).toEqual(data);
  });

  it('refuses a file of another version or with broken sources, and leaves out questions that do not fit', () => {
    const data = packQuizData([question('a', 'b1'), question('b', 'b1')], () => ({ title: 't', href: '/h/' }));
    expect(parseQuizData({ ...data, v: QUIZ_DATA_VERSION + 1 })).toBeNull();
    expect(parseQuizData({ ...data, sources: [{ title: 1 }] })).toBeNull();
    expect(parseQuizData('{')).toBeNull();
    expect(parseQuizData(null)).toBeNull();
    const bad = [
      { ...data.questions[0], answer: [7] },
      { ...data.questions[0], source: 3 },
      { ...data.questions[0], options: ['只有一个'] },
      { ...data.questions[0], type: 'essay' },
      { ...data.questions[0], tags: [1] },
    ];
    expect(parseQuizData({ ...data, questions: [...bad, data.questions[1]] })!.questions.map((q) => q.id)).toEqual(['b']);
  });

  it("a paper's file holds just its candidates, and drawing from it gives the same paper as drawing from every question", () => {
    const pool = [
      ...Array.from({ length: 12 }, (_, i) => question(`s${i}`, i % 2 ? 'b1' : 'b2')),
      ...Array.from({ length: 8 }, (_, i) => question(`m${i}`, 'b1', 'multiple', i % 2 ? ['防火'] : [])),
      ...Array.from({ length: 6 }, (_, i) => question(`j${i}`, 'b3', 'judge')),
    ];
    const parts: PaperPart[] = [
      { type: 'single', count: 3, score: 2, banks: ['b1'], tags: [] },
      { type: 'multiple', count: 2, score: 4, banks: ['b1'], tags: ['防火'] },
    ];
    const candidates = paperCandidates(parts, pool);
    expect(candidates.map((q) => q.id)).toEqual(['s1', 's3', 's5', 's7', 's9', 's11', 'm1', 'm3', 'm5', 'm7']);
    for (const seed of ['1', 'abc', '2026']) expect(drawPaper(parts, candidates, seed)).toEqual(drawPaper(parts, pool, seed));
  });

  it('writes the key as the reader sees it', () => {
    expect(answerText(question('a', 'b', 'multiple'))).toBe('AC');
    expect(answerText(question('a', 'b', 'judge'))).toBe('错误');
    expect(answerText(question('a', 'b'))).toBe('B');
  });
});

/** Question banks a test-wise reader cannot game: the statistics, and every real bank held to the rules. */
import { describe, expect, it } from 'vitest';
import { bankProblems, bankStats, type BankQuestion } from '../../src/lib/quiz/bank-quality';
import { validateContent } from '../support/content';

const single = (id: string, options: string[], key: number, stem = '下列哪一项正确？'): BankQuestion =>
  ({ id, type: 'single', stem, options, answer: [key] });
const multiple = (id: string, answer: number[], options = ['甲', '乙', '丙', '丁']): BankQuestion =>
  ({ id, type: 'multiple', stem: '下列哪些正确？', options, answer });

describe('bank statistics', () => {
  it('counts a key as the tell-tale longest only when it is strictly longest', () => {
    const s = bankStats([
      single('long', ['短', '很长很长的答案', '中等长度'], 1),
      single('tie', ['一样长度', '一样长度呀', '一样长度哟'], 1),
      single('short', ['短', '很长很长的干扰项', '中等'], 0),
    ]);
    expect(s.single).toBe(3);
    expect(s.keyLongest).toEqual(['long']);
  });

  it('finds the letter that is the key most often', () => {
    const s = bankStats([single('a', ['甲', '乙'], 0), single('b', ['甲', '乙'], 1), single('c', ['甲', '乙'], 1)]);
    expect(s.topLetter).toEqual({ letter: 'B', ids: ['b', 'c'] });
    expect(s.byLetter).toEqual({ A: ['a'], B: ['b', 'c'] });
  });

  it('counts two-correct and all-correct multiple-choice questions and article-bound stems', () => {
    const s = bankStats([multiple('two', [0, 2]), multiple('three', [0, 1, 2]), multiple('all', [0, 1, 2, 3]),
      single('wen', ['甲', '乙'], 0, '按照文中的说法，下列哪一项正确？'), single('wz', ['甲', '乙'], 0, '下列说法符合文章观点的是？')]);
    expect(s.multiple).toBe(3);
    expect(s.twoCorrect).toEqual(['two']);
    expect(s.allCorrect).toEqual(['all']);
    expect(s.articleStems).toEqual(['wen', 'wz']);
  });

  it('names the rule broken and the offending ids, and passes a balanced bank', () => {
    const bad = bankStats([
      single('s1', ['短', '这是最长的答案'], 1),
      single('s2', ['短', '这是最长的答案'], 1),
      single('s3', ['这是一个很长的干扰项', '短'], 1),
      multiple('m1', [0, 1, 2]),
      single('s4', ['甲', '乙'], 0, '本文认为哪一项正确？'),
    ]);
    const problems = bankProblems(bad);
    expect(problems).toHaveLength(5);
    expect(problems[0]).toContain('唯一最长选项的占 50 %（2/4）');
    expect(problems[0]).toContain('s1、s2');
    expect(problems[1]).toContain('答案为 B 的占 75 %（3/4）');
    expect(problems[2]).toContain('恰有 2 个正确选项的只占 0 %');
    expect(problems[3]).toContain('没有全部选项都正确的题');
    expect(problems[4]).toContain('s4');

    const good = bankStats([
      single('a', ['较长的干扰项', '短答'], 1), single('b', ['短答', '较长的干扰项'], 0),
      single('c', ['甲', '乙', '丙'], 2), multiple('m1', [0, 1]), multiple('m2', [0, 1, 2, 3]),
    ]);
    expect(bankProblems(good)).toEqual([]);
  });
});

describe('content/quizzes', () => {
  const banks = validateContent('content').entries.filter((e) => e.collection === 'quizzes');

  it('has banks to check', () => {
    expect(banks.length).toBeGreaterThan(0);
  });

  it.each(banks.map((b) => [b.id, b.data.questions as BankQuestion[]] as const))(
    'bank %s meets the quality rules',
    (id, questions) => {
      expect(bankProblems(bankStats(questions)).map((p) => `题库 ${id}：${p}`)).toEqual([]);
    },
  );
});

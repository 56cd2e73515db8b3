/** The quiz engine, with fixed seeds and fixed dates. */
import { describe, expect, it } from 'vitest';
import { gradeQuestion, shuffleOptions, type GradableQuestion } from '../../src/lib/quiz/grade';
import { drawPaper, PaperError, scorePaper, type PoolQuestion } from '../../src/lib/quiz/paper';
import { dailySet, dailyShardCount, dailyShardOf, dailyShards } from '../../src/lib/quiz/daily';
import { chinaDay } from '../../src/lib/dates';
import { rng, shuffle } from '../../src/lib/quiz/random';
import { isDue, isMastered, newCard, rate, Rating, reviewOrder } from '../../src/lib/quiz/review';

const single: GradableQuestion = { id: 's', type: 'single', options: ['甲', '乙', '丙', '丁'], answer: [1] };
const multiple: GradableQuestion = { id: 'm', type: 'multiple', options: ['甲', '乙', '丙', '丁'], answer: [0, 2] };
const judge: GradableQuestion = { id: 'j', type: 'judge', options: ['正确', '错误'], answer: [1] };

describe('grading', () => {
  it('single and judge: right or wrong', () => {
    expect(gradeQuestion(single, [1])).toEqual({ correct: true, marks: ['none', 'correct', 'none', 'none'] });
    expect(gradeQuestion(single, [2])).toEqual({ correct: false, marks: ['none', 'missed', 'wrong', 'none'] });
    expect(gradeQuestion(judge, [1]).correct).toBe(true);
    expect(gradeQuestion(judge, []).correct).toBe(false);
  });
  it('multiple: all or nothing, with each option marked', () => {
    expect(gradeQuestion(multiple, [2, 0]).correct).toBe(true);
    expect(gradeQuestion(multiple, [0])).toEqual({ correct: false, marks: ['correct', 'none', 'missed', 'none'] });
    expect(gradeQuestion(multiple, [0, 1, 2])).toEqual({ correct: false, marks: ['correct', 'wrong', 'correct', 'none'] });
  });
  it('ignores impossible choices instead of crashing', () => {
    expect(gradeQuestion(single, [7, -1, 1.5]).correct).toBe(false);
  });
});

describe('seeded shuffling', () => {
  it('is repeatable and keeps answers right', () => {
    expect(shuffle([1, 2, 3, 4, 5], 'x')).toEqual(shuffle([1, 2, 3, 4, 5], 'x'));
    expect(shuffle([1, 2, 3, 4, 5], 'x')).not.toEqual(shuffle([1, 2, 3, 4, 5], 'y'));
    for (const seed of ['a', 'b', 'c', 'd', 'e']) {
      const s = shuffleOptions(multiple, rng(seed));
      expect(s.answer.map((i) => s.options[i]).sort()).toEqual(['丙', '甲']);
      expect(s.order.map((i) => multiple.options[i])).toEqual(s.options);
    }
  });
  it('keeps 正确/错误 in place for judge questions', () => {
    expect(shuffleOptions(judge, rng('z')).options).toEqual(['正确', '错误']);
  });
});

const pool: PoolQuestion[] = [
  ...Array.from({ length: 6 }, (_, i): PoolQuestion => ({ id: `s${i}`, type: 'single', options: ['A', 'B', 'C'], answer: [i % 3], bank: 'b1', tags: [i < 3 ? '防火' : '纪律'] })),
  ...Array.from({ length: 4 }, (_, i): PoolQuestion => ({ id: `j${i}`, type: 'judge', options: ['正确', '错误'], answer: [i % 2], bank: 'b2', tags: ['防火'] })),
];

describe('drawing a paper', () => {
  const parts = [{ type: 'single' as const, count: 4, score: 5, banks: ['b1'], tags: [] }, { type: 'judge' as const, count: 2, score: 10, banks: ['b2'], tags: [] }];

  it('draws the counts per type with no duplicates, the same for the same seed', () => {
    const paper = drawPaper(parts, pool, 'seed-1');
    expect(paper.map((q) => q.type)).toEqual(['single', 'single', 'single', 'single', 'judge', 'judge']);
    expect(new Set(paper.map((q) => q.id)).size).toBe(6);
    expect(drawPaper(parts, pool, 'seed-1')).toEqual(paper);
    expect(drawPaper(parts, pool, 'seed-2').map((q) => q.id)).not.toEqual(paper.map((q) => q.id));
  });

  it('filters by tag and says clearly when a bank is too small', () => {
    const tagged = drawPaper([{ type: 'single', count: 3, score: 1, banks: ['b1'], tags: ['防火'] }], pool, 's');
    expect(tagged.every((q) => q.tags.includes('防火'))).toBe(true);
    expect(() => drawPaper([{ type: 'single', count: 7, score: 1, banks: ['b1'], tags: [] }], pool, 's')).toThrow(PaperError);
    expect(() => drawPaper([{ type: 'judge', count: 5, score: 1, banks: ['b2'], tags: [] }], pool, 's')).toThrow('第 1 部分要抽 5 道题，题库中符合条件的只有 4 道');
  });

  it('scores with a pass mark and a breakdown by tag', () => {
    const paper = drawPaper(parts, pool, 'seed-1');
    const answers = Object.fromEntries(paper.map((q, i) => [q.id, i === 0 ? [(q.answer[0]! + 1) % q.options.length] : [...q.answer]]));
    const result = scorePaper(paper, answers, 30);
    expect(result.total).toBe(40);
    expect(result.score).toBe(35);
    expect(result.correct).toBe(5);
    expect(result.passed).toBe(true);
    const tagTotals = Object.values(result.byTag).reduce((n, t) => n + t.total, 0);
    expect(tagTotals).toBe(6);
    expect(scorePaper(paper, {}, 30)).toMatchObject({ score: 0, passed: false });
  });
});

describe('每日一练', () => {
  const ids = Array.from({ length: 23 }, (_, i) => ({ id: `q${String(i).padStart(2, '0')}` }));

  it('uses the calendar day in China', () => {
    expect(chinaDay(new Date('2026-11-25T15:59:00Z'))).toBe('2026-11-25');
    expect(chinaDay(new Date('2026-11-25T16:00:00Z'))).toBe('2026-11-26');
  });
  // The set of a day, as the page draws it: from that day's shard only.
  const setOf = (pool: readonly { id: string }[], day: string, count: number) =>
    dailySet(dailyShards(pool, count)[dailyShardOf(day, count)]!, day, 5, count);

  it('gives everyone the same set on a day and a different set the next day', () => {
    const a = setOf(ids, '2026-11-25', 2);
    expect(setOf([...ids].reverse(), '2026-11-25', 2)).toEqual(a);
    expect(setOf(ids, '2026-11-26', 2)).not.toEqual(a);
    expect(a).toHaveLength(5);
  });
  it('deals the pool into shards of about 60, each mixing the whole id range, and the shards take turns by day', () => {
    expect([0, 29, 30, 605, 10_000].map(dailyShardCount)).toEqual([1, 1, 1, 10, 167]);
    const shards = dailyShards([...ids].reverse(), 3);
    expect(shards.map((s) => s.length)).toEqual([8, 8, 7]);
    expect(shards[1]!.map((q) => q.id).slice(0, 3)).toEqual(['q01', 'q04', 'q07']);
    expect(new Set(shards.flat().map((q) => q.id)).size).toBe(23);
    expect(['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04'].map((d) => dailyShardOf(d, 3))).toEqual([0, 1, 2, 0]);
    expect(dailyShardOf('2025-12-31', 3)).toBe(2);
  });
  it('covers the whole pool over a cycle without repeats', () => {
    const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10);
    // 23 questions in one shard, 5 a day: a cycle is 4 days (the first starts 2026-01-01) and shows 20 distinct questions.
    const seen = new Set<string>();
    for (let d = 0; d < 4; d++) for (const q of setOf(ids, day(d), 1)) seen.add(q.id);
    expect(seen.size).toBe(20);
    const everything = new Set<string>();
    for (let d = 31; d < 59; d++) for (const q of setOf(ids, day(d), 1)) everything.add(q.id);
    expect(everything.size).toBe(23);
    // 61 questions in 2 shards (31 and 30): each shard's 6 visits of a cycle show 30 distinct questions.
    const more = Array.from({ length: 61 }, (_, i) => ({ id: `m${String(i).padStart(2, '0')}` }));
    const cycle = new Set<string>();
    for (let d = 0; d < 12; d++) for (const q of setOf(more, day(d), 2)) cycle.add(q.id);
    expect(cycle.size).toBe(60);
  });
});

describe('错题本 scheduling (FSRS)', () => {
  const t0 = new Date('2026-11-25T02:00:00Z');
  const days = (n: number) => new Date(t0.getTime() + n * 86_400_000);

  it('a new card is due at once and not mastered', () => {
    const card = newCard(t0);
    expect(isDue(card, t0)).toBe(true);
    expect(isMastered(card)).toBe(false);
  });
  it('recalling moves the due date out; forgetting brings it back soon', () => {
    const good = rate(newCard(t0), Rating.Good, t0);
    expect(Date.parse(good.due)).toBeGreaterThan(t0.getTime());
    const known = rate(newCard(t0), Rating.Easy, t0);
    const forgotten = rate(known, Rating.Again, new Date(known.due));
    expect(Date.parse(forgotten.due) - Date.parse(known.due)).toBeLessThan(86_400_000);
    expect(forgotten.lapses).toBe(1);
  });
  it('repeated easy recalls make a card mastered', () => {
    let card = newCard(t0);
    let now = t0;
    for (let i = 0; i < 4 && !isMastered(card); i++) {
      card = rate(card, Rating.Easy, now);
      now = new Date(card.due);
    }
    expect(isMastered(card)).toBe(true);
  });
  it('orders due cards first', () => {
    const due = { id: 'due', card: newCard(days(-2)) };
    const later = { id: 'later', card: rate(newCard(t0), Rating.Easy, t0) };
    const dueToday = { id: 'today', card: newCard(t0) };
    expect(reviewOrder([later, dueToday, due], t0).map((x) => x.id)).toEqual(['due', 'today', 'later']);
  });
});

import { describe, expect, it } from 'vitest';
import {
  award, defaultTeamName, drawContest, finish, nextQuestion, ranking, reveal, scores, secondsLeft, startContest, undo,
  type Contest,
} from '../../src/lib/quiz/contest';
import { parseRecords, emptyRecords, validContest } from '../../src/lib/store/records';

const T0 = new Date('2026-12-07T02:00:00Z');
const pool = Array.from({ length: 20 }, (_, i) => ({ id: `q-${i}`, bank: i < 12 ? 'a' : 'b', tags: i % 2 ? ['防火'] : ['工会'] }));
const base = (): Contest =>
  startContest({ source: { kind: 'bank', ref: 'a' }, title: '甲库', seed: '2026', ids: ['q-1', 'q-2', 'q-3'], teams: ['第一组', '第二组', '第三组'], seconds: 30 }, T0);

describe('drawing a contest', () => {
  it('takes the source’s questions in an order the seed fixes', () => {
    const a = drawContest(pool, { kind: 'bank', ref: 'a' }, 5, '7');
    expect(a).toHaveLength(5);
    expect(a.every((id) => Number(id.slice(2)) < 12)).toBe(true);
    expect(new Set(a).size).toBe(5);
    expect(drawContest(pool, { kind: 'bank', ref: 'a' }, 5, '7')).toEqual(a);
    expect(drawContest(pool, { kind: 'bank', ref: 'a' }, 5, '8')).not.toEqual(a);
  });
  it('draws by tag, and gives what there is when asked for more', () => {
    expect(drawContest(pool, { kind: 'tag', ref: '防火' }, 50, '1').sort()).toEqual(pool.filter((q) => q.tags.includes('防火')).map((q) => q.id).sort());
  });
  it('names teams 第一组 … 第八组', () => {
    expect([0, 1, 7].map(defaultTeamName)).toEqual(['第一组', '第二组', '第八组']);
  });
});

describe('running a contest', () => {
  it('gives points, takes the last back, and ranks with shared places', () => {
    let c = base();
    c = award(c, 2);
    c = award(c, 0);
    c = nextQuestion(c, T0);
    c = award(c, 2);
    c = award(c, 1);
    c = undo(c);
    expect(scores(c)).toEqual([1, 0, 2]);
    expect(ranking(c).map((r) => [r.name, r.place])).toEqual([['第三组', 1], ['第一组', 2], ['第二组', 3]]);
    c = award(c, 0);
    expect(ranking(c).map((r) => r.place)).toEqual([1, 1, 3]);
    expect(award(c, 3)).toBe(c);
    expect(award(c, -1)).toBe(c);
  });
  it('reveals, moves on with the answer hidden again, and finishes after the last question', () => {
    let c = reveal(base());
    expect(c.revealed).toBe(true);
    c = nextQuestion(c, new Date(T0.getTime() + 60_000));
    expect(c).toMatchObject({ index: 1, revealed: false, finished: false, shownAt: '2026-12-07T02:01:00.000Z' });
    c = nextQuestion(nextQuestion(c, T0), T0);
    expect(c).toMatchObject({ index: 3, finished: true });
    expect(nextQuestion(c, T0)).toBe(c);
    expect(award(c, 0)).toBe(c);
    expect(finish(base()).finished).toBe(true);
  });
  it('counts down from when the question was shown, across reloads, and never below 0', () => {
    const c = base();
    expect(secondsLeft(c, T0)).toBe(30);
    expect(secondsLeft(c, new Date(T0.getTime() + 12_300))).toBe(18);
    expect(secondsLeft(c, new Date(T0.getTime() + 99_000))).toBe(0);
    expect(secondsLeft({ ...c, seconds: 0 }, T0)).toBeUndefined();
  });
});

describe('a stored contest', () => {
  it('is kept when valid and dropped, not trusted, when anything is off', () => {
    const good = award(base(), 1);
    expect(validContest(JSON.parse(JSON.stringify(good)))).toBe(true);
    const bad: unknown[] = [
      null, [], { ...good, teams: ['只有一队'] }, { ...good, teams: Array(9).fill('队') }, { ...good, ids: [] },
      { ...good, ids: ['__proto__'] }, { ...good, index: 4 }, { ...good, seconds: 45 }, { ...good, awards: [{ q: 0, team: 3 }] },
      { ...good, awards: [{ q: 5, team: 0 }] }, { ...good, shownAt: 'later' }, { ...good, source: { kind: 'x', ref: 'a' } },
      { ...good, teams: ['第一组', 'x'.repeat(21)] },
    ];
    for (const b of bad) expect(validContest(b)).toBe(false);
  });
  it('lives in the records: a damaged one is set aside, the rest of the records kept', () => {
    const records = { ...emptyRecords(), days: ['2026-12-01'], contest: base() };
    expect(parseRecords(JSON.parse(JSON.stringify(records))).records.contest).toEqual(base());
    const damaged = parseRecords({ ...JSON.parse(JSON.stringify(records)), contest: { ...base(), index: -1 } });
    expect(damaged.records.contest).toBeUndefined();
    expect(damaged.records.days).toEqual(['2026-12-01']);
    expect(damaged.problem).toBe('repaired');
  });
});

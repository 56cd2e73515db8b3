/** Stored records are untrusted: bad data never throws, and what was set aside is reported. */
import { describe, expect, it } from 'vitest';
import {
  emptyRecords, isDone, parseRecords, readRecords, recordAnswer, recordExam, recordOpened, recordRead, recordSession,
  removeCards, setProfile, studied, writeRecords, STORE_VERSION, type ExamRecord, DEFAULT_SETTINGS,
} from '../../src/lib/store/records';
import { newCard } from '../../src/lib/quiz/review';

const now = new Date('2026-11-25T02:00:00Z');
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
const exam = (paper: string, finishedAt: string, score = 80): ExamRecord => ({
  paper, title: '试卷', seed: 'abc', startedAt: finishedAt, finishedAt, score, total: 100, passed: score >= 60, byTag: {},
});

describe('readRecords', () => {
  it('starts empty when nothing is stored', () => {
    expect(readRecords(null)).toEqual({ records: emptyRecords(), dropped: 0 });
  });
  it('round-trips what it writes', () => {
    let records = recordAnswer(emptyRecords(), 'q-1', false, now, newCard);
    records = recordRead(records, { key: 'theory/a', title: '甲', tags: ['jiti-xieshang'] }, now);
    records = recordSession(records, { kind: 'daily', ref: '2026-11-25', title: '每日一练', right: 4, total: 5 }, now);
    records = recordExam(records, exam('p', now.toISOString()), now);
    records = recordOpened(records, { key: 'theory/a', title: '甲', path: '/theory/a/' }, now);
    records = setProfile(records, { name: ' 张三 ', unit: '某林场', branch: '第一支部' }, now);
    expect(readRecords(writeRecords(records))).toEqual({ records, dropped: 0 });
  });
  it.each([
    ['not JSON', '{"version":1,', 'corrupt'],
    ['JSON of someone else', '{"theme":"dark"}', 'foreign'],
    ['an array', '[1,2,3]', 'foreign'],
    ['a negative version', '{"version":-1}', 'foreign'],
  ])('sets aside %s', (_name, raw, problem) => {
    expect(readRecords(raw)).toEqual({ records: emptyRecords(), problem, dropped: 0 });
  });
  it('reads what it understands of a newer version, and says it is newer', () => {
    const mine = recordAnswer(emptyRecords(), 'q-1', true, now, newCard);
    const { records, problem } = readRecords(JSON.stringify({ ...mine, version: STORE_VERSION + 1, somethingNew: [1] }));
    expect(problem).toBe('future');
    expect(Object.keys(records.answers)).toEqual(['q-1']);
  });
  it('keeps the valid parts of damaged records and says how many it dropped', () => {
    const good = recordAnswer(emptyRecords(), 'q-1', false, now, newCard);
    const damaged = {
      ...good,
      answers: { ...good.answers, 'q-2': { right: -1, wrong: 'x' } },
      cards: { ...good.cards, 'q-3': { card: { due: 'soon' }, mastered: false } },
      exams: [{ paper: 'p' }],
      examInProgress: { paper: 'p' },
      reads: { 'theory/a': { first: 'x', last: 'y', title: 1, tags: [] } },
      days: ['2026-11-25', 'yesterday'],
      settings: { size: 2, bad: { nested: true } },
    };
    const { records, problem, dropped } = readRecords(JSON.stringify(damaged));
    expect(problem).toBe('repaired');
    // Bad settings fall back to their defaults without counting as damage.
    expect(dropped).toBe(6);
    expect(Object.keys(records.answers)).toEqual(['q-1']);
    expect(Object.keys(records.cards)).toEqual(['q-1']);
    expect(records.exams).toEqual([]);
    expect(records.examInProgress).toBeUndefined();
    expect(records.days).toEqual(['2026-11-25']);
    expect(records.settings).toEqual(DEFAULT_SETTINGS);
  });
  it('never lets stored keys reach Object.prototype, and drops keys that are not ids', () => {
    const card = { card: newCard(now), mastered: false };
    const raw = `{"version":${STORE_VERSION},"cards":{"__proto__":${JSON.stringify(card)},"constructor":${JSON.stringify(card)},"Q 1":${JSON.stringify(card)}},"answers":{}}`;
    const { records, problem } = readRecords(raw);
    expect(problem).toBe('repaired');
    expect(Object.keys(records.cards)).toEqual(['constructor']);
    expect(Object.getPrototypeOf(records.cards)).toBeNull();
    expect(({} as Record<string, unknown>).mastered).toBeUndefined();
    // A lookup of an id that is not there finds nothing, whatever its name.
    expect(records.answers['constructor']).toBeUndefined();
    expect(records.answers['toString']).toBeUndefined();
  });
  it('migrates version 0 and version 1', () => {
    const v0 = readRecords(JSON.stringify({ version: 0, answers: { a: { right: 1, wrong: 0, last: now.toISOString(), lastCorrect: true } } }));
    expect(v0.problem).toBeUndefined();
    expect(v0.records.version).toBe(STORE_VERSION);
    expect(v0.records.answers.a?.right).toBe(1);
    const v1 = readRecords(JSON.stringify({ version: 1, answers: {}, cards: {}, exams: [], reads: { 'theory/a': { first: now.toISOString(), last: now.toISOString() } }, settings: {} }));
    expect(v1.problem).toBeUndefined();
    expect(v1.records.reads['theory/a']).toEqual({ first: now.toISOString(), last: now.toISOString(), title: 'theory/a', tags: [] });
  });
  it('parses an object as well as text', () => {
    expect(parseRecords(emptyRecords()).records).toEqual(emptyRecords());
  });
});

describe('changes', () => {
  it('counts answers and opens one review card per missed question', () => {
    let r = recordAnswer(emptyRecords(), 'q', false, now, newCard);
    r = recordAnswer(r, 'q', true, later(1), newCard);
    r = recordAnswer(r, 'q', false, later(2), newCard);
    expect(r.answers.q).toMatchObject({ right: 1, wrong: 2, lastCorrect: false });
    expect(Object.keys(r.cards)).toEqual(['q']);
    expect(r.cards.q!.card.due).toBe(now.toISOString());
  });
  it('keeps the first reading time and the latest', () => {
    let r = recordRead(emptyRecords(), { key: 'theory/a', title: '甲', tags: ['a', 'Not An Id'] }, now);
    r = recordRead(r, { key: 'theory/a', title: '甲（修订）', tags: ['a'] }, later(60));
    expect(r.reads['theory/a']).toEqual({ first: now.toISOString(), last: later(60).toISOString(), title: '甲（修订）', tags: ['a'] });
  });
  it('counts study days in China time, once each', () => {
    let r = studied(emptyRecords(), new Date('2026-11-24T16:30:00Z')); // 2026-11-25 00:30 in China
    r = studied(r, new Date('2026-11-25T10:00:00Z'));
    r = studied(r, new Date('2026-11-23T10:00:00Z'));
    expect(r.days).toEqual(['2026-11-23', '2026-11-25']);
  });
  it('ends the exam in progress when one is handed in', () => {
    const r = { ...emptyRecords(), examInProgress: { paper: 'p', seed: 's', startedAt: now.toISOString(), deadline: later(30).toISOString(), answers: {} } };
    const done = recordExam(r, exam('p', later(20).toISOString()), later(20));
    expect(done.examInProgress).toBeUndefined();
    expect(done.exams).toHaveLength(1);
  });
  it('removes cards by id', () => {
    let r = recordAnswer(emptyRecords(), 'a', false, now, newCard);
    r = recordAnswer(r, 'b', false, now, newCard);
    expect(Object.keys(removeCards(r, ['a']).cards)).toEqual(['b']);
  });
  it('knows which path steps are done', () => {
    let r = recordRead(emptyRecords(), { key: 'theory/a', title: '甲', tags: [] }, now);
    r = recordSession(r, { kind: 'practice', ref: 'bank-a', title: '题库', right: 3, total: 5 }, now);
    r = recordExam(r, exam('paper-a', now.toISOString()), now);
    expect(['theory/a', 'theory/b', 'quizzes/bank-a', 'quizzes/bank-b', 'exams/paper-a', 'exams/paper-b'].map((k) => isDone(r, k)))
      .toEqual([true, false, true, false, true, false]);
  });
});

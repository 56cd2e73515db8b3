/** Stored records are untrusted: bad data never throws, and what was set aside is reported. */
import { describe, expect, it } from 'vitest';
import { emptyRecords, readRecords, recordAnswer, writeRecords, STORE_VERSION } from '../../src/lib/store/records';
import { newCard } from '../../src/lib/quiz/review';

const now = new Date('2026-11-25T02:00:00Z');

describe('readRecords', () => {
  it('starts empty when nothing is stored', () => {
    expect(readRecords(null)).toEqual({ records: emptyRecords() });
  });
  it('round-trips what it writes', () => {
    const records = recordAnswer(emptyRecords(), 'q-1', false, now, newCard);
    expect(readRecords(writeRecords(records))).toEqual({ records });
  });
  it.each([
    ['not JSON', '{"version":1,', 'corrupt'],
    ['JSON of someone else', '{"theme":"dark"}', 'foreign'],
    ['an array', '[1,2,3]', 'foreign'],
    ['a newer version', JSON.stringify({ ...emptyRecords(), version: STORE_VERSION + 1 }), 'future'],
  ])('sets aside %s', (_name, raw, problem) => {
    expect(readRecords(raw)).toEqual({ records: emptyRecords(), problem });
  });
  it('keeps the valid parts of damaged records and says it repaired them', () => {
    const good = recordAnswer(emptyRecords(), 'q-1', false, now, newCard);
    const damaged = {
      ...good,
      answers: { ...good.answers, 'q-2': { right: -1, wrong: 'x' } },
      cards: { ...good.cards, 'q-3': { card: { due: 'soon' }, mastered: false } },
      exams: [{ paper: 'p' }],
      examInProgress: { paper: 'p' },
      settings: { size: 2, bad: { nested: true } },
    };
    const { records, problem } = readRecords(JSON.stringify(damaged));
    expect(problem).toBe('repaired');
    expect(Object.keys(records.answers)).toEqual(['q-1']);
    expect(Object.keys(records.cards)).toEqual(['q-1']);
    expect(records.exams).toEqual([]);
    expect(records.examInProgress).toBeUndefined();
    expect(records.settings).toEqual({ size: 2 });
  });
  it('migrates version 0', () => {
    const { records, problem } = readRecords(JSON.stringify({ version: 0, answers: { a: { right: 1, wrong: 0, last: now.toISOString(), lastCorrect: true } } }));
    expect(problem).toBeUndefined();
    expect(records.version).toBe(STORE_VERSION);
    expect(records.answers.a?.right).toBe(1);
  });
});

describe('recordAnswer', () => {
  it('counts answers and opens one review card per missed question', () => {
    let r = recordAnswer(emptyRecords(), 'q', false, now, newCard);
    r = recordAnswer(r, 'q', true, new Date(now.getTime() + 1000), newCard);
    r = recordAnswer(r, 'q', false, new Date(now.getTime() + 2000), newCard);
    expect(r.answers.q).toMatchObject({ right: 1, wrong: 2, lastCorrect: false });
    expect(Object.keys(r.cards)).toEqual(['q']);
    expect(r.cards.q!.card.due).toBe(now.toISOString());
  });
});

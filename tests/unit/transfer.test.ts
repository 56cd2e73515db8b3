/** Export, import and merge: a bad file changes nothing; a good one merges without duplicates, the newer item winning. */
import { describe, expect, it } from 'vitest';
import { exportRecords, mergeRecords, parseImport, MAX_IMPORT_BYTES } from '../../src/lib/store/transfer';
import { emptyRecords, recordAnswer, recordExam, recordRead, recordSession, setProfile, STORE_VERSION, writeRecords } from '../../src/lib/store/records';
import { newCard, rate, Rating } from '../../src/lib/quiz/review';

const t = (h: number) => new Date(Date.parse('2026-11-25T02:00:00Z') + h * 3_600_000);
const exam = (paper: string, at: Date) => ({ paper, seed: 's', startedAt: at.toISOString(), finishedAt: at.toISOString(), score: 90, total: 100, passed: true, byTag: {} });

describe('parseImport', () => {
  it('reads back an export', () => {
    const records = recordRead(emptyRecords(), { key: 'theory/a', title: '甲', tags: [] }, t(0));
    const result = parseImport(exportRecords(records, '森工学习园地', t(1)));
    expect(result).toEqual({ ok: true, records, dropped: 0 });
  });
  it('reads a raw backup of the stored records', () => {
    const records = recordAnswer(emptyRecords(), 'q', false, t(0), newCard);
    expect(parseImport(writeRecords(records))).toEqual({ ok: true, records, dropped: 0 });
  });
  it.each([
    ['a file that is too big', 'x', MAX_IMPORT_BYTES + 1, 'too-big'],
    ['text that is not JSON', '这不是记录', undefined, 'not-json'],
    ['JSON of something else', '{"name":"x"}', undefined, 'not-records'],
    ['an export of a newer version', JSON.stringify({ format: 'sengong-xuexi-records', version: STORE_VERSION + 1, records: {} }), undefined, 'newer'],
    ['records of a newer version', JSON.stringify({ version: STORE_VERSION + 1 }), undefined, 'newer'],
    ['an export with nothing in it', exportRecords(emptyRecords(), 'x', t(0)), undefined, 'empty'],
  ])('refuses %s', (_name, text, bytes, error) => {
    expect(parseImport(text as string, bytes as number | undefined)).toEqual({ ok: false, error });
  });
  it('imports the valid part of a damaged file and says how much it skipped', () => {
    const records = recordRead(emptyRecords(), { key: 'theory/a', title: '甲', tags: [] }, t(0));
    const text = JSON.stringify({ format: 'sengong-xuexi-records', version: STORE_VERSION, records: { ...records, exams: [{ bad: 1 }] } });
    expect(parseImport(text)).toMatchObject({ ok: true, dropped: 1 });
  });
});

describe('mergeRecords', () => {
  it('adds what is new, takes the newer of each item, and never duplicates', () => {
    let local = recordRead(emptyRecords(), { key: 'theory/a', title: '甲', tags: [] }, t(2));
    local = recordAnswer(local, 'q-1', false, t(2), newCard);
    local = recordExam(local, exam('p', t(2)), t(2));
    let other = recordRead(emptyRecords(), { key: 'theory/a', title: '甲', tags: [] }, t(0));
    other = recordRead(other, { key: 'theory/a', title: '甲', tags: [] }, t(5));
    other = recordRead(other, { key: 'theory/b', title: '乙', tags: [] }, t(1));
    other = recordAnswer(other, 'q-1', true, t(1), newCard);
    other = recordAnswer(other, 'q-2', false, t(3), newCard);
    other = recordExam(other, exam('p', t(2)), t(2));
    other = recordExam(other, exam('p', t(4)), t(4));
    other = recordSession(other, { kind: 'daily', ref: '2026-11-25', title: '每日一练', right: 5, total: 5 }, t(4));
    const { records, counts } = mergeRecords(local, other);
    expect(records.reads['theory/a']).toMatchObject({ first: t(0).toISOString(), last: t(5).toISOString() });
    expect(Object.keys(records.reads).sort()).toEqual(['theory/a', 'theory/b']);
    // q-1 answered later here than in the file: the local one stays.
    expect(records.answers['q-1']).toEqual(local.answers['q-1']);
    expect(records.exams.map((e) => e.finishedAt)).toEqual([t(2).toISOString(), t(4).toISOString()]);
    expect(counts).toEqual({
      reads: { added: 1, updated: 1 }, answers: { added: 1, updated: 0 }, cards: { added: 1, updated: 0 },
      exams: { added: 1 }, sessions: { added: 1 }, days: { added: 0 },
    });
    // Merging the same file again changes nothing.
    const again = mergeRecords(records, other);
    expect(again.records).toEqual(records);
    expect(again.counts.reads).toEqual({ added: 0, updated: 0 });
  });
  it('takes a card reviewed more recently, and the newer profile', () => {
    const local = setProfile(recordAnswer(emptyRecords(), 'q', false, t(0), newCard), { name: '甲', unit: '', branch: '' }, t(0));
    const reviewed = { ...local.cards.q!, card: rate(local.cards.q!.card, Rating.Good, t(3)) };
    const other = setProfile({ ...local, cards: { q: reviewed } }, { name: '甲', unit: '某林场', branch: '一支部' }, t(3));
    const { records, counts } = mergeRecords(local, other);
    expect(records.cards.q).toEqual(reviewed);
    expect(records.profile?.unit).toBe('某林场');
    expect(counts.cards).toEqual({ added: 0, updated: 1 });
  });
});

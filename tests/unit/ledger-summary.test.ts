/** 学习台账 rows and the /me/ overview, from records alone. */
import { describe, expect, it } from 'vitest';
import { ledger, ledgerCsv, toCsv, type LedgerLabels } from '../../src/lib/store/ledger';
import { nextItems, overview, pathProgress, readingTags, type PathInfo } from '../../src/lib/store/summary';
import { emptyRecords, recordAnswer, recordExam, recordRead, recordSession } from '../../src/lib/store/records';
import { newCard, rate, Rating } from '../../src/lib/quiz/review';

const labels: LedgerLabels = {
  kinds: { read: '阅读', 'self-check': '读后自测', daily: '每日一练', practice: '题库练习', exam: '模拟考试' },
  questions: (r, n) => `答对 ${r}/${n} 题`,
  score: (s, n, p) => `${s}/${n} 分 ${p ? '及格' : '不及格'}`,
};
const at = (iso: string) => new Date(iso);

describe('ledger', () => {
  let r = recordRead(emptyRecords(), { key: 'theory/a', title: '集体协商', tags: [] }, at('2026-03-01T01:00:00Z'));
  r = recordRead(r, { key: 'theory/b', title: '"八项规定", 精神', tags: [] }, at('2026-03-31T17:00:00Z')); // 4 月 1 日 in China
  r = recordSession(r, { kind: 'self-check', ref: 'theory/a', title: '集体协商', right: 3, total: 4 }, at('2026-03-01T01:10:00Z'));
  r = recordExam(r, { paper: 'p', title: '综合模拟考试', seed: 's', startedAt: '2026-03-02T01:00:00Z', finishedAt: '2026-03-02T02:00:00Z', score: 85, total: 100, passed: true, byTag: {} }, at('2026-03-02T02:00:00Z'));

  it('lists what was read and taken in the range, by China calendar day', () => {
    const march = ledger(r, '2026-03-01', '2026-03-31', labels);
    expect(march.rows.map((x) => [x.day, x.kind, x.title, x.result])).toEqual([
      ['2026-03-01', 'read', '集体协商', ''],
      ['2026-03-01', 'self-check', '集体协商', '答对 3/4 题'],
      ['2026-03-02', 'exam', '综合模拟考试', '85/100 分 及格'],
    ]);
    expect(march.totals).toEqual({ days: 2, reads: 1, sessions: 1, exams: 1, passed: 1 });
    expect(ledger(r, '2026-04-01', '2026-04-30', labels).rows.map((x) => x.title)).toEqual(['"八项规定", 精神']);
  });
  it('writes CSV that spreadsheets read: BOM, quoted fields, no formulas', () => {
    const csv = ledgerCsv(ledger(r, '2026-04-01', '2026-04-30', labels), labels, ['日期', '类型', '内容', '结果']);
    expect(csv).toBe('\uFEFF日期,类型,内容,结果\r\n2026-04-01,阅读,"""八项规定"", 精神",\r\n');
    expect(toCsv(['a'], [['=1+1'], ['-5']])).toBe(`\uFEFFa\r\n"'=1+1"\r\n"'-5"\r\n`);
  });
});

describe('overview', () => {
  const now = at('2026-11-25T02:00:00Z');
  const questions = new Map([
    ['q-1', { bank: 'bank-a', section: 'theory', tags: ['ti'] }],
    ['q-2', { bank: 'bank-a', section: 'theory', tags: ['ti', 'tj'] }],
    ['q-3', { bank: 'bank-b', section: 'forestry', tags: ['tj'] }],
  ]);
  it('counts accuracy per section and bank, due and mastered cards, and cards of removed questions apart', () => {
    let r = recordAnswer(emptyRecords(), 'q-1', false, now, newCard);
    r = recordAnswer(r, 'q-1', true, now, newCard);
    r = recordAnswer(r, 'q-2', false, now, newCard);
    r = recordAnswer(r, 'q-3', true, now, newCard);
    r = recordAnswer(r, 'gone-1', false, now, newCard);
    let card = r.cards['q-2']!.card;
    for (let i = 0; i < 6; i++) card = rate(card, Rating.Easy, new Date(Date.parse(card.due) + 1000));
    r = { ...r, cards: Object.assign(Object.create(null), r.cards, { 'q-2': { card, mastered: true } }) };
    const o = overview(r, questions, now);
    expect(o.answered).toBe(4);
    expect(o.accuracy).toEqual({ answered: 4, right: 2, wrong: 3 });
    expect(o.bySection.get('theory')).toEqual({ answered: 2, right: 1, wrong: 2 });
    expect(o.byBank.get('bank-b')).toEqual({ answered: 1, right: 1, wrong: 0 });
    expect(o.weakTags).toEqual([{ tag: 'ti', wrong: 2 }, { tag: 'tj', wrong: 1 }]);
    expect(o.review).toEqual({ due: 1, open: 1, mastered: 1, gone: ['gone-1'] });
  });
});

describe('继续学习', () => {
  const now = at('2026-11-25T02:00:00Z');
  const path: PathInfo = {
    id: 'p', title: '专题',
    steps: [
      { key: 'theory/a', title: '甲', path: '/theory/a/' },
      { key: 'quizzes/bank', title: '题库', path: '/quiz/bank/' },
      { key: 'theory/c', title: '丙', path: '/theory/c/' },
    ],
  };
  it('puts due reviews first, then the next step of a path in progress, then unread articles on the tags read most', () => {
    let r = recordRead(emptyRecords(), { key: 'theory/a', title: '甲', tags: ['x', 'y'] }, now);
    r = recordRead(r, { key: 'theory/z', title: '己', tags: ['x'] }, now);
    expect(readingTags(r)).toEqual(['x', 'y']);
    expect(pathProgress(r, path)).toEqual({ done: 1, next: path.steps[1] });
    const candidates = [
      { key: 'theory/a', title: '甲', path: '/theory/a/', tags: ['x'] },
      { key: 'forestry/m', title: '林', path: '/forestry/m/', tags: ['y'] },
      { key: 'cases/n', title: '案', path: '/cases/n/', tags: ['x', 'y'] },
      { key: 'models/o', title: '人', path: '/models/o/', tags: ['q'] },
      { key: 'cases/n', title: '案', path: '/cases/n/', tags: ['x', 'y'] },
    ];
    expect(nextItems(r, 2, [path], candidates).map((n) => (n.kind === 'review' ? `review ${n.due}` : n.kind === 'path' ? `path ${n.step.key}` : n.article.key)))
      .toEqual(['review 2', 'path quizzes/bank', 'cases/n', 'forestry/m']);
  });
  it('leaves out paths not started or finished', () => {
    expect(nextItems(emptyRecords(), 0, [path], [])).toEqual([]);
  });
});

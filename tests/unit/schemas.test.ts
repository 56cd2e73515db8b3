/** Schemas on good and bad fixtures: bad input is refused with a Chinese message naming the field. */
import { describe, expect, it } from 'vitest';
import {
  casesSchema, examsSchema, forestrySchema, modelsSchema, plainHelpers, questionSchema, quizzesSchema, theorySchema,
} from '../../src/lib/content/schemas';
import { checkCrossReferences } from '../../src/lib/content/crossref';
import { describeField, formatProblems } from '../../src/lib/content/errors';
import { validateContent } from '../support/content';

const theory = theorySchema(plainHelpers);
const goodTheory = {
  title: '中央八项规定精神学习', summary: '一篇关于中央八项规定精神的学习文章。', date: '2026-03-01',
  category: '党纪法规', tags: ['中央八项规定精神'], keyPoints: ['要点一二三', '要点四五六', '要点七八九'],
  sources: [{ title: '测试文件' }],
};
const firstIssue = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) => r.error!.issues[0]!;

describe('article schemas', () => {
  it('accept a good entry and fill in defaults', () => {
    const r = theory.parse(goodTheory) as Record<string, unknown>;
    expect(r.draft).toBe(false);
    expect(r.related).toEqual([]);
    expect(r.date).toEqual(new Date('2026-03-01'));
  });

  it.each([
    ['keyPoints', { keyPoints: ['只有一条要点'] }, '要点至少 3 条'],
    ['category', { category: '其他' }, '分类「其他」无效'],
    ['tags', { tags: ['随便写的标签'] }, '标签「随便写的标签」不在标签表中'],
    ['title', { title: undefined }, '标题必须填写'],
    ['date', { date: '明天' }, '发布日期应为 YYYY-MM-DD'],
    ['updated', { updated: '2026-01-01' }, '更新日期不能早于发布日期'],
    ['sources', { sources: [] }, '至少列出 1 个依据文件'],
    ['related', { related: ['theory'] }, '应写成「栏目/条目名」'],
  ])('refuse a bad %s with a Chinese message', (field, patch, message) => {
    const r = theory.safeParse({ ...goodTheory, ...patch });
    expect(r.success).toBe(false);
    expect(firstIssue(r).path[0]).toBe(field);
    expect(firstIssue(r).message).toContain(message);
  });

  it('forestry checks season and roles', () => {
    const forestry = forestrySchema(plainHelpers);
    const base = { ...goodTheory, category: '森林防火', tags: ['森林防火'], sources: undefined };
    expect(forestry.safeParse({ ...base, season: '春', roles: ['护林员'] }).success).toBe(true);
    expect(firstIssue(forestry.safeParse({ ...base, season: '雨季' })).message).toContain('季节应为');
  });

  it('cases need rules, lessons and a known risk area', () => {
    const cases = casesSchema(plainHelpers);
    const base = { ...goodTheory, category: undefined, keyPoints: undefined, sources: undefined,
      riskArea: '财务报销', violations: ['违规报销个人费用'], disposition: '党内警告处分。', rules: ['ceshi'], lessons: ['警示一条', '警示二条'],
      discussion: ['本单位报销审核有没有同样的漏洞？', '经办人遇到领导授意时该怎么办？'] };
    const ok = cases.parse(base) as { rules: unknown; discussion: string[] };
    expect(ok.rules).toEqual([{ id: 'ceshi', collection: 'theory' }]);
    expect(ok.discussion).toHaveLength(2);
    expect(firstIssue(cases.safeParse({ ...base, rules: [] })).message).toContain('以案释纪');
    expect(firstIssue(cases.safeParse({ ...base, riskArea: '吃饭' })).message).toContain('风险领域「吃饭」无效');
  });

  it.each([
    ['missing', undefined, '讨论题必须填写'],
    ['not a list', '本单位有没有同样的问题？', '讨论题应写成列表'],
    ['only one', ['本单位有没有同样的问题？'], '讨论题至少 2 道'],
    ['four', ['第一道讨论题目', '第二道讨论题目', '第三道讨论题目', '第四道讨论题目'], '讨论题最多 3 道'],
    ['too short', ['怎么办？', '本单位有没有同样的问题？'], '讨论题至少 8 个字'],
  ])('cases refuse 讨论题 that are %s', (_name, discussion, message) => {
    const cases = casesSchema(plainHelpers);
    const r = cases.safeParse({ ...goodTheory, category: undefined, keyPoints: undefined, sources: undefined,
      riskArea: '财务报销', violations: ['违规报销个人费用'], disposition: '党内警告处分。', rules: ['ceshi'],
      lessons: ['警示一条', '警示二条'], discussion });
    expect(r.success).toBe(false);
    expect(firstIssue(r).path[0]).toBe('discussion');
    expect(firstIssue(r).message).toContain(message);
  });

  it('models must say whether the story is a composite', () => {
    const models = modelsSchema(plainHelpers);
    const base = { ...goodTheory, category: '森林管护', keyPoints: undefined, sources: undefined,
      person: { name: '张某', post: '护林员', unit: '某林场' } };
    expect(models.safeParse({ ...base, composite: true }).success).toBe(true);
    const r = models.safeParse(base);
    expect(firstIssue(r).path).toEqual(['composite']);
    expect(firstIssue(r).message).toContain('综合人物形象');
  });

  it('models of real people must name their sources: title, publisher, date', () => {
    const models = modelsSchema(plainHelpers);
    const base = { ...goodTheory, category: '森林管护', keyPoints: undefined, sources: undefined,
      person: { name: '张某', post: '护林员', unit: '某林场' }, composite: false };
    const source = { title: '某报道', publisher: '某报社', date: '2011-01-05', url: 'https://example.org/a' };
    const ok = models.parse({ ...base, sources: [source] }) as { sources: { date: Date }[] };
    expect(ok.sources[0]!.date).toEqual(new Date('2011-01-05'));
    expect(models.parse({ ...base, composite: true }).sources).toEqual([]);

    const missing = models.safeParse(base);
    expect(firstIssue(missing).path).toEqual(['sources']);
    expect(firstIssue(missing).message).toContain('真实人物（composite: false）必须列出至少 1 条资料来源');
    expect(firstIssue(models.safeParse({ ...base, sources: [] })).path).toEqual(['sources']);
    for (const [patch, path, message] of [
      [{ publisher: undefined }, 'publisher', '发布单位必须填写'],
      [{ date: '去年' }, 'date', '资料发布日期应为 YYYY-MM-DD'],
      [{ url: '人民网' }, 'url', '资料链接应为完整网址'],
    ] as const) {
      const r = models.safeParse({ ...base, sources: [{ ...source, ...patch }] });
      expect(firstIssue(r).path).toEqual(['sources', 0, path]);
      expect(firstIssue(r).message).toContain(message);
    }
  });
});

describe('questions', () => {
  const q = { id: 'q-001', type: 'single', stem: '测试题干？', options: ['甲', '乙', '丙'], answer: 'B',
    explanation: '测试解析文字足够长。', source: 'theory/a' };

  it('normalise answers to option indexes', () => {
    expect(questionSchema.parse(q).answer).toEqual([1]);
    expect(questionSchema.parse({ ...q, type: 'multiple', answer: 'c, a' }).answer).toEqual([0, 2]);
    expect(questionSchema.parse({ ...q, type: 'multiple', answer: ['A', 'B'] }).answer).toEqual([0, 1]);
    const judge = questionSchema.parse({ ...q, type: 'judge', options: undefined, answer: false });
    expect(judge.options).toEqual(['正确', '错误']);
    expect(judge.answer).toEqual([1]);
  });

  it.each([
    ['an answer outside the options', { answer: 'D' }, 'answer', '不在选项范围内'],
    ['a multiple question with fewer than two options', { type: 'multiple', options: ['甲'], answer: 'A' }, 'options', '至少需要 2 个选项'],
    ['a multiple question with one right answer', { type: 'multiple', answer: 'A' }, 'answer', '至少有 2 个正确答案'],
    ['two answers to a single question', { answer: 'AB' }, 'answer', '只能有 1 个答案'],
    ['a judge answer that is not true/false', { type: 'judge', options: undefined, answer: 'A' }, 'answer', 'true（正确）或 false'],
    ['a missing explanation', { explanation: undefined }, 'explanation', '解析必须填写'],
    ['a bad source', { source: 'nowhere' }, 'source', '应写成「栏目/条目名」'],
    ['an unknown type', { type: 'essay' }, 'type', '题型应为'],
  ])('refuse %s', (_name, patch, field, message) => {
    const r = questionSchema.safeParse({ ...q, ...patch });
    expect(r.success).toBe(false);
    expect(firstIssue(r).path.at(-1)).toBe(field);
    expect(firstIssue(r).message).toContain(message);
  });

  it('refuse duplicate ids within a bank', () => {
    const r = quizzesSchema().safeParse({ title: '题库', description: '测试题库', questions: [q, q] });
    expect(firstIssue(r).path).toEqual(['questions', 1, 'id']);
    expect(firstIssue(r).message).toContain('重复');
  });

  it('exam pass mark cannot exceed the total', () => {
    const r = examsSchema(plainHelpers).safeParse({ title: '试卷', description: '测试试卷', timeLimit: 10, passMark: 90,
      parts: [{ type: 'single', count: 2, score: 5, banks: ['b'] }] });
    expect(firstIssue(r).message).toBe('及格分 90 高于试卷总分 10');
  });
});

describe('error messages', () => {
  it('name the question by id inside a bank', () => {
    const data = { questions: [{ id: 'q-1' }, { id: 'fanghuo-003' }] };
    expect(describeField(['questions', 1, 'answer'], data)).toBe('题目 fanghuo-003 → 答案（answer）');
    expect(describeField(['keyPoints', 0])).toBe('要点（keyPoints） → 第 1 项');
    // One field name, two meanings: theory cites documents, models cite reports.
    expect(describeField(['sources', 0, 'title'], undefined, 'theory')).toBe('依据文件（sources） → 第 1 项 → 标题（title）');
    expect(describeField(['sources', 0, 'title'], undefined, 'models')).toBe('资料来源（sources） → 第 1 项 → 标题（title）');
  });
  it('name the file, the entry and the field', () => {
    const text = formatProblems([{ file: 'content/theory/a.md', collection: 'theory', id: 'a', path: ['title'], message: '标题必须填写' }]);
    expect(text).toContain('内容有误：content/theory/a.md');
    expect(text).toContain('栏目：理论学习（theory），条目：a');
    expect(text).toContain('字段 标题（title）：标题必须填写');
  });
});

describe('cross-references on the test fixture', () => {
  const { entries, problems } = validateContent('tests/fixtures/content');

  it('the fixture is valid and complete', () => {
    expect(problems).toEqual([]);
    expect(checkCrossReferences(entries, { production: true })).toEqual([]);
    expect(new Set(entries.map((e) => e.collection)).size).toBe(7);
    expect(entries.find((e) => e.id === 'ceshi-caogao')?.draft).toBe(true);
  });

  it('catch dangling references, duplicate question ids across banks, drafts and undrawable papers', () => {
    const broken = structuredClone(entries);
    const theoryEntry = broken.find((e) => e.collection === 'theory' && e.id === 'ceshi-lilun')!;
    theoryEntry.data.related = [{ collection: 'cases', id: 'nope' }];
    const bank = broken.find((e) => e.collection === 'quizzes')!;
    broken.push({ ...bank, id: 'second-bank', file: 'content/quizzes/second-bank.yaml' });
    const caseEntry = broken.find((e) => e.collection === 'cases')!;
    theoryEntry.draft = true;
    const exam = broken.find((e) => e.collection === 'exams')!;
    (exam.data.parts as { count: number }[])[0]!.count = 9;
    broken.push({ ...theoryEntry, id: '2' });

    const problems = checkCrossReferences(broken, { production: true });
    const messages = problems.map((p) => `${p.collection}/${p.id} ${String(p.path.join('.'))} ${p.message}`);
    expect(messages).toContainEqual(expect.stringContaining('theory/ceshi-lilun related.0 找不到「cases/nope」'));
    expect(messages).toContainEqual(expect.stringContaining(
      'quizzes/second-bank questions.0.id 题目编号「ceshi-001」重复：tests/fixtures/content/quizzes/ceshi-tiku.yaml 和 content/quizzes/second-bank.yaml 里都有',
    ));
    expect(messages).toContainEqual(expect.stringContaining(`cases/${caseEntry.id} rules.0 「theory/ceshi-lilun」还是草稿`));
    expect(messages).toContainEqual(expect.stringContaining('exams/ceshi-shijuan parts.0.count 要抽 9 道单选题'));
    expect(messages).toContainEqual(expect.stringContaining('theory/2  文件名「2」不可用作网址'));
    // Drafts may link to drafts, and development builds show drafts.
    expect(checkCrossReferences(broken, { production: false }).some((p) => p.message.includes('草稿'))).toBe(false);
  });
});

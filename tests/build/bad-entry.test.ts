/**
 * A real `astro build` of a site holding one bad entry fails with a Chinese
 * message that names the file, the entry and the field.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFixtureWith } from '../support/astro-build';

const work = mkdtempSync(join(tmpdir(), 'sengong-bad-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const buildWith = (name: string, files: Record<string, string>) => buildFixtureWith(work, name, files);

describe('a build with a bad entry', () => {
  it('fails on a schema error, naming file, entry and field in Chinese', () => {
    const { status, output, content } = buildWith('schema', {
      'theory/huai-tiaomu.md': '---\ntitle: 坏条目\nsummary: 这个条目少了要点，用来检查报错信息。\ndate: 2026-01-02\ncategory: 党纪法规\nkeyPoints: [只有一条要点]\nsources: [{ title: 某文件 }]\n---\n正文\n',
    });
    expect(status).not.toBe(0);
    expect(output).toContain(`内容有误：${content}/theory/huai-tiaomu.md`);
    expect(output).toContain('栏目：理论学习（theory），条目：huai-tiaomu');
    expect(output).toContain('字段 要点（keyPoints）：要点至少 3 条');
  });

  it('fails on a wrong answer letter in a question bank, naming the question', () => {
    const { status, output, content } = buildWith('question', {
      'quizzes/huai-tiku.yaml': 'title: 坏题库\ndescription: 答案越界的题库。\nquestions:\n  - id: huai-001\n    type: single\n    stem: 这道题的答案越界了吗？\n    options: [是, 否]\n    answer: C\n    explanation: 用来检查报错信息。\n    source: theory/ceshi-lilun\n',
    });
    expect(status).not.toBe(0);
    expect(output).toContain(`内容有误：${content}/quizzes/huai-tiku.yaml`);
    expect(output).toContain('字段 题目 huai-001 → 答案（answer）：答案「C」不在选项范围内');
  });

  it('fails on a reference to an entry that does not exist', () => {
    const { status, output, content } = buildWith('reference', {
      'models/huai-renwu.md': '---\ntitle: 坏引用\nsummary: 这个条目引用了不存在的条目。\ndate: 2026-01-02\ncategory: 森林管护\nperson: { name: 某人, post: 护林员, unit: 某林场 }\ncomposite: true\nrelated: [theory/bu-cunzai]\n---\n正文\n',
      // `rules` uses Astro's reference(): the Chinese message still names the file and field.
      'cases/huai-anli.md': '---\ntitle: 坏案例\nsummary: 这个案例引用了不存在的理论文章。\ndate: 2026-01-02\nriskArea: 财务报销\nviolations: [违规报销个人费用]\ndisposition: 党内警告处分。\nrules: [bu-cunzai-de-guiding]\nlessons: [第一条警示, 第二条警示]\ndiscussion: [第一道讨论题要够长, 第二道讨论题要够长]\n---\n正文\n',
    });
    expect(status).not.toBe(0);
    expect(output).toContain(`内容有误：${content}/models/huai-renwu.md`);
    expect(output).toContain('字段 相关条目（related） → 第 1 项：找不到「theory/bu-cunzai」');
    expect(output).toContain(`内容有误：${content}/cases/huai-anli.md`);
    expect(output).toContain('字段 所违反规定（理论条目）（rules） → 第 1 项：找不到「theory/bu-cunzai-de-guiding」');
  });

  it('fails on a case without 讨论题, naming the file and the field', () => {
    const { status, output, content } = buildWith('discussion', {
      'cases/wu-taolunti.md': '---\ntitle: 缺讨论题的案例\nsummary: 这个案例没有写讨论题，用来检查报错信息。\ndate: 2026-01-02\nriskArea: 财务报销\nviolations: [违规报销个人费用]\ndisposition: 党内警告处分。\nrules: [ceshi-lilun]\nlessons: [第一条警示, 第二条警示]\n---\n正文\n',
    });
    expect(status).not.toBe(0);
    expect(output).toContain(`内容有误：${content}/cases/wu-taolunti.md`);
    expect(output).toContain('栏目：警示教育（cases），条目：wu-taolunti');
    expect(output).toContain('缺少必填字段：讨论题（discussion）');
  });
});

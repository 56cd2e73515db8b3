/**
 * Malformed files fail a real build with a Chinese message naming the file,
 * the line where there is one, and the field; never with a bare English stack
 * trace. One collection's files are all checked before the build stops, so
 * each build below holds several malformed files and every test reads its report.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixtureWith } from '../support/astro-build';

const work = mkdtempSync(join(tmpdir(), 'sengong-malformed-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const article = (fields: string, body = '正文。\n') =>
  `---\ntitle: 测试文章\nsummary: 用来检查报错信息的测试文章。\n${fields}category: 党纪法规\nkeyPoints: [第一条要点, 第二条要点, 第三条要点]\nsources: [{ title: 某文件 }]\n---\n${body}`;

/** The report's lines for one file: from its 内容有误 line to the next blank line. */
function reportFor(output: string, file: string): string {
  const start = output.indexOf(`内容有误：${file}\n`);
  if (start < 0) return '';
  const end = output.indexOf('\n\n', start);
  return output.slice(start, end < 0 ? undefined : end);
}

/** Builds the fixture with these files once for the enclosing describe block; its tests read the report. */
function failingBuild(name: string, files: Record<string, string>) {
  const build = { output: '', content: '' };
  beforeAll(() => {
    const result = buildFixtureWith(work, name, files);
    Object.assign(build, { output: result.output, content: result.content });
    expect(result.status, result.output).not.toBe(0);
  });
  it('prints the report, not a stack trace', () => {
    expect(build.output).toContain('请按提示修改后重新构建。');
    expect(build.output).not.toMatch(/Stack trace:|^\s+at .+:\d+:\d+\)?$/m);
    expect(build.output).not.toContain('Cannot read properties');
  });
  return build;
}

describe('malformed articles', () => {
  const build = failingBuild('articles', {
    'theory/kong.md': '',
    'theory/yaml-cuowu.md': '---\ntitle: 坏的信息区\nsummary: 冒号后面又有冒号: 这一行写错了\n  date: 2026-01-02\n---\n正文\n',
    'theory/mdx-cuowu.mdx': article('date: 2026-01-02\n', '第一段。\n\n<div>\n\n没有闭合的标签。\n'),
    'theory/riqi-bucunzai.md': article('date: 2026-02-30\n'),
    'theory/riqi-geshi.md': article('date: 2026/9/15\n'),
    'theory/chongfu.md': article('date: 2026-01-02\n'),
    'theory/chongfu.mdx': article('date: 2026-01-02\n'),
  });

  it('an empty .md lists the missing required fields', () => {
    const report = reportFor(build.output, `${build.content}/theory/kong.md`);
    expect(report).toContain('文件是空的');
    expect(report).toContain('缺少必填字段：标题（title）、摘要（summary）、发布日期（date）、分类（category）、要点（keyPoints）、依据文件（sources）');
    expect(report).not.toContain('undefined');
  });

  it('a YAML mistake in front matter names the file and the line', () => {
    const report = reportFor(build.output, `${build.content}/theory/yaml-cuowu.md`);
    expect(report).toMatch(/第 3 行：YAML 格式有误：[^\n]*冒号/);
    expect(report).toContain('这一行是：summary: 冒号后面又有冒号: 这一行写错了');
  });

  it('an MDX syntax error names the file, the line and the tag', () => {
    const report = reportFor(build.output, `${build.content}/theory/mdx-cuowu.mdx`);
    expect(report).toContain('第 11 行：MDX 语法有误：标签 <div> 没有闭合');
  });

  it('a date that does not exist is refused, with its line', () => {
    const report = reportFor(build.output, `${build.content}/theory/riqi-bucunzai.md`);
    expect(report).toContain('第 4 行，字段 发布日期（date）：发布日期「2026-02-30」不是真实存在的日期');
  });

  it('a date not written YYYY-MM-DD is refused, with its line', () => {
    const report = reportFor(build.output, `${build.content}/theory/riqi-geshi.md`);
    expect(report).toContain('第 4 行，字段 发布日期（date）：发布日期应为 YYYY-MM-DD 格式的日期，例如 2026-03-15，收到「2026/9/15」');
  });

  it('x.md beside x.mdx names both files', () => {
    const report = reportFor(build.output, `${build.content}/theory/chongfu.md`);
    expect(report).toContain(`与 ${build.content}/theory/chongfu.mdx 是同一个条目`);
  });
});

describe('malformed question banks', () => {
  const build = failingBuild('banks', {
    'quizzes/kong.yaml': '',
    'quizzes/suojin.yaml': 'title: 缩进错误的题库\ndescription: 用来检查报错信息。\nquestions:\n  - id: suojin-001\n    type: judge\n   stem: 这一行少了一个空格。\n',
  });

  it('an empty .yaml bank names the file and the missing fields', () => {
    const report = reportFor(build.output, `${build.content}/quizzes/kong.yaml`);
    expect(report).toContain('文件是空的');
    expect(report).toContain('缺少必填字段：标题（title）、简介（description）、题目（questions）');
  });

  it('a YAML mistake in a bank names the file and the line', () => {
    const report = reportFor(build.output, `${build.content}/quizzes/suojin.yaml`);
    expect(report).toMatch(/第 6 行：YAML 格式有误：/);
    expect(report).toContain('这一行是：stem: 这一行少了一个空格。');
  });
});

describe('content that is well-formed alone but not together', () => {
  const build = failingBuild('together', {
    'quizzes/chongfu-tiku.yaml': 'title: 重复编号的题库\ndescription: 用来检查报错信息。\nquestions:\n  - id: chongfu-001\n    type: judge\n    stem: 第一道题的编号不重复。\n    answer: true\n    explanation: 用来检查报错信息。\n    source: theory/ceshi-lilun\n  - id: ceshi-002\n    type: judge\n    stem: 这道题的编号与测试题库重复。\n    answer: true\n    explanation: 用来检查报错信息。\n    source: theory/ceshi-lilun\n',
    'exams/tai-duo.yaml': 'title: 抽题过多的试卷\ndescription: 用来检查报错信息。\ntimeLimit: 5\nparts:\n  - { type: single, count: 5, score: 20, banks: [ceshi-tiku] }\n',
  });

  it('a duplicate question id names the id and both files', () => {
    const report = reportFor(build.output, `${build.content}/quizzes/chongfu-tiku.yaml`);
    expect(report).toContain(
      `第 10 行，字段 题目 ceshi-002 → 编号（id）：题目编号「ceshi-002」重复：${build.content}/quizzes/ceshi-tiku.yaml 和 ${build.content}/quizzes/chongfu-tiku.yaml 里都有`,
    );
    expect(reportFor(build.output, `${build.content}/quizzes/ceshi-tiku.yaml`)).toBe('');
  });

  it('an exam that draws more questions than there are says which type, in Chinese', () => {
    const report = reportFor(build.output, `${build.content}/exams/tai-duo.yaml`);
    expect(report).toContain('第 5 行，字段 组卷规则（parts） → 第 1 项 → 题数（count）：要抽 5 道单选题，但所选题库中符合条件的只有 1 道');
  });
});

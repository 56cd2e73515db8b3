/** Reading content files: Chinese problems with lines, dates kept as written, field lines for schema messages. */
import { describe, expect, it } from 'vitest';
import { parseCalendarDay } from '../../src/lib/dates';
import { schemaProblems } from '../../src/lib/content/errors';
import { mdxProblem, readSource } from '../../src/lib/content/source';

describe('readSource', () => {
  it('reads front matter without timestamps and blanks it out of the body, keeping line numbers', () => {
    const s = readSource('---\ntitle: 标题\ndate: 2026-03-01\n---\n正文\n', 'markdown');
    expect(s.problems).toEqual([]);
    expect(s.data).toEqual({ title: '标题', date: '2026-03-01' });
    expect(s.body.split('\n')[4]).toBe('正文');
    expect(s.body).not.toContain('title');
  });

  it('finds the line of a field, or of its nearest written parent', () => {
    const s = readSource('title: 题库\nquestions:\n  - id: a\n    stem: 题干\n  - id: b\n    answer: B\n', 'data');
    expect(s.lineOf(['questions', 1, 'answer'])).toBe(6);
    expect(s.lineOf(['questions', 1, 'stem'])).toBe(5);
    expect(s.lineOf(['description'])).toBeUndefined();
    const md = readSource('\n---\ntitle: 标题\nkeyPoints:\n  - 一\n---\n', 'markdown');
    expect(md.lineOf(['keyPoints', 0])).toBe(5);
  });

  it.each([
    ['an empty YAML file', '', 'data', undefined, '文件是空的'],
    ['a YAML file of comments only', '# 注释\n', 'data', undefined, '文件是空的'],
    ['an empty Markdown file', '\n', 'markdown', undefined, '文件是空的'],
    ['Markdown without front matter', '正文\n', 'markdown', undefined, '没有用 --- 包起来的信息区'],
    ['front matter that is never closed', '---\ntitle: 标题\n正文\n', 'markdown', undefined, '没有对应的结束行'],
    ['a tab used for indentation', 'title: a\nquestions:\n\t- id: a\n', 'data', 3, 'Tab'],
    ['a key written twice', 'title: a\ntitle: b\n', 'data', 2, '写了两次'],
    ['an unclosed bracket', 'tags: [a, b\nsummary: c\n', 'data', 2, '方括号'],
    ['an unclosed quote', 'title: 标题\ndate: "2026-03-01\nsummary: b\n', 'data', 2, '引号没有闭合'],
    ['a Chinese colon', 'title：标题\n', 'data', 1, '不能用中文冒号'],
    ['a list instead of fields', '- a\n- b\n', 'data', 1, '字段名: 值'],
    ['front matter with a second colon', '---\ntitle: 标题: 副标题\n---\n', 'markdown', 2, '冒号+空格'],
  ] as const)('says what is wrong with %s, and where', (_name, text, kind, line, message) => {
    const s = readSource(text, kind);
    expect(s.problems).toHaveLength(1);
    expect(s.problems[0]!.line).toBe(line);
    expect(s.problems[0]!.message).toContain(message);
  });
});

describe('mdxProblem', () => {
  it.each([
    ['5:1: Expected a closing tag for `<div>` (5:1) (mdx-jsx:unexpected-character)', 5, '标签 <div> 没有闭合'],
    ['5:1: Unexpected closing tag `</span>`, expected corresponding closing tag for `<div>` (3:1) (mdx-jsx:x)', 5, '</span> 与第 3 行的 <div> 不配对'],
    ['1:4: Unexpected end of file in expression, expected a corresponding closing brace for `{` (x)', 1, '花括号 { 没有闭合'],
    ['1:4: Unexpected character `!` (U+0021) before name (x)', 1, '{/* 注释 */}'],
    ['1:12: Could not parse esm with oxc: Unexpected token (mdxjs-rs:oxc)', 1, 'import / export'],
    ['2:3: Something new (x)', 2, '原始提示：Something new'],
  ])('%s', (message, line, says) => {
    const p = mdxProblem(message);
    expect(p.line).toBe(line);
    expect(p.message).toMatch(/^MDX 语法有误/);
    expect(p.message).toContain(says);
  });
});

describe('parseCalendarDay', () => {
  it('takes real YYYY-MM-DD days as UTC midnight', () => {
    expect(parseCalendarDay('2026-09-15')?.toISOString()).toBe('2026-09-15T00:00:00.000Z');
    expect(parseCalendarDay('2028-02-29')?.toISOString()).toBe('2028-02-29T00:00:00.000Z');
  });

  it.each(['2026-02-30', '2027-02-29', '2026-13-01', '2026/9/15', '2026-9-15', '2026-09-15T08:00', ' 2026-09-15', '明天'])(
    'refuses %s',
    (text) => expect(parseCalendarDay(text)).toBeUndefined(),
  );
});

describe('schemaProblems', () => {
  it('lists the missing top-level fields together and the rest with their lines', () => {
    const entry = { file: 'content/theory/a.md', collection: 'theory', id: 'a', data: { date: 'x' }, lineOf: () => 4 };
    const problems = schemaProblems(
      [
        { path: ['title'], message: '标题必须填写' },
        { path: ['date'], message: '日期不对' },
        { path: ['category'], message: '分类必须填写' },
      ],
      entry,
    );
    expect(problems.map((p) => [p.line, p.path.join('.'), p.message])).toEqual([
      [undefined, '', '缺少必填字段：标题（title）、分类（category）'],
      [4, 'date', '日期不对'],
    ]);
  });
});

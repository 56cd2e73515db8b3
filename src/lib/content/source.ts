/**
 * Reads a content file's text before Astro does, so that every malformed file
 * gets a Chinese message with its line: an empty file, a YAML mistake (in a
 * .yaml file or in the front matter of a .md/.mdx), an MDX syntax error.
 * YAML is read without timestamps, so a date stays the text the editor wrote
 * and the schema alone decides whether it is a real YYYY-MM-DD day.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type YAMLError } from 'yaml';

export type SourceKind = 'markdown' | 'data';

export interface SourceProblem {
  /** 1-based line in the file, where there is one. */
  line?: number | undefined;
  message: string;
}

export interface Source {
  /** The fields (front matter, or the whole YAML file); undefined when they cannot be read. */
  data: Record<string, unknown> | undefined;
  /** The Markdown body, front matter blanked out so that lines keep their numbers. */
  body: string;
  problems: SourceProblem[];
  /** Line of the field at `path`, or of its nearest parent that is written in the file. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

// Astro's own front matter pattern (@astrojs/internal-helpers), so both find the same block.
const FRONT_MATTER = /(?:^\uFEFF?|^\s*\n)(---|\+\+\+)([\s\S]*?\n)(---|\+\+\+)/;

export function readSource(text: string, kind: SourceKind): Source {
  if (kind === 'data') return readYaml(text, 0, '文件是空的（或只有注释）');
  if (text.trim() === '') return { ...readYaml('', 0, '文件是空的'), body: '' };
  const m = FRONT_MATTER.exec(text);
  if (!m) {
    const unclosed = /^\uFEFF?\s*---\s*\n/.test(text);
    const message = unclosed ? '信息区开头的 --- 没有对应的结束行 ---' : '文件开头没有用 --- 包起来的信息区（标题、摘要、日期等）';
    return { ...readYaml('', 0, message), body: text };
  }
  if (m[1] === '+++') {
    return { data: undefined, body: text, problems: [{ line: 1, message: '信息区请用 --- 包起来（不支持 +++）' }], lineOf: () => undefined };
  }
  const start = m.index + m[0].indexOf('---') + 3;
  const offset = text.slice(0, start).split('\n').length - 1;
  const block = `---${m[2]}${m[3]}`;
  const body = text.replace(block, block.replace(/[^\r\n]/g, ' '));
  const fields = readYaml(m[2]!, offset, '');
  return { ...fields, body };
}

function readYaml(text: string, offset: number, emptyMessage: string): Source {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true });
  const none = { body: '', lineOf: () => undefined };
  const error = doc.errors[0];
  if (error) {
    const lines = text.split('\n');
    let at = error.linePos?.[0].line ?? 1;
    // The parser notices an unclosed quote where the text runs out: point at the line that opens it.
    if (error.code === 'MISSING_CHAR' && /quote/.test(error.message)) {
      const opener = lines.slice(0, at).findLastIndex(opensQuote);
      if (opener >= 0) at = opener + 1;
    }
    const line = at + offset;
    const source = lines[at - 1]?.trim();
    const shown = source ? `（这一行是：${source}）` : '';
    return { ...none, data: undefined, problems: [{ line, message: `YAML 格式有误：${yamlMessage(error)}${shown}` }] };
  }
  if (doc.contents === null) {
    return { ...none, data: {}, problems: emptyMessage ? [{ message: emptyMessage }] : [] };
  }
  if (!isMap(doc.contents)) {
    const colon = isScalar(doc.contents) && String(doc.contents.value).includes('：');
    return {
      ...none,
      data: undefined,
      problems: [{
        line: offset + 1,
        message: `内容应写成「字段名: 值」的形式，每个字段一行${colon ? '；字段名后要用英文冒号加一个空格，不能用中文冒号「：」' : ''}`,
      }],
    };
  }
  let data: Record<string, unknown>;
  try {
    data = doc.toJS({ maxAliasCount: 100 }) as Record<string, unknown>;
  } catch {
    return { ...none, data: undefined, problems: [{ message: 'YAML 格式有误：引用（&名称 / *名称）写法不对' }] };
  }
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    let node: unknown = doc.contents;
    let at: number | undefined;
    for (const key of path) {
      let next: { range?: [number, number, number] | null | undefined } | undefined;
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
        at = (pair?.key as { range?: [number, number, number] } | undefined)?.range?.[0] ?? at;
        next = pair?.value as typeof next;
        if (!pair) break;
      } else if (isSeq(node) && typeof key === 'number') {
        next = node.items[key] as typeof next;
        if (!next?.range) break;
        at = next.range[0];
      } else break;
      node = next;
    }
    return at === undefined ? undefined : lineCounter.linePos(at).line + offset;
  };
  return { data, body: '', problems: [], lineOf };
}

/** A line whose value opens a quote it does not close, e.g. `date: "2026-03-01`. */
function opensQuote(line: string): boolean {
  const m = /:\s+(["'])(.*)$/.exec(line);
  return Boolean(m && !m[2]!.includes(m[1]!));
}

/** The YAML library's error, said in Chinese with the usual cause. */
function yamlMessage(error: YAMLError): string {
  switch (error.code) {
    case 'TAB_AS_INDENT':
      return '不能用 Tab 键缩进，请改用空格';
    case 'DUPLICATE_KEY':
      return '同一层里这个字段写了两次';
    case 'BAD_INDENT':
      return /Flow (sequence|map)/.test(error.message)
        ? '方括号 [ ] 或花括号 { } 没有配对闭合'
        : '缩进不一致：同一层的字段要左边对齐';
    case 'MISSING_CHAR':
      return /quote/.test(error.message) ? '引号没有闭合' : '这一行缺少「冒号+空格」，或缩进不对';
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return '无法分清字段名和值：值里有「冒号+空格」时，请给整个值加英文引号；字段名后的冒号要跟一个空格；也请检查缩进';
    case 'BAD_SCALAR_START':
      return '值不能以 @ ` % 等符号开头，请给整个值加英文引号';
    case 'UNEXPECTED_TOKEN':
      return '这里有多余的字符：常见原因是值的中间出现了引号或括号，请给整个值加另一种引号';
    case 'BAD_DQ_ESCAPE':
      return '双引号里的反斜杠（\\）写法不对：要写反斜杠本身请写两个，或改用单引号';
    case 'MULTIPLE_DOCS':
      return '文件里出现了第二个 ---，一个文件只能写一份内容';
    case 'BLOCK_IN_FLOW':
      return '方括号 [ ] 里的列表不能换行写成「- 项」的形式';
    case 'BAD_ALIAS':
    case 'ALIAS_PROPS':
      return '引用（&名称 / *名称）写法不对';
    default:
      return '无法识别的写法，请检查这一行的冒号、引号、括号和缩进';
  }
}

/** An MDX compile error (`line:column: reason (source)`), said in Chinese with its line. */
export function mdxProblem(message: string): SourceProblem {
  const m = /^(\d+):(\d+):\s*(.*)$/s.exec(message.trim());
  const line = m ? Number(m[1]) : undefined;
  const reason = m ? m[3]! : message;
  const rules: [RegExp, (r: RegExpExecArray) => string][] = [
    [/^Expected a closing tag for `<([^>`]+)>`/, (r) => `标签 <${r[1]}> 没有闭合：请补上 </${r[1]}>，或写成自闭合的 <${r[1]} />`],
    [/^Unexpected closing tag `<\/([^>`]+)>`, expected corresponding closing tag for `<([^>`]+)>` \((\d+):/, (r) => `结束标签 </${r[1]}> 与第 ${r[3]} 行的 <${r[2]}> 不配对`],
    [/^Unexpected closing tag `<\/([^>`]+)>`, expected an open tag first/, (r) => `结束标签 </${r[1]}> 前面没有对应的开始标签 <${r[1]}>`],
    [/^Unexpected end of file in expression/, () => '花括号 { 没有闭合；正文里要写花括号本身，请写成 \\{'],
    [/^Unexpected character `!`/, () => 'MDX 里不能用 <!-- --> 写注释，请改用 {/* 注释 */}'],
    [/^Unexpected character after `<`|before name/, () => '「<」后面应是标签名；正文里要写小于号本身，请写成 \\<'],
    [/^Could not parse expression/, () => '花括号 { } 里的内容不是有效的表达式；正文里要写花括号本身，请写成 \\{ 和 \\}'],
    [/^Could not parse esm/, () => 'import / export 语句写法不对'],
  ];
  for (const [pattern, say] of rules) {
    const r = pattern.exec(reason);
    if (r) return { line, message: `MDX 语法有误：${say(r)}` };
  }
  return { line, message: `MDX 语法有误，请检查这一行的标签和花括号（原始提示：${reason}）` };
}

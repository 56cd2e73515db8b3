/** Chinese, editor-facing build errors that name the file, the line, the entry and the field. */
import { isAbsolute, relative, sep } from 'node:path';
import { fieldLabel } from './schemas';

/** A build error whose message is the whole report: no stack trace to bury it. */
export class ContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContentError';
    this.stack = '';
  }
}

/** A file's path as an editor finds it: relative to the project, or absolute when outside it. */
export function displayPath(root: string, file: string): string {
  const rel = relative(root, file);
  return rel.startsWith('..') || isAbsolute(rel) ? file : rel.split(sep).join('/');
}

export const COLLECTION_LABELS: Record<string, string> = {
  theory: '理论学习', forestry: '林业知识', cases: '警示教育', models: '劳模工匠',
  quizzes: '题库', exams: '试卷', paths: '学习专题',
};

export interface EntryProblem {
  /** Path of the entry's file, relative to the project. */
  file: string;
  collection: string;
  id: string;
  /** Path to the field inside the entry, e.g. ['questions', 2, 'answer']. */
  path: readonly PropertyKey[];
  message: string;
  /** 1-based line in the file, where there is one. */
  line?: number | undefined;
}

/**
 * Schema issues as problems: top-level fields that are not written at all are
 * listed together (an empty file names every required field), the rest one by one.
 */
export function schemaProblems(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  entry: { file: string; collection: string; id: string; data: unknown; lineOf?: (path: readonly PropertyKey[]) => number | undefined },
): (EntryProblem & { data?: unknown })[] {
  const { file, collection, id, data, lineOf } = entry;
  const fields = data && typeof data === 'object' ? (data as Record<PropertyKey, unknown>) : {};
  const isMissing = (path: readonly PropertyKey[]) => path.length === 1 && fields[path[0]!] === undefined;
  const missing = [...new Set(issues.filter((i) => isMissing(i.path)).map((i) => String(i.path[0])))];
  const problems = issues
    .filter((i) => !isMissing(i.path))
    .map((i) => ({ file, collection, id, path: i.path, message: i.message, data, line: lineOf?.(i.path) }));
  if (missing.length) {
    const names = missing.map((f) => fieldLabel(f, collection));
    problems.unshift({ file, collection, id, path: [], message: `缺少必填字段：${names.join('、')}`, data, line: undefined });
  }
  return problems;
}

/** `questions.2.answer` → `题目 fanghuo-003 → 答案`, using the raw data to name questions by id. */
export function describeField(path: readonly PropertyKey[], data?: unknown, collection?: string): string {
  if (path.length === 0) return '（整个条目）';
  const parts: string[] = [];
  let node: unknown = data;
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    const next = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key as never] : undefined;
    if (typeof key === 'number') {
      const parentKey = path[i - 1];
      const id = next && typeof next === 'object' ? (next as { id?: unknown }).id : undefined;
      if (parentKey === 'questions' && typeof id === 'string') parts[parts.length - 1] = `题目 ${id}`;
      else parts.push(`第 ${key + 1} 项`);
    } else {
      parts.push(fieldLabel(String(key), collection));
    }
    node = next;
  }
  return parts.join(' → ');
}

export function formatProblems(problems: readonly (EntryProblem & { data?: unknown })[]): string {
  const byEntry = new Map<string, (EntryProblem & { data?: unknown })[]>();
  for (const p of problems) {
    const key = `${p.file}\u0000${p.collection}\u0000${p.id}`;
    byEntry.set(key, [...(byEntry.get(key) ?? []), p]);
  }
  const blocks = [...byEntry.values()].map((list) => {
    const { file, collection, id } = list[0]!;
    const label = COLLECTION_LABELS[collection] ?? collection;
    return [
      `内容有误：${file}`,
      `  栏目：${label}（${collection}），条目：${id}`,
      ...list.map((p) => {
        const where = [p.line ? `第 ${p.line} 行` : '', p.path.length ? `字段 ${describeField(p.path, p.data, p.collection)}` : ''];
        const prefix = where.filter(Boolean).join('，');
        return `  · ${prefix ? `${prefix}：` : ''}${p.message}`;
      }),
    ].join('\n');
  });
  return `${blocks.join('\n\n')}\n请按提示修改后重新构建。`;
}

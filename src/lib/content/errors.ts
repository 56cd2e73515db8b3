/** Chinese, editor-facing build errors that name the file, the entry and the field. */
import { FIELD_LABELS } from './schemas';

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
}

/** `questions.2.answer` → `题目 fanghuo-003 → 答案`, using the raw data to name questions by id. */
export function describeField(path: readonly PropertyKey[], data?: unknown): string {
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
      const name = String(key);
      parts.push(FIELD_LABELS[name] ? `${FIELD_LABELS[name]}（${name}）` : name);
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
      ...list.map((p) => `  · 字段 ${describeField(p.path, p.data)}：${p.message}`),
    ].join('\n');
  });
  return `${blocks.join('\n\n')}\n请按提示修改后重新构建。`;
}

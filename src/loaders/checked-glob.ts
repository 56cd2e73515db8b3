/**
 * `glob()` that reads and checks every file of a collection before Astro does,
 * so a malformed file fails the build with one Chinese report naming each file,
 * line, entry and field. Astro's own messages are English, some name no file,
 * an empty YAML file crashes its loader, and `x.md` beside `x.mdx` silently
 * loses one of them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { mdxToJs } from 'satteri';
import { ContentError, displayPath, formatProblems, schemaProblems, type EntryProblem } from '../lib/content/errors';
import { plainHelpers, type SchemaHelpers } from '../lib/content/schemas';
import { mdxProblem, readSource, type SourceKind } from '../lib/content/source';

const KINDS: Record<string, SourceKind> = { md: 'markdown', mdx: 'markdown', yaml: 'data', yml: 'data' };

/** Files under `dir` with one of the extensions, relative and sorted; dot-files are skipped as glob() does. */
function listFiles(dir: string, extensions: readonly string[]): string[] {
  const wanted = new RegExp(`\\.(${extensions.join('|')})$`);
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return names.filter((n) => wanted.test(n) && !n.split(/[\\/]/).some((part) => part.startsWith('.'))).sort();
}

export function checkedGlob(options: {
  collection: string;
  base: string;
  extensions: readonly (keyof typeof KINDS)[];
  schema: (h: SchemaHelpers) => z.ZodType;
}): Loader {
  const inner = glob({ base: options.base, pattern: `**/*.{${options.extensions.join(',')}}` });
  const schema = options.schema(plainHelpers);
  const zhCN = z.locales.zhCN().localeError;
  /** What the check read from each file, so Astro stores exactly the data that was checked. */
  const checked = new Map<string, { text: string; data: unknown }>();

  async function check(root: string, filePath: string, id: string): Promise<EntryProblem[]> {
    const text = readFileSync(filePath, 'utf8');
    const ext = filePath.slice(filePath.lastIndexOf('.') + 1);
    const source = readSource(text, KINDS[ext]!);
    const entry = { file: displayPath(root, filePath), collection: options.collection, id, data: source.data, lineOf: source.lineOf };
    const problems: EntryProblem[] = source.problems.map((p) => ({ ...entry, path: [], ...p }));
    if (source.data === undefined) return problems;
    if (ext === 'mdx') {
      try {
        mdxToJs(source.body);
      } catch (e) {
        problems.push({ ...entry, path: [], ...mdxProblem(e instanceof Error ? e.message : String(e)) });
      }
    }
    const result = await schema.safeParseAsync(source.data, { error: zhCN });
    if (!result.success) problems.push(...schemaProblems(result.error.issues, entry));
    if (problems.length === 0) checked.set(filePath, { text, data: source.data });
    return problems;
  }

  return {
    name: 'checked-glob',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const base = resolve(root, options.base);
      const files = listFiles(base, options.extensions);
      const idOf = (file: string) => file.replace(/\.[^.]+$/, '').split(/[\\/]/).join('/');
      const problems: EntryProblem[] = [];
      const byId = Map.groupBy(files, (f) => idOf(f).toLowerCase());
      for (const [, same] of byId) {
        if (same.length < 2) continue;
        const [first, ...others] = same.map((f) => displayPath(root, join(base, f)));
        problems.push({
          file: first!, collection: options.collection, id: idOf(same[0]!), path: [],
          message: `与 ${others.join('、')} 是同一个条目（文件名只差扩展名或大小写），请删去或改名其中一个`,
        });
      }
      for (const file of files) problems.push(...(await check(root, join(base, file), idOf(file))));
      if (problems.length) throw new ContentError(formatProblems(problems.sort((a, b) => a.file.localeCompare(b.file))));

      return inner.load({
        ...context,
        parseData: async (props) => {
          const filePath = props.filePath ?? '';
          const text = readFileSync(filePath, 'utf8');
          // In `astro dev` a file may have changed since the check: check it again.
          if (checked.get(filePath)?.text !== text) {
            const again = await check(root, filePath, props.id);
            if (again.length) throw new ContentError(formatProblems(again));
          }
          return context.parseData({ ...props, data: checked.get(filePath)!.data as typeof props.data });
        },
      });
    },
  };
}

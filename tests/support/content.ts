/** Reads a content folder the way the site's loaders do, for fast checks without a build. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import {
  casesSchema, examsSchema, forestrySchema, modelsSchema, pathsSchema, plainHelpers, quizzesSchema, theorySchema,
  type SchemaHelpers,
} from '../../src/lib/content/schemas';
import type { CheckedEntry } from '../../src/lib/content/crossref';
import type { EntryProblem } from '../../src/lib/content/errors';
import { readSource } from '../../src/lib/content/source';

export const SCHEMAS: Record<string, (h: SchemaHelpers) => z.ZodType> = {
  theory: theorySchema, forestry: forestrySchema, cases: casesSchema, models: modelsSchema,
  quizzes: quizzesSchema, exams: examsSchema, paths: pathsSchema,
};

export interface RawEntry { collection: string; id: string; file: string; data: unknown; body: string }

export function readRawEntries(root: string): RawEntry[] {
  const out: RawEntry[] = [];
  for (const collection of Object.keys(SCHEMAS)) {
    let files: string[] = [];
    try {
      files = readdirSync(join(root, collection), { recursive: true, encoding: 'utf8' });
    } catch {
      continue;
    }
    for (const name of files.sort()) {
      if (!/\.(mdx?|ya?ml)$/.test(name)) continue;
      const path = join(root, collection, name);
      const rel = relative(process.cwd(), path);
      const text = readFileSync(path, 'utf8');
      const id = name.replace(/\.(mdx?|ya?ml)$/, '');
      const source = readSource(text, /\.ya?ml$/.test(name) ? 'data' : 'markdown');
      out.push({ collection, id, file: rel, data: source.data ?? {}, body: source.body });
    }
  }
  return out;
}

export function validateContent(root: string) {
  const problems: (EntryProblem & { data?: unknown })[] = [];
  const entries: (CheckedEntry & { body: string })[] = [];
  for (const raw of readRawEntries(root)) {
    const result = SCHEMAS[raw.collection]!(plainHelpers).safeParse(raw.data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push({ file: raw.file, collection: raw.collection, id: raw.id, path: issue.path, message: issue.message, data: raw.data });
      }
      continue;
    }
    const data = result.data as Record<string, unknown>;
    entries.push({ collection: raw.collection, id: raw.id, file: raw.file, draft: Boolean(data.draft), data, body: raw.body });
  }
  return { entries, problems };
}

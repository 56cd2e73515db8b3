import { defineCollection, reference } from 'astro:content';
import type { z } from 'astro/zod';
import { checkedGlob } from './loaders/checked-glob';
import {
  casesSchema, examsSchema, forestrySchema, modelsSchema, pathsSchema, quizzesSchema, theorySchema,
  type SchemaHelpers,
} from './lib/content/schemas';

/** Content lives in the top-level content/ folder; the benchmark points CONTENT_DIR elsewhere. */
const CONTENT_DIR = (process.env.CONTENT_DIR ?? 'content').replace(/\/+$/, '');

function collection<S extends z.ZodType>(name: string, extensions: readonly ('md' | 'mdx' | 'yaml' | 'yml')[], schema: (h: SchemaHelpers) => S) {
  return defineCollection({
    loader: checkedGlob({ collection: name, base: `${CONTENT_DIR}/${name}`, extensions, schema }),
    schema: ({ image }) => schema({ image, reference: reference as SchemaHelpers['reference'] }),
  });
}

const MD = ['md', 'mdx'] as const;
const YAML = ['yaml', 'yml'] as const;

export const collections = {
  theory: collection('theory', MD, theorySchema),
  forestry: collection('forestry', MD, forestrySchema),
  cases: collection('cases', MD, casesSchema),
  models: collection('models', MD, modelsSchema),
  quizzes: collection('quizzes', YAML, quizzesSchema),
  exams: collection('exams', YAML, examsSchema),
  paths: collection('paths', YAML, pathsSchema),
};

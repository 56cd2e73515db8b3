/**
 * `glob()` that checks each entry against the schema before Astro does, so a
 * malformed entry fails the build with a Chinese message naming the file,
 * the entry and the field (Astro's own message is English and omits the file).
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { formatProblems } from '../lib/content/errors';
import { plainHelpers, type SchemaHelpers } from '../lib/content/schemas';

export function checkedGlob(options: {
  collection: string;
  base: string;
  pattern: string;
  schema: (h: SchemaHelpers) => z.ZodType;
}): Loader {
  const inner = glob({ base: options.base, pattern: options.pattern });
  const schema = options.schema(plainHelpers);
  const zhCN = z.locales.zhCN().localeError;
  return {
    name: 'checked-glob',
    load: (context) =>
      inner.load({
        ...context,
        parseData: async (props) => {
          const result = await schema.safeParseAsync(props.data, { error: zhCN });
          if (!result.success) {
            const file = relative(fileURLToPath(context.config.root), props.filePath ?? options.base);
            throw new Error(
              formatProblems(
                result.error.issues.map((issue) => ({
                  file,
                  collection: options.collection,
                  id: props.id,
                  path: issue.path,
                  message: issue.message,
                  data: props.data,
                })),
              ),
            );
          }
          return context.parseData(props);
        },
      }),
  };
}

/**
 * Content schemas: the single source of truth for what an entry may hold.
 * Pure zod (from astro/zod) built by factories, so that content.config.ts
 * passes Astro's `image()`/`reference()` and unit tests pass stand-ins.
 * Every message an editor can meet is Chinese.
 */
import type { ImageMetadata } from 'astro';
import { z } from 'astro/zod';
import { parseCalendarDay } from '../dates';
import { categoryLabels } from '../sections';
import { TAG_LABELS } from './tags';

export const ARTICLE_COLLECTIONS = ['theory', 'forestry', 'cases', 'models'] as const;
export type ArticleCollection = (typeof ARTICLE_COLLECTIONS)[number];
export const LINKABLE_COLLECTIONS = [...ARTICLE_COLLECTIONS, 'quizzes', 'exams', 'paths'] as const;
export type LinkableCollection = (typeof LINKABLE_COLLECTIONS)[number];

export interface SchemaHelpers {
  /** Astro's `image()` from the schema context. */
  image: () => z.ZodType<ImageMetadata>;
  /** Astro's `reference()`; must yield `{ id, collection }`. */
  reference: (collection: LinkableCollection) => z.ZodType<{ id: string; collection: string }>;
}

/** Stand-ins for Astro's helpers: shapes only (unit tests and the loader's pre-check). */
export const plainHelpers: SchemaHelpers = {
  // The pre-check only needs the path to be text; Astro resolves the image itself.
  image: () => z.string() as unknown as z.ZodType<ImageMetadata>,
  reference: (collection) => z.string({ error: '应写条目的文件名' }).transform((id) => ({ id, collection })),
};

/** Field names as editors know them, for error messages. */
export const FIELD_LABELS: Record<string, string> = {
  title: '标题', summary: '摘要', date: '发布日期', updated: '更新日期', tags: '标签', draft: '草稿',
  cover: '封面图', src: '图片', alt: '替代文字', category: '分类', keyPoints: '要点', sources: '资料来源',
  url: '链接', season: '适用季节', roles: '适用岗位', riskArea: '风险领域', violations: '违纪违法情形',
  disposition: '处理结果', rules: '所违反规定（理论条目）', lessons: '警示要点', person: '人物', name: '姓名',
  post: '岗位', unit: '单位', honors: '荣誉', year: '年份', skills: '技能专长', quote: '格言',
  composite: '是否综合人物形象', quiz: '自测题', related: '相关条目', questions: '题目', id: '编号',
  type: '题型', stem: '题干', options: '选项', answer: '答案', explanation: '解析', source: '出处',
  difficulty: '难度', description: '简介', timeLimit: '考试时长（分钟）', passMark: '及格分',
  parts: '组卷规则', count: '题数', score: '每题分值', banks: '题库', steps: '学习步骤', ref: '指向条目',
  note: '说明', featured: '首页推荐', discussion: '讨论题', publisher: '发布单位',
};

/** Where one field name means different things per collection (theory cites documents, models cite reports). */
const COLLECTION_FIELD_LABELS: Record<string, Record<string, string>> = {
  theory: { sources: '依据文件' },
};

/** `sources` → `依据文件（sources）` in theory, `资料来源（sources）` elsewhere; unknown names as they are. */
export function fieldLabel(name: string, collection?: string): string {
  const label = (collection && COLLECTION_FIELD_LABELS[collection]?.[name]) || FIELD_LABELS[name];
  return label ? `${label}（${name}）` : name;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** `collection/id`, e.g. `theory/baxiang-guiding-jingshen`. */
const ENTRY_REF = /^(theory|forestry|cases|models|quizzes|exams|paths)\/([a-z0-9]+(?:-[a-z0-9]+)*)$/;

const text = (field: string, min: number, max: number) =>
  z
    .string({ error: `${field}必须填写，且应为文字` })
    .trim()
    .min(min, `${field}至少 ${min} 个字`)
    .max(max, `${field}最多 ${max} 个字`);

/** A calendar day written YYYY-MM-DD (quoted or not: the loader reads YAML without timestamps). */
const date = (field: string) =>
  z
    .string({ error: `${field}必须填写，格式为 YYYY-MM-DD，例如 2026-03-15` })
    .transform((text, ctx) => {
      const day = parseCalendarDay(text.trim());
      if (day) return day;
      ctx.addIssue({
        code: 'custom',
        message: /^\d{4}-\d{2}-\d{2}$/.test(text.trim())
          ? `${field}「${text}」不是真实存在的日期`
          : `${field}应为 YYYY-MM-DD 格式的日期，例如 2026-03-15，收到「${text}」`,
      });
      return z.NEVER;
    });

export const tagsField = z
  .array(
    z.enum(TAG_LABELS, {
      error: (issue) => `标签「${String(issue.input)}」不在标签表中；可用标签见 src/lib/content/tags.ts`,
    }),
    { error: '标签应写成列表，例如 [森林防火, 安全生产]' },
  )
  .default([]);

/** A cross-collection link written as `collection/id`. */
export const entryRef = (allowed: readonly LinkableCollection[] = LINKABLE_COLLECTIONS) =>
  z
    .string({
      error: (issue) => `${issue.input === undefined ? '必须填写，' : ''}应写成「栏目/条目名」，例如 theory/baxiang-guiding-jingshen`,
    })
    .regex(ENTRY_REF, '应写成「栏目/条目名」，例如 theory/baxiang-guiding-jingshen')
    .transform((value, ctx) => {
      const [, collection, id] = ENTRY_REF.exec(value)!;
      if (!allowed.includes(collection as LinkableCollection)) {
        ctx.addIssue({ code: 'custom', message: `这里只能指向 ${allowed.join('、')} 中的条目，收到「${value}」` });
        return z.NEVER;
      }
      return { collection: collection as LinkableCollection, id: id! };
    });

const questionId = z.string().regex(SLUG, '题目编号只能用小写字母、数字和连字符，例如 fanghuo-001');

function articleBase({ image, reference }: SchemaHelpers) {
  return z.object({
    title: text('标题', 2, 40),
    summary: text('摘要', 10, 160),
    date: date('发布日期'),
    updated: date('更新日期').optional(),
    tags: tagsField,
    draft: z.boolean({ error: 'draft 只能是 true 或 false' }).default(false),
    cover: z
      .object({
        src: image(),
        alt: text('封面图的替代文字（alt）', 2, 80),
      })
      .optional(),
    /** A bank id, or a list of question ids. */
    quiz: z
      .union([reference('quizzes'), z.array(questionId).min(1, '题目列表不能为空')], {
        error: '自测题应写题库编号，或题目编号列表',
      })
      .optional(),
    related: z.array(entryRef(ARTICLE_COLLECTIONS)).default([]),
  });
}

const keyPoints = z
  .array(text('每条要点', 4, 80), { error: '要点应写成列表' })
  .min(3, '要点至少 3 条')
  .max(6, '要点最多 6 条');

const updatedAfterDate = <T extends { date: Date; updated?: Date | undefined }>(entry: T, ctx: z.RefinementCtx) => {
  if (entry.updated && entry.updated < entry.date) {
    ctx.addIssue({ code: 'custom', path: ['updated'], message: '更新日期不能早于发布日期' });
  }
};

/** One of a fixed list, e.g. a category: the message says what is allowed. */
const oneOf = <T extends readonly [string, ...string[]]>(field: string, values: T) =>
  z.enum(values, {
    error: (issue) =>
      issue.input === undefined
        ? `${field}必须填写，应为：${values.join('、')}`
        : `${field}「${String(issue.input)}」无效，应为：${values.join('、')}`,
  });

const category = <S extends 'theory' | 'forestry' | 'models'>(section: S) => oneOf('分类', categoryLabels(section));

export function theorySchema(h: SchemaHelpers) {
  return articleBase(h)
    .extend({
      category: category('theory'),
      keyPoints,
      sources: z
        .array(
          z.object({
            title: text('依据文件名称', 2, 80),
            url: z.url({ error: '依据文件的链接应为完整网址' }).optional(),
          }),
        )
        .min(1, '理论文章至少列出 1 个依据文件'),
    })
    .superRefine(updatedAfterDate);
}

export const SEASONS = ['春', '夏', '秋', '冬', '全年'] as const;
export const ROLES = ['护林员', '扑火队员', '育苗工', '造林工', '机械操作工', '管理人员', '职工'] as const;

export function forestrySchema(h: SchemaHelpers) {
  return articleBase(h)
    .extend({
      category: category('forestry'),
      keyPoints,
      season: z.enum(SEASONS, { error: `季节应为：${SEASONS.join('、')}` }).optional(),
      roles: z.array(z.enum(ROLES, { error: `岗位应为：${ROLES.join('、')}` })).default([]),
      sources: z.array(z.object({ title: text('依据名称', 2, 80), url: z.url().optional() })).default([]),
    })
    .superRefine(updatedAfterDate);
}

export const RISK_AREAS = categoryLabels('cases');

export function casesSchema(h: SchemaHelpers) {
  return articleBase(h)
    .extend({
      riskArea: oneOf('风险领域', RISK_AREAS),
      violations: z.array(text('违纪违法情形', 4, 40)).min(1, '至少写 1 项违纪违法情形'),
      disposition: text('处理结果', 4, 200),
      rules: z.array(h.reference('theory')).min(1, '至少关联 1 篇讲解所违反规定的理论文章（以案释纪）'),
      lessons: z.array(text('警示要点', 4, 80)).min(2, '警示要点至少 2 条').max(6, '警示要点最多 6 条'),
      /** 讨论题 for a branch meeting or 警示教育会: open questions, not quiz items. */
      discussion: z
        .array(text('讨论题', 8, 120), {
          error: (issue) =>
            issue.input === undefined
              ? '讨论题必须填写：2–3 道供集体学习讨论的问题'
              : '讨论题应写成列表，每道题一行',
        })
        .min(2, '讨论题至少 2 道')
        .max(3, '讨论题最多 3 道'),
    })
    .superRefine(updatedAfterDate);
}

/** A published report a real person's story rests on. */
const publication = z.object({
  title: text('资料标题', 2, 80),
  publisher: text('发布单位', 2, 40),
  date: date('资料发布日期'),
  url: z.url({ error: '资料链接应为完整网址' }).optional(),
});

export function modelsSchema(h: SchemaHelpers) {
  return articleBase(h)
    .extend({
      category: category('models'),
      person: z.object({
        name: text('姓名', 2, 20),
        post: text('岗位', 2, 40),
        unit: text('单位', 2, 60),
      }),
      honors: z
        .array(z.object({ name: text('荣誉名称', 2, 60), year: z.number().int().min(1949).max(2100).optional() }))
        .default([]),
      skills: z.array(text('技能专长', 2, 30)).default([]),
      quote: text('格言', 4, 80).optional(),
      composite: z.boolean({
        error: 'composite 必须写明：true 表示综合人物形象，false 表示真实人物（只写公开报道的事实）',
      }),
      sources: z.array(publication, { error: '资料来源应写成列表' }).default([]),
    })
    .superRefine(updatedAfterDate)
    .superRefine((entry, ctx) => {
      if (!entry.composite && entry.sources.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['sources'],
          message: '真实人物（composite: false）必须列出至少 1 条资料来源：标题、发布单位、发布日期，有网址的写上网址',
        });
      }
    });
}

const LETTERS = 'ABCDEFGH';
export const JUDGE_OPTIONS = ['正确', '错误'] as const;

const questionInput = z.object({
  id: questionId,
  type: z.enum(['single', 'multiple', 'judge'], { error: '题型应为 single（单选）、multiple（多选）或 judge（判断）' }),
  stem: text('题干', 4, 300),
  options: z.array(text('选项', 1, 120)).max(8, '选项最多 8 个').optional(),
  /** single: "B"; multiple: "ACD" or [A, C, D]; judge: true / false. */
  answer: z.union([z.string(), z.array(z.string()), z.boolean()], { error: '答案必须填写' }),
  explanation: text('解析', 8, 500),
  source: entryRef(ARTICLE_COLLECTIONS),
  tags: tagsField,
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)], { error: '难度应为 1、2 或 3' }).default(1),
});

export type QuestionType = 'single' | 'multiple' | 'judge';

/** A question normalised: options always present, answer as option indexes. */
export const questionSchema = questionInput.transform((q, ctx) => {
  const options = q.type === 'judge' ? [...JUDGE_OPTIONS] : (q.options ?? []);
  const fail = (message: string, path: string) => {
    ctx.addIssue({ code: 'custom', path: [path], message });
    return z.NEVER;
  };
  if (q.type === 'judge') {
    if (q.options) return fail('判断题不写选项（固定为“正确/错误”）', 'options');
    if (typeof q.answer !== 'boolean') return fail('判断题的答案应为 true（正确）或 false（错误）', 'answer');
    return { ...q, options, answer: [q.answer ? 0 : 1] };
  }
  if (options.length < 2) return fail(`${q.type === 'multiple' ? '多选题' : '单选题'}至少需要 2 个选项`, 'options');
  if (new Set(options).size !== options.length) return fail('选项有重复', 'options');
  if (typeof q.answer === 'boolean') return fail('选择题的答案应写选项字母，例如 B 或 ACD', 'answer');
  const letters = (Array.isArray(q.answer) ? q.answer.join('') : q.answer).replace(/[\s,，、]/g, '').toUpperCase();
  const answer = [...new Set(letters)].map((l) => LETTERS.indexOf(l));
  const valid = LETTERS.slice(0, options.length);
  if (letters.length === 0 || answer.some((i) => i < 0 || i >= options.length)) {
    return fail(`答案「${letters}」不在选项范围内，应为 ${valid.split('').join('、')} 中的字母`, 'answer');
  }
  if (q.type === 'single' && answer.length !== 1) return fail('单选题只能有 1 个答案', 'answer');
  if (q.type === 'multiple' && answer.length < 2) return fail('多选题至少有 2 个正确答案', 'answer');
  return { ...q, options, answer: answer.sort((a, b) => a - b) };
});

export type Question = z.output<typeof questionSchema>;

export function quizzesSchema() {
  return z
    .object({
      title: text('题库名称', 2, 40),
      description: text('题库简介', 4, 200),
      tags: tagsField,
      questions: z.array(questionSchema, { error: '题目应写成列表' }).min(1, '题库至少要有 1 道题'),
    })
    .superRefine((bank, ctx) => {
      const seen = new Set<string>();
      bank.questions.forEach((q, i) => {
        if (seen.has(q.id)) ctx.addIssue({ code: 'custom', path: ['questions', i, 'id'], message: `题目编号「${q.id}」在本题库中重复` });
        seen.add(q.id);
      });
    });
}

export function examsSchema(h: SchemaHelpers) {
  return z
    .object({
      title: text('试卷名称', 2, 40),
      description: text('试卷说明', 4, 200),
      timeLimit: z.number({ error: '考试时长应为分钟数' }).int().min(1, '考试时长至少 1 分钟').max(240, '考试时长最多 240 分钟'),
      passMark: z.number({ error: '及格分应为数字' }).min(0).default(60),
      parts: z
        .array(
          z.object({
            type: z.enum(['single', 'multiple', 'judge'], { error: '题型应为 single、multiple 或 judge' }),
            count: z.number().int().min(1, '每部分至少 1 题'),
            score: z.number().positive('每题分值应大于 0'),
            banks: z.array(h.reference('quizzes')).min(1, '每部分至少指定 1 个题库'),
            tags: tagsField,
          }),
        )
        .min(1, '至少写 1 条组卷规则'),
      draft: z.boolean().default(false),
    })
    .superRefine((exam, ctx) => {
      const total = exam.parts.reduce((sum, p) => sum + p.count * p.score, 0);
      if (exam.passMark > total) {
        ctx.addIssue({ code: 'custom', path: ['passMark'], message: `及格分 ${exam.passMark} 高于试卷总分 ${total}` });
      }
    });
}

export function pathsSchema({ image }: SchemaHelpers) {
  return z.object({
    title: text('专题名称', 2, 40),
    summary: text('专题简介', 10, 200),
    date: date('发布日期'),
    tags: tagsField,
    featured: z.boolean().default(false),
    draft: z.boolean().default(false),
    cover: z.object({ src: image(), alt: text('封面图的替代文字（alt）', 2, 80) }).optional(),
    steps: z
      .array(
        z.object({
          ref: entryRef(['theory', 'forestry', 'cases', 'models', 'quizzes', 'exams']),
          note: text('步骤说明', 2, 120).optional(),
        }),
      )
      .min(2, '学习路径至少 2 步'),
  });
}

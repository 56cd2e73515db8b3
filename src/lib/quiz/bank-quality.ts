/**
 * Quality statistics of a question bank: whether a test-wise reader could
 * guess the key without knowing the subject. Pure and self-contained (no
 * imports), so `scripts/bank-stats.mjs` can load it straight from Node.
 * Questions are in the schema's normalised shape: the answer as option indexes.
 */
export interface BankQuestion {
  id: string;
  type: 'single' | 'multiple' | 'judge';
  stem: string;
  options: readonly string[];
  answer: readonly number[];
}

export const BANK_RULES = {
  /** The uniquely longest option may be the key in at most this share of single-choice questions. */
  maxKeyLongest: 0.2,
  /** No letter may be the key in more than this share of single-choice questions. */
  maxLetterShare: 0.35,
  /** At least this share of multiple-choice questions have exactly two correct options. */
  minTwoCorrect: 0.2,
  /** At least this many multiple-choice questions have every option correct. */
  minAllCorrect: 1,
} as const;

/**
 * Stems that lean on the article ("文中", "本文", "符合文章观点"): in 每日一练 and
 * exams a question appears without its article, so such a stem makes no sense.
 */
export const ARTICLE_BOUND_STEM = /文中|本文|上文|该文|文章/;

const LETTERS = 'ABCDEFGH';

export interface BankStats {
  single: number;
  /** Single-choice ids whose key is strictly longer than every other option. */
  keyLongest: string[];
  /** Single-choice ids per key letter. */
  byLetter: Record<string, string[]>;
  /** The letter that is the key most often, with its question ids. */
  topLetter: { letter: string; ids: string[] } | undefined;
  multiple: number;
  twoCorrect: string[];
  allCorrect: string[];
  articleStems: string[];
}

const length = (text: string) => [...text].length;

/** Share of `part` in `whole`, 0 when there is nothing to count. */
export const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

export function bankStats(questions: readonly BankQuestion[]): BankStats {
  const singles = questions.filter((q) => q.type === 'single');
  const multiples = questions.filter((q) => q.type === 'multiple');
  const keyLongest = singles
    .filter((q) => {
      const key = q.answer[0]!;
      const keyLength = length(q.options[key] ?? '');
      return q.options.every((o, i) => i === key || length(o) < keyLength);
    })
    .map((q) => q.id);
  const byLetter: Record<string, string[]> = {};
  for (const q of singles) (byLetter[LETTERS[q.answer[0]!] ?? '?'] ??= []).push(q.id);
  const topLetter = Object.entries(byLetter)
    .sort(([a, x], [b, y]) => y.length - x.length || a.localeCompare(b))
    .map(([letter, ids]) => ({ letter, ids }))[0];
  return {
    single: singles.length,
    keyLongest,
    byLetter,
    topLetter,
    multiple: multiples.length,
    twoCorrect: multiples.filter((q) => q.answer.length === 2).map((q) => q.id),
    allCorrect: multiples.filter((q) => q.answer.length === q.options.length).map((q) => q.id),
    articleStems: questions.filter((q) => ARTICLE_BOUND_STEM.test(q.stem)).map((q) => q.id),
  };
}

const percent = (value: number) => `${Math.round(value * 100)} %`;

/** Every rule the bank breaks, in Chinese, naming the offending question ids. */
export function bankProblems(stats: BankStats): string[] {
  const problems: string[] = [];
  const longest = share(stats.keyLongest.length, stats.single);
  if (longest > BANK_RULES.maxKeyLongest) {
    problems.push(
      `单选题中答案恰是唯一最长选项的占 ${percent(longest)}（${stats.keyLongest.length}/${stats.single}），应不超过 ${percent(BANK_RULES.maxKeyLongest)}：${stats.keyLongest.join('、')}`,
    );
  }
  if (stats.topLetter && share(stats.topLetter.ids.length, stats.single) > BANK_RULES.maxLetterShare) {
    const { letter, ids } = stats.topLetter;
    problems.push(
      `单选题答案为 ${letter} 的占 ${percent(share(ids.length, stats.single))}（${ids.length}/${stats.single}），应不超过 ${percent(BANK_RULES.maxLetterShare)}：${ids.join('、')}`,
    );
  }
  if (stats.multiple > 0) {
    const two = share(stats.twoCorrect.length, stats.multiple);
    if (two < BANK_RULES.minTwoCorrect) {
      problems.push(
        `多选题中恰有 2 个正确选项的只占 ${percent(two)}（${stats.twoCorrect.length}/${stats.multiple}），应至少 ${percent(BANK_RULES.minTwoCorrect)}${stats.twoCorrect.length ? `：${stats.twoCorrect.join('、')}` : ''}`,
      );
    }
    if (stats.allCorrect.length < BANK_RULES.minAllCorrect) {
      problems.push(`多选题中没有全部选项都正确的题，应至少 ${BANK_RULES.minAllCorrect} 道`);
    }
  }
  if (stats.articleStems.length) {
    problems.push(`题干离不开文章（含“文中”“本文”“上文”“该文”“文章”），在每日一练和考试中读不通：${stats.articleStems.join('、')}`);
  }
  return problems;
}

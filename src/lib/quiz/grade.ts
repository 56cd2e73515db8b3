/**
 * Grading single, multiple and judge questions. A question here is the
 * normalised shape from the content schema: options, and the answer as
 * option indexes.
 */
export type QuestionType = 'single' | 'multiple' | 'judge';

export interface GradableQuestion {
  id: string;
  type: QuestionType;
  options: readonly string[];
  answer: readonly number[];
  tags?: readonly string[];
}

/** A, B, C… for the option at an index. */
export const optionLetter = (i: number) => String.fromCharCode(65 + i);

/** The key as a reader sees it: 正确/错误 for a judge question, else the letters (ACD). */
export function answerText(q: Pick<GradableQuestion, 'type' | 'options' | 'answer'>): string {
  return q.type === 'judge' ? (q.options[q.answer[0]!] ?? '') : q.answer.map(optionLetter).join('');
}

/** What each option was: chosen and right, chosen and wrong, right but missed, or neither. */
export type OptionMark = 'correct' | 'wrong' | 'missed' | 'none';

export interface Grade {
  /** All-or-nothing: every right option chosen and no wrong one. */
  correct: boolean;
  marks: OptionMark[];
}

export function gradeQuestion(question: GradableQuestion, chosen: readonly number[]): Grade {
  const right = new Set(question.answer);
  const picked = new Set(chosen.filter((i) => Number.isInteger(i) && i >= 0 && i < question.options.length));
  const marks = question.options.map((_, i): OptionMark => {
    if (picked.has(i)) return right.has(i) ? 'correct' : 'wrong';
    return right.has(i) ? 'missed' : 'none';
  });
  const correct = picked.size === right.size && [...picked].every((i) => right.has(i));
  return { correct, marks };
}

/**
 * A question with its options in a seeded order (judge questions keep 正确/错误
 * in place). `order[i]` is the original index of the option shown at i.
 */
export function shuffleOptions<Q extends GradableQuestion>(question: Q, next: () => number): Q & { order: number[] } {
  const order = question.options.map((_, i) => i);
  if (question.type !== 'judge') {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
  }
  const position = new Map(order.map((original, shown) => [original, shown]));
  return {
    ...question,
    options: order.map((i) => question.options[i]!),
    answer: question.answer.map((i) => position.get(i)!).sort((a, b) => a - b),
    order,
  };
}

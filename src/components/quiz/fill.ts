/**
 * Filling a pending <self-check> in the browser from a quiz data file
 * (src/lib/quiz/data.ts): one request, and QuestionItem.astro's markup, copied
 * from the page's <template data-question-template> with the texts set.
 */
import { parseQuizData, quizDataFile, type QuizData, type QuizQuestion } from '../../lib/quiz/data';
import { answerText, optionLetter } from '../../lib/quiz/grade';
import { drawPaper, type DrawnQuestion, type PaperPart } from '../../lib/quiz/paper';

/** A quiz data file; throws when it cannot be had or is not one this code reads. */
export async function loadQuizData(base: string, file: string): Promise<QuizData> {
  const response = await fetch(base + file);
  const data = response.ok ? parseQuizData(await response.json()) : null;
  if (!data) throw new Error(`题库数据 ${file} 取不到`);
  return data;
}

/**
 * One question as QuestionItem renders it. The template holds one stand-in
 * question; its structure is QuestionItem's (legend: type chip, number, stem;
 * one option; the key, the explanation and the source in <details>).
 */
function renderQuestion(template: HTMLTemplateElement, types: Record<string, string>, data: QuizData, q: QuizQuestion, n: number): HTMLElement {
  const item = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
  Object.assign(item.dataset, { question: q.id, type: q.type, answer: q.answer.join(',') });
  const legend = item.querySelector('legend')!;
  legend.querySelector('.chip')!.textContent = types[q.type] ?? '';
  legend.querySelector('[data-n]')!.textContent = String(n + 1);
  legend.lastChild!.textContent = `. ${q.stem}`;
  const list = item.querySelector('fieldset ul')!;
  const option = list.firstElementChild!;
  list.replaceChildren(...q.options.map((text, i) => {
    const li = option.cloneNode(true) as HTMLElement;
    const input = li.querySelector('input')!;
    // Attributes, not properties: an input's value property would leave the markup's value behind.
    input.setAttribute('type', q.type === 'multiple' ? 'checkbox' : 'radio');
    input.setAttribute('name', `q-${q.id}`);
    input.setAttribute('value', text);
    const letter = li.querySelector('b')!;
    letter.textContent = `${optionLetter(i)}.`;
    letter.nextSibling!.textContent = text;
    return li;
  }));
  const [key, explanation] = item.querySelectorAll('details p');
  key!.lastChild!.textContent = answerText(q);
  explanation!.lastChild!.textContent = q.explanation;
  const source = data.sources[q.source]!;
  Object.assign(item.querySelector<HTMLAnchorElement>('[data-source] a')!, { href: source.href, textContent: source.title });
  return item;
}

/** The questions, rendered in the quiz's own template, in the order given. */
export function renderQuestions(quiz: HTMLElement, data: QuizData, questions: readonly QuizQuestion[]): HTMLElement[] {
  const template = quiz.querySelector<HTMLTemplateElement>('template[data-question-template]')!;
  // The type names (单选题…), read once for all the questions.
  const types = JSON.parse(template.dataset.types!) as Record<string, string>;
  return questions.map((q, n) => renderQuestion(template, types, data, q, n));
}

export function fillQuiz(quiz: HTMLElement, items: HTMLElement[]) {
  const list = quiz.querySelector('form > ol')!;
  list.replaceChildren(...items);
  items.forEach((item, i) => {
    item.querySelector('[data-n]')!.textContent = String(i + 1);
    // Away from its article a question shows where it comes from, so a stem that leans on the article still makes sense.
    const source = item.querySelector('[data-source]')?.cloneNode(true) as HTMLElement | undefined;
    if (source) {
      source.removeAttribute('data-source');
      source.className = 'text-sm text-muted';
      item.querySelector('legend')!.after(source);
    }
  });
  quiz.dispatchEvent(new Event('quiz-ready'));
}

/**
 * Draws a paper with the seed from its data file, options in the drawn order.
 * Used by the timed exam, the printable paper and the 知识竞赛.
 */
export async function drawPaperData(base: string, paperId: string, parts: readonly PaperPart[], seed: string): Promise<{ data: QuizData; paper: (DrawnQuestion & QuizQuestion)[] }> {
  const data = await loadQuizData(base, quizDataFile.exam(paperId));
  return { data, paper: drawPaper(parts, data.questions, seed) };
}

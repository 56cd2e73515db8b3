/**
 * <self-check>: turns the server-rendered questions into a quiz. Submit marks
 * every option, announces the result in a live region, shows the explanation,
 * and records the answers; a missed question goes into 错题本. Retry clears it.
 */
import { gradeQuestion, type GradableQuestion } from '../../lib/quiz/grade';
import { newCard } from '../../lib/quiz/review';
import { recordAnswer } from '../../lib/store/records';
import { loadRecords, saveRecords } from './storage';

export interface GradedEvent { id: string; correct: boolean; item: HTMLElement }

class SelfCheck extends HTMLElement {
  connectedCallback() {
    // Pages that fill in their questions in the browser start the quiz when they are in.
    if (this.hasAttribute('data-pending')) this.addEventListener('quiz-ready', () => this.start(), { once: true });
    else this.start();
  }

  start() {
    const form = this.querySelector('form')!;
    const submit = form.querySelector<HTMLButtonElement>('[data-submit]')!;
    const retry = form.querySelector<HTMLButtonElement>('[data-retry]')!;
    const live = this.querySelector<HTMLElement>('[data-live]')!;
    const notice = this.querySelector<HTMLElement>('[data-notice]')!;
    const items = [...this.querySelectorAll<HTMLElement>('[data-question]')];
    const t = this.dataset;

    // With script, answers wait for a submit instead of sitting in <details>.
    for (const item of items) item.querySelector('details')!.hidden = true;
    submit.hidden = false;

    const question = (item: HTMLElement): GradableQuestion => ({
      id: item.dataset.question!,
      type: item.dataset.type as GradableQuestion['type'],
      options: [...item.querySelectorAll('input')].map((i) => i.value),
      answer: item.dataset.answer!.split(',').map(Number),
    });
    const chosen = (item: HTMLElement) =>
      [...item.querySelectorAll<HTMLInputElement>('input')].flatMap((input, i) => (input.checked ? [i] : []));

    const showNotice = (kind: string | undefined) => {
      const text = kind ? t[`notice${kind[0]!.toUpperCase()}${kind.slice(1)}`] : '';
      notice.textContent = text ?? '';
      notice.hidden = !text;
    };

    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const unanswered = items.filter((item) => chosen(item).length === 0);
      // A timed exam is handed in as it stands (data-allow-blank); a self-check asks for every answer.
      if (unanswered.length && !this.hasAttribute('data-allow-blank')) {
        live.textContent = t.unanswered!.replace('{n}', String(unanswered.length));
        unanswered[0]!.querySelector('input')!.focus();
        return;
      }
      const loaded = loadRecords();
      let records = loaded.records;
      let right = 0;
      const now = new Date();
      for (const item of items) {
        const grade = gradeQuestion(question(item), chosen(item));
        if (grade.correct) right++;
        item.dataset.result = grade.correct ? 'right' : 'wrong';
        item.querySelectorAll<HTMLElement>('[data-option]').forEach((li, i) => {
          li.dataset.mark = grade.marks[i]!;
          li.querySelector<HTMLElement>('[data-mark-text]')!.textContent =
            grade.marks[i] === 'correct' ? t.markCorrect! : grade.marks[i] === 'wrong' ? t.markWrong! : grade.marks[i] === 'missed' ? t.markMissed! : '';
        });
        item.querySelector<HTMLElement>('[data-verdict]')!.textContent = grade.correct ? t.right! : t.wrong!;
        item.querySelector('details')!.hidden = false;
        item.querySelector('details')!.open = true;
        item.querySelectorAll('input').forEach((i) => (i.disabled = true));
        records = recordAnswer(records, item.dataset.question!, grade.correct, now, newCard);
      }
      // Saved before the event, so listeners (错题本) build on what was just recorded.
      const saved = saveRecords(records);
      for (const item of items) {
        const detail: GradedEvent = { id: item.dataset.question!, correct: item.dataset.result === 'right', item };
        this.dispatchEvent(new CustomEvent('quiz-graded', { detail, bubbles: true }));
      }
      showNotice(saved ?? loaded.notice);
      live.textContent = t.result!.replace('{right}', String(right)).replace('{total}', String(items.length));
      submit.hidden = true;
      retry.hidden = false;
    });

    retry.addEventListener('click', () => {
      for (const item of items) {
        delete item.dataset.result;
        item.querySelectorAll('input').forEach((i) => ((i.disabled = false), (i.checked = false)));
        item.querySelectorAll<HTMLElement>('[data-option]').forEach((li) => {
          delete li.dataset.mark;
          li.querySelector<HTMLElement>('[data-mark-text]')!.textContent = '';
        });
        item.querySelector<HTMLElement>('[data-verdict]')!.textContent = '';
        item.querySelector('details')!.hidden = true;
      }
      live.textContent = '';
      retry.hidden = true;
      submit.hidden = false;
      items[0]?.querySelector('input')?.focus();
    });
  }
}
customElements.define('self-check', SelfCheck);

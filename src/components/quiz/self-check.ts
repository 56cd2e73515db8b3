/**
 * <self-check>: turns the server-rendered questions into a quiz. Submit marks
 * every option, announces the result in a live region, shows the explanation,
 * and records the answers; a missed question goes into 错题本. Retry clears it.
 * With data-step (题库练习) it goes one question at a time, optionally until
 * the answer is right.
 */
import { gradeQuestion, type GradableQuestion } from '../../lib/quiz/grade';
import { newCard } from '../../lib/quiz/review';
import { recordAnswer, recordRead, recordSession, type SessionKind } from '../../lib/store/records';
import { readRecords, updateRecords } from '../records/store';
import { describeArticle } from '../records/article';
import { selfCheckUi } from '../../lib/ui';

/** Strings come with this code; the element's data-* adds page-specific ones (exam, step mode). */
const strings = (el: HTMLElement): typeof selfCheckUi & DOMStringMap => ({ ...selfCheckUi, ...el.dataset });

export interface GradedEvent { id: string; correct: boolean; item: HTMLElement }
export interface DoneEvent { right: number; total: number }

const question = (item: HTMLElement): GradableQuestion => ({
  id: item.dataset.question!,
  type: item.dataset.type as GradableQuestion['type'],
  options: [...item.querySelectorAll('input')].map((i) => i.value),
  answer: item.dataset.answer!.split(',').map(Number),
});
const chosen = (item: HTMLElement) =>
  [...item.querySelectorAll<HTMLInputElement>('input')].flatMap((input, i) => (input.checked ? [i] : []));

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
    const items = [...this.querySelectorAll<HTMLElement>('[data-question]')];
    const t = strings(this);

    /** Marks one question's options and verdict; `reveal` also opens the explanation. */
    const mark = (item: HTMLElement, reveal: boolean): boolean => {
      const grade = gradeQuestion(question(item), chosen(item));
      item.dataset.result = grade.correct ? 'right' : 'wrong';
      item.querySelectorAll<HTMLElement>('[data-option]').forEach((li, i) => {
        const m = grade.marks[i]!;
        li.dataset.mark = m;
        li.querySelector<HTMLElement>('[data-mark-text]')!.textContent =
          m === 'correct' ? t.markCorrect! : m === 'wrong' ? t.markWrong! : m !== 'missed' || !reveal ? '' : item.dataset.type === 'multiple' ? t.markMissed! : t.markAnswer!;
      });
      item.querySelector<HTMLElement>('[data-verdict]')!.textContent = grade.correct ? t.right! : t.wrong!;
      const details = item.querySelector('details')!;
      details.hidden = !reveal;
      details.open = reveal;
      item.querySelectorAll('input').forEach((i) => (i.disabled = true));
      return grade.correct;
    };

    const clear = (item: HTMLElement) => {
      delete item.dataset.result;
      item.querySelectorAll('input').forEach((i) => ((i.disabled = false), (i.checked = false)));
      item.querySelectorAll<HTMLElement>('[data-option]').forEach((li) => {
        delete li.dataset.mark;
        li.querySelector<HTMLElement>('[data-mark-text]')!.textContent = '';
      });
      item.querySelector<HTMLElement>('[data-verdict]')!.textContent = '';
      item.querySelector('details')!.hidden = true;
    };

    /** Records answers (first attempts only) and tells listeners such as 错题本. */
    const record = (graded: { item: HTMLElement; correct: boolean }[]) => {
      const now = new Date();
      updateRecords((records) => graded.reduce((r, g) => recordAnswer(r, g.item.dataset.question!, g.correct, now, newCard), records));
      for (const g of graded) {
        const detail: GradedEvent = { id: g.item.dataset.question!, correct: g.correct, item: g.item };
        this.dispatchEvent(new CustomEvent('quiz-graded', { detail, bubbles: true }));
      }
    };

    /**
     * A finished round: the result, with a link to 错题本 when something was missed;
     * a session for the 学习台账; and an article's self-check counts as reading it.
     */
    const done = (right: number, message = t.result!) => {
      const total = items.length;
      live.replaceChildren(message.replace('{right}', String(right)).replace('{total}', String(total)));
      if (right < total && t.reviewHref) {
        live.append(t.missedNoteText, Object.assign(document.createElement('a'), { href: t.reviewHref, textContent: t.reviewLabel, className: 'underline' }), '。');
      }
      const el = this.closest<HTMLElement>('[data-read-key]');
      const article = el ? describeArticle(el) : undefined;
      const kind = (t.sessionKind ?? (article ? 'self-check' : undefined)) as SessionKind | undefined;
      const ref = t.sessionRef ?? article?.key;
      const title = t.sessionTitle ?? article?.title;
      const now = new Date();
      updateRecords((records) => {
        let r = records;
        if (article) r = recordRead(r, article, now);
        if (kind && ref && title) r = recordSession(r, { kind, ref, title, right, total }, now);
        return r;
      });
      this.dispatchEvent(new CustomEvent<DoneEvent>('quiz-done', { detail: { right, total }, bubbles: true }));
    };

    readRecords();

    // With script, answers wait for a submit instead of sitting in <details>.
    for (const item of items) item.querySelector('details')!.hidden = true;

    if (this.hasAttribute('data-step')) {
      form.addEventListener('submit', (e) => e.preventDefault());
      return this.stepwise(items, { mark, clear, record, done, live });
    }

    submit.hidden = false;
    form.addEventListener('change', () => {
      if (submit.dataset.confirming === undefined) return;
      submit.textContent = submit.dataset.confirming;
      delete submit.dataset.confirming;
      live.textContent = '';
    });
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const unanswered = items.filter((item) => chosen(item).length === 0);
      if (unanswered.length && !this.hasAttribute('data-time-up')) {
        // A self-check asks for every answer; an exam asks once whether to hand in with blanks.
        if (!this.hasAttribute('data-allow-blank')) {
          live.textContent = t.unanswered!.replace('{n}', String(unanswered.length));
          unanswered[0]!.querySelector('input')!.focus();
          return;
        }
        if (submit.dataset.confirming === undefined) {
          live.textContent = t.confirmBlank!.replace('{n}', String(unanswered.length));
          submit.dataset.confirming = submit.textContent ?? '';
          submit.textContent = t.confirmHandIn!;
          return;
        }
      }
      const graded = items.map((item) => ({ item, correct: mark(item, true) }));
      record(graded);
      done(graded.filter((g) => g.correct).length);
      submit.hidden = true;
      retry.hidden = false;
    });

    retry.addEventListener('click', () => {
      items.forEach(clear);
      live.textContent = '';
      retry.hidden = true;
      submit.hidden = false;
      items[0]?.querySelector('input')?.focus();
    });
  }

  /** One question at a time; with “答到对为止” a wrong answer can be tried again before the explanation shows. */
  stepwise(
    items: HTMLElement[],
    { mark, clear, record, done, live }: {
      mark: (item: HTMLElement, reveal: boolean) => boolean;
      clear: (item: HTMLElement) => void;
      record: (graded: { item: HTMLElement; correct: boolean }[]) => void;
      done: (right: number, message?: string) => void;
      live: HTMLElement;
    },
  ) {
    const t = strings(this);
    const controls = this.querySelector<HTMLElement>('[data-step-controls]')!;
    const check = controls.querySelector<HTMLButtonElement>('[data-check]')!;
    const again = controls.querySelector<HTMLButtonElement>('[data-again]')!;
    const next = controls.querySelector<HTMLButtonElement>('[data-next]')!;
    const until = controls.querySelector<HTMLInputElement>('[data-until]')!;
    const progress = controls.querySelector<HTMLElement>('[data-progress]')!;
    controls.hidden = false;
    let current = 0;
    let right = 0;
    let firstTry = true;

    const show = (i: number) => {
      items.forEach((item, j) => (item.hidden = j !== i));
      progress.textContent = t.progress!.replace('{i}', String(i + 1)).replace('{n}', String(items.length));
      check.hidden = false;
      again.hidden = true;
      next.hidden = true;
      firstTry = true;
      items[i]!.querySelector('input')?.focus();
    };

    check.addEventListener('click', () => {
      const item = items[current]!;
      if (chosen(item).length === 0) {
        live.textContent = t.unanswered!.replace('{n}', '1');
        return;
      }
      const correct = mark(item, false);
      if (firstTry) {
        record([{ item, correct }]);
        if (correct) right++;
        firstTry = false;
      }
      if (!correct && until.checked) {
        live.textContent = t.tryAgain!;
        check.hidden = true;
        again.hidden = false;
        again.focus();
        return;
      }
      mark(item, true);
      live.textContent = correct ? t.right! : t.wrong!;
      check.hidden = true;
      next.hidden = false;
      next.textContent = current === items.length - 1 ? t.finish! : t.nextLabel!;
      next.focus();
    });
    again.addEventListener('click', () => {
      clear(items[current]!);
      again.hidden = true;
      check.hidden = false;
      items[current]!.querySelector('input')?.focus();
    });
    next.addEventListener('click', () => {
      if (current < items.length - 1) return show(++current);
      items.forEach((item) => (item.hidden = false));
      next.hidden = true;
      done(right, t.stepDone!);
    });
    show(0);
  }
}
customElements.define('self-check', SelfCheck);

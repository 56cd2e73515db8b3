/**
 * 错题本: every missed question as a card; due cards first; after answering,
 * the reader rates recall and FSRS schedules the card; 已掌握 cards leave the
 * list and can be cleared in one go. Cards of questions no longer in any bank
 * are never due or fetched, and can be cleared.
 */
import { isDue, isMastered, rate, Rating, reviewOrder, type RecallRating } from '../../lib/quiz/review';
import { rateCard, removeCards, type Records } from '../../lib/store/records';
import { chinaDay } from '../../lib/dates';
import { readRecords, updateRecords } from '../records/store';
import { quizDataFile } from '../../lib/quiz/data';
import { fillQuiz, loadQuizData, renderQuestions } from './fill';
import type { GradedEvent } from './self-check';
import './self-check';

const root = document.querySelector<HTMLElement>('[data-review]')!;
const base = root.dataset.base!;
const t = root.dataset;
const quiz = root.querySelector<HTMLElement>('self-check')!;
const onlyWrong = new URLSearchParams(location.search).has('wrong');
root.querySelector<HTMLInputElement>('[data-only-wrong]')!.checked = onlyWrong;

const data = await loadQuizData(base, quizDataFile.all);
const known = new Map(data.questions.map((q) => [q.id, q]));

function sort(records: Records, now: Date) {
  const all = Object.entries(records.cards).map(([id, c]) => ({ id, ...c }));
  const gone = all.filter((c) => !known.has(c.id));
  const live = all.filter((c) => known.has(c.id));
  const mastered = live.filter((c) => c.mastered || isMastered(c.card));
  const open = reviewOrder(live.filter((c) => !mastered.includes(c)), now)
    .filter((c) => !onlyWrong || records.answers[c.id]?.lastCorrect === false);
  return { gone, mastered, open, due: open.filter((c) => isDue(c.card, now)) };
}

/** The counts line and the clearing buttons, from the records as they are now. */
function showCounts(records: Records) {
  const { gone, mastered, open, due } = sort(records, new Date());
  root.querySelector('p[data-counts]')!.textContent = t.countsText!
    .replace('{due}', String(due.length)).replace('{open}', String(open.length)).replace('{mastered}', String(mastered.length));
  root.querySelector<HTMLElement>('[data-clear]')!.hidden = mastered.length === 0;
  const clearGone = root.querySelector<HTMLButtonElement>('[data-clear-gone]')!;
  clearGone.hidden = gone.length === 0;
  clearGone.textContent = t.clearGone!.replace('{n}', String(gone.length));
  return { gone, mastered, open, due };
}

const first = showCounts(readRecords());
const clearing = (pick: (s: ReturnType<typeof sort>) => { id: string }[]) => () => {
  updateRecords((r) => removeCards(r, pick(sort(r, new Date())).map((c) => c.id)));
  showCounts(readRecords());
};
root.querySelector('[data-clear]')!.addEventListener('click', clearing((s) => s.mastered));
root.querySelector('[data-clear-gone]')!.addEventListener('click', clearing((s) => s.gone));

const RATINGS: [RecallRating, string][] = [[Rating.Again, t.again!], [Rating.Hard, t.hard!], [Rating.Good, t.good!], [Rating.Easy, t.easy!]];

// Due cards first, then the next ones coming up: at most ten in a sitting.
const batch = first.open.slice(0, 10);
const items = renderQuestions(quiz, data, batch.map((c) => known.get(c.id)!));
root.querySelector<HTMLElement>('[data-empty]')!.hidden = items.length > 0;
quiz.hidden = items.length === 0;
fillQuiz(quiz, items);
root.querySelector<HTMLElement>('[data-loading]')!.hidden = true;

quiz.addEventListener('quiz-graded', (e) => {
  const { id, correct, item } = (e as CustomEvent<GradedEvent>).detail;
  const group = document.createElement('div');
  group.setAttribute('role', 'group');
  group.setAttribute('aria-label', t.rateLabel!);
  group.className = 'mt-3 flex flex-wrap items-center gap-2';
  group.append(Object.assign(document.createElement('span'), { textContent: t.rateLabel!, className: 'text-sm font-bold' }));
  for (const [rating, label] of RATINGS) {
    const button = Object.assign(document.createElement('button'), { type: 'button', textContent: label, className: 'card px-3 py-1.5' });
    if ((correct && rating === Rating.Good) || (!correct && rating === Rating.Again)) button.classList.add('font-bold');
    button.addEventListener('click', () => {
      const now = new Date();
      const entry = readRecords().cards[id];
      if (!entry) return;
      const card = rate(entry.card, rating, now);
      updateRecords((r) => rateCard(r, id, card, isMastered(card)));
      group.replaceChildren(Object.assign(document.createElement('p'), {
        textContent: isMastered(card) ? t.masteredNow! : t.nextDue!.replace('{date}', chinaDay(new Date(card.due))),
        className: 'text-sm',
      }));
      // The card leaves the due list at once.
      showCounts(readRecords());
    });
    group.append(button);
  }
  item.append(group);
});

/**
 * 错题本: every missed question as a card; due cards first; after answering,
 * the reader rates recall and FSRS schedules the card; 已掌握 cards leave the
 * list and can be cleared in one go.
 */
import { isDue, isMastered, rate, Rating, reviewOrder, type RecallRating } from '../../lib/quiz/review';
import { loadRecords, saveRecords } from './storage';
import { fetchQuestion, fillQuiz } from './fill';
import type { GradedEvent } from './self-check';
import './self-check';

const root = document.querySelector<HTMLElement>('[data-review]')!;
const base = root.dataset.base!;
const t = root.dataset;
const quiz = root.querySelector<HTMLElement>('self-check')!;
const onlyWrong = new URLSearchParams(location.search).has('wrong');
root.querySelector<HTMLInputElement>('[data-only-wrong]')!.checked = onlyWrong;

const { records } = loadRecords();
const now = new Date();
const all = Object.entries(records.cards).map(([id, c]) => ({ id, ...c }));
const mastered = all.filter((c) => c.mastered || isMastered(c.card));
const open = reviewOrder(all.filter((c) => !mastered.includes(c)), now)
  .filter((c) => !onlyWrong || records.answers[c.id]?.lastCorrect === false);
const due = open.filter((c) => isDue(c.card, now));

root.querySelector('p[data-counts]')!.textContent = t.countsText!
  .replace('{due}', String(due.length)).replace('{open}', String(open.length)).replace('{mastered}', String(mastered.length));
const clear = root.querySelector<HTMLButtonElement>('[data-clear]')!;
clear.hidden = mastered.length === 0;
clear.addEventListener('click', () => {
  const fresh = loadRecords().records;
  for (const c of mastered) delete fresh.cards[c.id];
  saveRecords(fresh);
  location.reload();
});

const RATINGS: [RecallRating, string][] = [[Rating.Again, t.again!], [Rating.Hard, t.hard!], [Rating.Good, t.good!], [Rating.Easy, t.easy!]];

// Due cards first, then the next ones coming up: at most ten in a sitting.
const batch = open.slice(0, 10);
const items = (await Promise.all(batch.map((c) => fetchQuestion(base, c.id)))).filter((i): i is HTMLElement => i !== null);
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
      const fresh = loadRecords().records;
      const entry = fresh.cards[id];
      if (entry) {
        const card = rate(entry.card, rating, new Date());
        fresh.cards[id] = { card, mastered: isMastered(card) };
        saveRecords(fresh);
        group.replaceChildren(Object.assign(document.createElement('p'), {
          textContent: isMastered(card) ? t.masteredNow! : t.nextDue!.replace('{date}', card.due.slice(0, 10)),
          className: 'text-sm',
        }));
      }
    });
    group.append(button);
  }
  item.append(group);
});

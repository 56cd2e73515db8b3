/** 每日一练: today's set, the same for everyone today (China time), chosen in the browser. */
import { dailySet } from '../../lib/quiz/daily';
import { chinaDay } from '../../lib/dates';
import { quizDataFile } from '../../lib/quiz/data';
import { fillQuiz, loadQuizData, renderQuestions } from './fill';
import './self-check';

const root = document.querySelector<HTMLElement>('[data-daily]')!;
const base = root.dataset.base!;
const size = Number(root.dataset.size);
const day = chinaDay(new Date());
root.querySelector('[data-day]')!.textContent = day;

const data = await loadQuizData(base, quizDataFile.all);
const chosen = dailySet(data.questions, day, size);
root.dataset.ids = chosen.map((q) => q.id).join(',');
const quiz = root.querySelector<HTMLElement>('self-check')!;
// One 每日一练 per China day in the 学习台账.
quiz.dataset.sessionRef = day;
fillQuiz(quiz, renderQuestions(quiz, data, chosen));
root.querySelector<HTMLElement>('[data-loading]')!.hidden = true;

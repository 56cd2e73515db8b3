/** 每日一练: today's set, the same for everyone today (China time), chosen in the browser. */
import { dailySet, dailyShardOf } from '../../lib/quiz/daily';
import { chinaDay } from '../../lib/dates';
import { quizDataFile } from '../../lib/quiz/data';
import { fillQuiz, loadQuizData, renderQuestions } from './fill';
import './self-check';

const root = document.querySelector<HTMLElement>('[data-daily]')!;
const base = root.dataset.base!;
const size = Number(root.dataset.size);
const shards = Number(root.dataset.shards);
const day = chinaDay(new Date());
root.querySelector('[data-day]')!.textContent = day;

// Today's shard of the pool: one small file (src/lib/quiz/daily.ts).
const data = await loadQuizData(base, quizDataFile.daily(dailyShardOf(day, shards)));
const chosen = dailySet(data.questions, day, size, shards);
root.dataset.ids = chosen.map((q) => q.id).join(',');
const quiz = root.querySelector<HTMLElement>('self-check')!;
// One 每日一练 per China day in the 学习台账.
quiz.dataset.sessionRef = day;
fillQuiz(quiz, renderQuestions(quiz, data, chosen));
root.querySelector<HTMLElement>('[data-loading]')!.hidden = true;

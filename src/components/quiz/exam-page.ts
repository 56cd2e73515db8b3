/**
 * 模拟考试: a random draw per attempt (or a given seed), a countdown that
 * survives a reload, hand-in early or at time-out, score and pass mark, every
 * answer reviewed with its explanation, a breakdown by topic and the history.
 */
import { scorePaper, type PaperPart } from '../../lib/quiz/paper';
import { recordExam } from '../../lib/store/records';
import { chinaDateTime } from '../../lib/dates';
import { readRecords, updateRecords } from '../records/store';
import { drawPaperData, fillQuiz, renderQuestions } from './fill';
import './self-check';

const root = document.querySelector<HTMLElement>('[data-exam]')!;
const t = root.dataset;
const base = t.base!;
const paperId = t.paper!;
const title = t.title!;
const parts = JSON.parse(t.parts!) as PaperPart[];
const passMark = Number(t.passMark);
const minutes = Number(t.timeLimit);
const quiz = root.querySelector<HTMLElement>('self-check')!;
const startButton = root.querySelector<HTMLButtonElement>('[data-start]')!;
const clock = root.querySelector<HTMLElement>('[data-clock]')!;
const result = root.querySelector<HTMLElement>('[data-result]')!;
const history = root.querySelector<HTMLElement>('[data-history]')!;

const pad = (n: number) => String(n).padStart(2, '0');

function showHistory() {
  const exams = readRecords().exams.filter((e) => e.paper === paperId).slice(-10).reverse();
  history.replaceChildren(...exams.map((e) => Object.assign(document.createElement('li'), {
    textContent: t.historyRow!.replace('{date}', chinaDateTime(e.finishedAt))
      .replace('{score}', String(e.score)).replace('{total}', String(e.total)).replace('{verdict}', e.passed ? t.pass! : t.fail!),
  })));
  root.querySelector<HTMLElement>('[data-history-box]')!.hidden = exams.length === 0;
}

async function run(seed: string, deadline: number, saved: Record<string, number[]>) {
  startButton.hidden = true;
  root.querySelector('[data-seed]')!.textContent = seed;
  root.querySelector<HTMLElement>('[data-seed-line]')!.hidden = false;
  const { data, paper } = await drawPaperData(base, paperId, parts, seed);
  const items = renderQuestions(quiz, data, paper);
  items.forEach((item) => (saved[item.dataset.question!] ?? []).forEach((i) => item.querySelectorAll('input')[i]?.setAttribute('checked', '')));
  fillQuiz(quiz, items);
  root.querySelector<HTMLElement>('[data-paper-box]')!.hidden = false;
  clock.hidden = false;

  const answers = () => Object.fromEntries(items.map((item) => [
    item.dataset.question!,
    [...item.querySelectorAll('input')].flatMap((input, i) => (input.checked ? [i] : [])),
  ]));
  // Every change is saved, so a reload resumes the same paper with the same answers.
  quiz.addEventListener('change', () => {
    updateRecords((r) => (r.examInProgress?.paper === paperId ? { ...r, examInProgress: { ...r.examInProgress, answers: answers() } } : r));
  });

  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    clearInterval(timer);
    const score = scorePaper(paper, answers(), passMark);
    const now = new Date();
    updateRecords((r) => recordExam(r, {
      paper: paperId, title, seed, startedAt: r.examInProgress?.startedAt ?? now.toISOString(), finishedAt: now.toISOString(),
      score: score.score, total: score.total, passed: score.passed, byTag: score.byTag,
    }, now));
    clock.hidden = true;
    result.hidden = false;
    result.querySelector('[data-score]')!.textContent = t.scoreLine!
      .replace('{score}', String(score.score)).replace('{total}', String(score.total)).replace('{verdict}', score.passed ? t.pass! : t.fail!)
      .replace('{correct}', String(score.correct)).replace('{count}', String(paper.length));
    result.querySelector('tbody')!.replaceChildren(...Object.entries(score.byTag).map(([tag, s]) => {
      const row = document.createElement('tr');
      for (const text of [tag, `${s.correct} / ${s.total}`, `${Math.round((s.correct / s.total) * 100)}%`]) row.append(Object.assign(document.createElement('td'), { textContent: text }));
      return row;
    }));
    showHistory();
    result.focus();
  };
  // The quiz grades and records each answer; the exam adds the score when it is handed in.
  quiz.addEventListener('quiz-done', finish, { once: true });

  const tick = () => {
    const left = Math.max(0, deadline - Date.now());
    clock.textContent = t.clockLabel!.replace('{time}', `${pad(Math.floor(left / 60000))}:${pad(Math.floor((left % 60000) / 1000))}`);
    if (left === 0) {
      clock.textContent = t.timeUp!;
      // At time-out the paper is handed in as it stands, without asking.
      quiz.toggleAttribute('data-time-up', true);
      quiz.querySelector('form')!.requestSubmit();
    }
  };
  const timer = setInterval(tick, 1000);
  tick();
}

showHistory();
const progress = readRecords().examInProgress;
if (progress?.paper === paperId) {
  void run(progress.seed, Date.parse(progress.deadline), progress.answers);
} else {
  startButton.hidden = false;
  startButton.addEventListener('click', () => {
    const given = new URLSearchParams(location.search).get('seed');
    const seed = given || Math.random().toString(36).slice(2, 8);
    const now = Date.now();
    const deadline = now + minutes * 60_000;
    updateRecords((r) => ({ ...r, examInProgress: { paper: paperId, seed, startedAt: new Date(now).toISOString(), deadline: new Date(deadline).toISOString(), answers: {} } }));
    void run(seed, deadline, {});
  });
}

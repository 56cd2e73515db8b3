/**
 * <contest-host>: 知识竞赛 on /quiz/contest/. Setup → one question at a time in
 * large type → 排名 and a printable 竞赛记录. The state lives in the records
 * store after every change, so a reload or a closed tab resumes the contest.
 */
import {
  award, defaultTeamName, drawContest, finish, nextQuestion, ranking, reveal, scores, secondsLeft, startContest, undo,
  QUESTION_LIMITS, TEAM_LIMITS, type Contest, type ContestSource, type Timer,
} from '../../lib/quiz/contest';
import { quizDataFile, type QuizQuestion } from '../../lib/quiz/data';
import { answerText, optionLetter } from '../../lib/quiz/grade';
import type { PaperPart } from '../../lib/quiz/paper';
import { contestUi as c, ui } from '../../lib/ui';
import { readRecords, updateRecords } from '../records/store';
import { el } from '../dom';
import { drawPaperData, loadQuizData } from './fill';

/** What the projector shows of a question: stem, lettered options, and its answer and explanation. */
interface Shown { type: string; stem: string; options: readonly string[]; answer: string; explanation: string }

const describe = (q: QuizQuestion): Shown =>
  ({ type: ui.questionTypes[q.type] ?? '', stem: q.stem, options: q.options, answer: answerText(q), explanation: q.explanation });

class ContestHost extends HTMLElement {
  #base = this.dataset.base ?? '/';
  #papers = JSON.parse(this.dataset.papers ?? '{}') as Record<string, { parts: PaperPart[]; print: string }>;
  #form = this.querySelector<HTMLFormElement>('[data-setup]')!;
  #stage = this.querySelector<HTMLElement>('[data-stage]')!;
  #finishBox = this.querySelector<HTMLElement>('[data-finish]')!;
  #preview = this.querySelector<HTMLElement>('[data-preview-list]')!;
  #status = this.querySelector<HTMLElement>('[data-status]')!;
  #announce = this.querySelector<HTMLElement>('[data-announce]')!;
  #contest: Contest | undefined;
  #shown: Shown[] = [];
  #timer: number | undefined;

  connectedCallback() {
    this.querySelector('[data-needs-js]')!.remove();
    const seed = this.#form.elements.namedItem('seed') as HTMLInputElement;
    seed.value = String(Math.floor(Math.random() * 900000) + 100000);
    this.#form.addEventListener('input', () => this.#syncForm());
    this.#form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.#begin();
    });
    this.querySelector('[data-preview]')!.addEventListener('click', () => void this.#showPreview());
    this.querySelector('[data-reveal]')!.addEventListener('click', () => this.#change(reveal));
    this.querySelector('[data-next]')!.addEventListener('click', () => this.#change((s) => nextQuestion(s, new Date())));
    this.querySelector('[data-undo]')!.addEventListener('click', () => this.#undo());
    this.querySelector('[data-end]')!.addEventListener('click', () => confirm(c.confirmEndEarly) && this.#change(finish));
    this.querySelector('[data-print-record]')!.addEventListener('click', () => print());
    this.querySelector('[data-clear]')!.addEventListener('click', () => this.#clear());
    document.addEventListener('keydown', (e) => this.#onKey(e));
    this.#syncForm();

    const stored = readRecords().contest;
    // Read through the store, so already checked like every other record.
    if (stored) void this.#resume(stored);
    else this.#form.hidden = false;
  }

  #syncForm() {
    const teams = Number((this.#form.elements.namedItem('teams') as HTMLSelectElement).value);
    this.#form.querySelectorAll<HTMLInputElement>('[data-team-slot]').forEach((input, i) => {
      input.hidden = i >= teams;
      input.disabled = i >= teams;
    });
    const [kind, ref] = (this.#form.elements.namedItem('source') as HTMLSelectElement).value.split(':') as [string, string];
    const seed = (this.#form.elements.namedItem('seed') as HTMLInputElement).value;
    const printLink = this.querySelector<HTMLAnchorElement>('[data-print-paper]')!;
    printLink.hidden = kind !== 'paper';
    if (kind === 'paper') printLink.href = `${this.#papers[ref]!.print}?seed=${encodeURIComponent(seed)}`;
  }

  /** Reads the setup form; the draw itself needs the question pool. */
  #settings() {
    const f = this.#form.elements;
    const [kind, ref] = (f.namedItem('source') as HTMLSelectElement).value.split(':') as [ContestSource['kind'], string];
    const option = (f.namedItem('source') as HTMLSelectElement).selectedOptions[0]!;
    const count = Math.min(Math.max(Number((f.namedItem('count') as HTMLInputElement).value) || 10, QUESTION_LIMITS.min), QUESTION_LIMITS.max);
    const teamCount = Math.min(Math.max(Number((f.namedItem('teams') as HTMLSelectElement).value), TEAM_LIMITS.min), TEAM_LIMITS.max);
    const teams = Array.from({ length: teamCount }, (_, i) => (f.namedItem(`team${i}`) as HTMLInputElement).value.trim().slice(0, 20) || defaultTeamName(i));
    const seconds = Number((f.namedItem('seconds') as RadioNodeList).value) as Timer;
    const seed = (f.namedItem('seed') as HTMLInputElement).value.replace(/[^0-9A-Za-z]/g, '').slice(0, 20) || '1';
    return { source: { kind, ref }, title: option.textContent!.replace(/（\d+ 道）$/, ''), count, teams, seconds, seed };
  }

  /**
   * The questions a contest asks, from one data file: the bank's, the paper's or
   * (for a tag) all. For a paper, the same draw as its printed copy with this
   * seed, options in the same order. With `ids` (resuming), those questions.
   */
  async #draw(source: ContestSource, count: number, seed: string, ids?: readonly string[]): Promise<{ ids: string[]; shown: Shown[] }> {
    let drawn: QuizQuestion[];
    let chosen: string[];
    if (source.kind === 'paper') {
      drawn = (await drawPaperData(this.#base, source.ref, this.#papers[source.ref]!.parts, seed)).paper.slice(0, count);
      chosen = drawn.map((q) => q.id);
    } else {
      drawn = (await loadQuizData(this.#base, source.kind === 'bank' ? quizDataFile.bank(source.ref) : quizDataFile.all)).questions;
      chosen = drawContest(drawn, source, count, seed);
    }
    const byId = new Map(drawn.map((q) => [q.id, q]));
    const asked = [...(ids ?? chosen)];
    return { ids: asked, shown: asked.map((id) => {
      const q = byId.get(id);
      if (!q) throw new Error(`题目 ${id} 取不到`);
      return describe(q);
    }) };
  }

  async #showPreview() {
    const s = this.#settings();
    this.#status.textContent = c.loading;
    try {
      const { shown: items } = await this.#draw(s.source, s.count, s.seed);
      const list = this.#preview.querySelector('ol')!;
      list.replaceChildren(...items.map((q, i) => this.#questionBlock(q, i, true)));
      this.#preview.querySelector('[data-preview-title]')!.textContent = c.previewTitle(s.seed);
      this.#preview.hidden = false;
      this.#status.textContent = items.length ? (items.length < s.count ? c.tooFew(items.length) : '') : c.none;
    } catch {
      this.#status.textContent = c.loadFailed;
    }
  }

  async #begin() {
    const s = this.#settings();
    this.#status.textContent = c.loading;
    try {
      const { ids, shown } = await this.#draw(s.source, s.count, s.seed);
      if (!ids.length) {
        this.#status.textContent = c.none;
        return;
      }
      this.#shown = shown;
      this.#contest = startContest({ source: s.source, title: s.title, seed: s.seed, ids, teams: s.teams, seconds: s.seconds }, new Date());
      this.#status.textContent = '';
      this.#save();
      this.#render();
    } catch {
      this.#status.textContent = c.loadFailed;
    }
  }

  async #resume(stored: Contest) {
    this.#status.textContent = c.loading;
    try {
      // By the stored ids, so a bank changed since cannot shift the questions; a paper's option order is drawn again.
      this.#shown = (await this.#draw(stored.source, stored.ids.length, stored.seed, stored.ids)).shown;
      this.#contest = stored;
      this.#announce.textContent = c.resumed;
      this.#render();
    } catch {
      this.#form.hidden = false;
      this.#status.textContent = c.loadFailed;
    }
  }

  #save() {
    const contest = this.#contest;
    updateRecords((r) => ({ ...r, contest }));
  }

  #change(step: (c: Contest) => Contest) {
    if (!this.#contest) return;
    this.#contest = step(this.#contest);
    this.#save();
    this.#render();
  }

  #give(team: number) {
    if (!this.#contest || this.#contest.finished || team >= this.#contest.teams.length) return;
    this.#change((s) => award(s, team));
    this.#announce.textContent = c.given(this.#contest.teams[team]!, scores(this.#contest)[team]!);
  }

  #undo() {
    const last = this.#contest?.awards.at(-1);
    if (!this.#contest || !last) return;
    this.#change(undo);
    this.#announce.textContent = c.undone(this.#contest.teams[last.team]!, scores(this.#contest)[last.team]!);
  }

  #clear() {
    if (!confirm(c.confirmClear)) return;
    this.#contest = undefined;
    this.#save();
    document.documentElement.classList.remove('contest-live');
    this.#finishBox.hidden = true;
    this.#stage.hidden = true;
    this.#form.hidden = false;
  }

  #onKey(e: KeyboardEvent) {
    const s = this.#contest;
    if (!s || s.finished || this.#stage.hidden || e.ctrlKey || e.metaKey || e.altKey) return;
    if ((e.target as Element).closest?.('input, select, textarea')) return;
    const k = e.key.toLowerCase();
    if (k === 'r') this.#change(reveal);
    else if (k === 'n' || k === 'arrowright') this.#change((x) => nextQuestion(x, new Date()));
    else if (k === 'u') this.#undo();
    else if (/^[1-8]$/.test(k)) this.#give(Number(k) - 1);
    else return;
    e.preventDefault();
  }

  #questionBlock(q: Shown, i: number, withAnswer: boolean): HTMLElement {
    const box = el('li');
    box.append(el('p', { textContent: `${i + 1}. ${q.type ? `（${q.type}）` : ''}${q.stem}`, className: 'contest-stem' }));
    const options = el('ol', { className: 'contest-options' });
    options.append(...q.options.map((o, j) => el('li', {}, `${optionLetter(j)}. ${o}`)));
    box.append(options);
    if (withAnswer) box.append(el('p', { className: 'contest-key' }, `${c.answer}：${q.answer}　${ui.explanation}：${q.explanation}`));
    return box;
  }

  #render() {
    const s = this.#contest;
    if (!s) return;
    this.#form.hidden = true;
    this.#preview.hidden = true;
    clearInterval(this.#timer);
    if (s.finished) return this.#renderFinish(s);
    document.documentElement.classList.add('contest-live');
    this.#stage.hidden = false;
    this.#finishBox.hidden = true;
    const q = this.#shown[s.index]!;
    this.querySelector('[data-progress]')!.textContent = c.progress(s.index + 1, s.ids.length);
    const box = this.querySelector<HTMLElement>('[data-question]')!;
    const block = this.#questionBlock(q, s.index, false);
    box.replaceChildren(...block.childNodes);
    const answer = this.querySelector<HTMLElement>('[data-answer]')!;
    answer.hidden = !s.revealed;
    answer.replaceChildren(el('p', { className: 'contest-answer-key' }, `${c.answer}：${q.answer}`), el('p', {}, `${ui.explanation}：${q.explanation}`));
    this.querySelector('[data-next]')!.textContent = s.index + 1 >= s.ids.length ? c.last : c.next;
    const points = scores(s);
    this.querySelector('[data-scores]')!.replaceChildren(...s.teams.map((name, i) => {
      const li = el('li');
      const button = el('button', { type: 'button', className: 'contest-team' }, c.teamButton(i + 1, name, points[i]!));
      button.addEventListener('click', () => this.#give(i));
      li.append(button);
      return li;
    }));
    this.#tick();
    if (s.seconds) this.#timer = window.setInterval(() => this.#tick(), 500);
  }

  #tick() {
    const s = this.#contest;
    const out = this.querySelector<HTMLElement>('[data-timer]')!;
    const left = s && secondsLeft(s, new Date());
    out.textContent = left === undefined ? '' : left > 0 ? c.timeLeft(left) : c.timeUp;
    out.classList.toggle('contest-timeup', left === 0);
    if (left === 0) clearInterval(this.#timer);
  }

  #renderFinish(s: Contest) {
    document.documentElement.classList.remove('contest-live');
    this.#stage.hidden = true;
    this.#finishBox.hidden = false;
    const rows = ranking(s);
    this.querySelector('[data-ranking]')!.replaceChildren(...rows.map((r) => el('li', {}, `${c.place(r.place)}　${r.name}　${c.points(r.score)}`)));
    const date = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'long' }).format(new Date(s.startedAt));
    this.querySelector('[data-meta]')!.textContent = c.recordMeta(date, s.title, s.seed);
    this.querySelector('[data-table] tbody')!.replaceChildren(...rows.map((r) => {
      const tr = el('tr');
      tr.append(el('td', {}, String(r.place)), el('td', {}, r.name), el('td', {}, String(r.score)));
      return tr;
    }));
    // Only the questions actually put to the room (an early end leaves the rest out).
    const put = s.index >= s.ids.length ? s.ids.length : s.index + (s.revealed ? 1 : 0);
    const asked = this.#shown.slice(0, Math.max(put, ...s.awards.map((a) => a.q + 1)));
    this.querySelector('[data-asked]')!.replaceChildren(...asked.map((q, i) => this.#questionBlock(q, i, true)));
  }
}

customElements.define('contest-host', ContestHost);

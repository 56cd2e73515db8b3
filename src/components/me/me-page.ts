/**
 * 我的学习: fills the server-rendered skeleton from the records — 继续学习,
 * the overview, what was read and the exam scores — and runs export, import
 * (checked and previewed before anything changes), backups and clearing.
 */
import { chinaDay, chinaDateTime } from '../../lib/dates';
import { exportRecords, mergeRecords, parseImport, MAX_IMPORT_BYTES, type MergeCounts } from '../../lib/store/transfer';
import { nextItems, overview, readingTags, resumeTarget, type Accuracy, type Candidate, type PathInfo, type QuestionInfo } from '../../lib/store/summary';
import type { Records } from '../../lib/store/records';
import { meUi as m } from '../../lib/ui';
import { siteBase } from '../site-base';
import { readRecords, store, updateRecords } from '../records/store';
import { downloadFile } from './download';

interface CatalogData {
  site: string;
  sections: Record<string, string>;
  banks: Record<string, string>;
  papers: Record<string, string>;
  tags: Record<string, string>;
  paths: PathInfo[];
}

const root = document.querySelector<HTMLElement>('[data-me]')!;
const data = JSON.parse(root.dataset.catalog!) as CatalogData;
const base = siteBase();
const $ = <T extends HTMLElement = HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};
const a = (path: string, text: string) => el('a', { href: base + path.slice(1), className: 'underline' }, text);
const percent = (x: Accuracy) => (x.right + x.wrong ? `${Math.round((100 * x.right) / (x.right + x.wrong))}%` : '—');

let questions = new Map<string, QuestionInfo>();
try {
  const pool = (await (await fetch(`${base}quiz/pool.json`)).json()) as ({ id: string } & QuestionInfo)[];
  questions = new Map(pool.map((q) => [q.id, { bank: q.bank, section: q.section, tags: q.tags }]));
} catch {
  // Offline without the pool: the overview still shows what the records alone can tell.
}

async function candidates(tags: string[]): Promise<Candidate[]> {
  const lists = await Promise.all(tags.map(async (tag) => {
    try {
      const response = await fetch(`${base}tags/${tag}/recent.json`);
      return response.ok ? ((await response.json()) as Candidate[]) : [];
    } catch {
      return [];
    }
  }));
  return lists.flat();
}

async function render() {
  const records = readRecords();
  const now = new Date();
  const o = overview(records, questions, now);

  // 继续学习: the article left unfinished (filled in by the records module on every page), then
  // due reviews, paths in progress, related unread articles.
  const weak = o.weakTags.map((t) => t.tag);
  const tags = [...new Set([...readingTags(records).slice(0, 3), ...weak.slice(0, 2)])];
  const next = nextItems(records, o.review.due, data.paths, await candidates(tags));
  $('[data-next]').replaceChildren(...next.map((n) => {
    if (n.kind === 'review') return el('li', {}, a('/quiz/review/', m.nextReview(n.due)));
    if (n.kind === 'path') return el('li', {}, m.nextPath(n.path.title, n.done, n.path.steps.length), a(n.step.path, n.step.title));
    return el('li', {}, m.nextArticle, a(n.article.path, n.article.title));
  }));
  $('[data-next-empty]').hidden = next.length > 0 || resumeTarget(records) !== undefined;

  // 学习概况
  const stats: Record<string, string> = {
    days: `${o.days} ${m.unitDays}`, reads: `${o.reads} ${m.unitArticles}`, answered: `${o.answered} ${m.unitQuestions}`,
    accuracy: percent(o.accuracy), exams: `${records.exams.length} ${m.unitTimes}`, due: `${o.review.due} ${m.unitQuestions}`,
  };
  for (const [key, value] of Object.entries(stats)) $(`[data-stat="${key}"]`).textContent = value;
  const table = (by: string, rows: Map<string, Accuracy>, names: Record<string, string>) => {
    const t = $<HTMLTableElement>(`[data-by="${by}"]`);
    t.hidden = rows.size === 0;
    t.tBodies[0]!.replaceChildren(...[...rows].map(([id, x]) => {
      const rate = x.right + x.wrong ? x.right / (x.right + x.wrong) : 0;
      const meter = el('meter', { min: 0, max: 1, value: rate, title: percent(x) });
      return el('tr', {}, el('th', { scope: 'row' }, names[id] ?? id), el('td', {}, String(x.answered)), el('td', {}, meter, ` ${percent(x)}`));
    }));
  };
  table('section', o.bySection, data.sections);
  table('bank', o.byBank, data.banks);
  $('[data-weak]').hidden = weak.length === 0;
  $('[data-weak-list]').replaceChildren(...o.weakTags.slice(0, 8).map((t) => el('li', {}, a(`/tags/${t.tag}/`, data.tags[t.tag] ?? t.tag))));

  // 读完的文章, newest first; ten, then all on request.
  const reads = Object.entries(records.reads).sort((x, y) => y[1].last.localeCompare(x[1].last));
  const item = ([key, r]: (typeof reads)[number]) =>
    el('li', {}, el('time', { dateTime: r.last, className: 'mr-2 text-sm text-muted' }, chinaDay(new Date(r.last))), a(`/${key}/`, r.title));
  const list = $('[data-reads]');
  list.replaceChildren(...reads.slice(0, 10).map(item));
  $('[data-reads-empty]').hidden = reads.length > 0;
  const all = $<HTMLButtonElement>('[data-reads-all]');
  all.hidden = reads.length <= 10;
  all.textContent = m.showAll(reads.length);
  all.onclick = () => {
    list.replaceChildren(...reads.map(item));
    all.hidden = true;
  };

  // 模拟考试成绩 per paper, newest first.
  const byPaper = new Map<string, Records['exams']>();
  for (const e of [...records.exams].reverse()) byPaper.set(e.paper, [...(byPaper.get(e.paper) ?? []), e]);
  $('[data-exams-empty]').hidden = byPaper.size > 0;
  $('[data-exams]').replaceChildren(...[...byPaper].map(([paper, exams]) => el('div', {},
    el('h3', { className: 'font-bold' }, data.papers[paper] ? a(`/quiz/exam/${paper}/`, data.papers[paper]) : exams[0]!.title ?? paper),
    el('ol', { className: 'list-decimal pl-6 text-[0.95rem]' }, ...exams.slice(0, 10).map((e) => el('li', {}, m.examRow(chinaDateTime(e.finishedAt), e.score, e.total, e.passed)))),
  )));

  // 自动备份
  const backups = store.backups();
  $('[data-backups]').replaceChildren(...(backups.length ? backups.map((b) => {
    const button = el('button', { type: 'button', className: 'card ml-2 px-2 py-0.5 text-sm' }, m.download);
    button.onclick = () => downloadFile(m.backupFileName(b.at ? b.at.replace(/[:.]/g, '-') : 'v1'), store.backupText(b.key) ?? '', 'application/json');
    return el('li', {}, m.backupRow(b.at ? chinaDateTime(b.at) : m.backupOld, (b.size / 1024).toFixed(1)), button);
  }) : [el('li', { className: 'text-muted' }, m.backupsNone)]));
}

const exportAll = () => {
  const now = new Date();
  downloadFile(m.fileName(chinaDay(now)), exportRecords(readRecords(), data.site, now), 'application/json');
};
$('[data-export]').addEventListener('click', exportAll);

// Import: check, preview the merge as counts, change nothing until confirmed.
const input = $<HTMLInputElement>('[data-import]');
const preview = $('[data-import-preview]');
const status = $('[data-import-status]');
let pending: Records | undefined;
const describe = (c: MergeCounts) => {
  const p = m.importParts;
  return [
    c.reads.added + c.reads.updated && p.reads(c.reads.added, c.reads.updated),
    c.answers.added + c.answers.updated && p.answers(c.answers.added, c.answers.updated),
    c.cards.added + c.cards.updated && p.cards(c.cards.added, c.cards.updated),
    c.exams.added && p.exams(c.exams.added),
    c.sessions.added && p.sessions(c.sessions.added),
    c.days.added && p.days(c.days.added),
  ].filter(Boolean).join('；');
};
input.addEventListener('change', async () => {
  const file = input.files?.[0];
  preview.hidden = true;
  pending = undefined;
  status.textContent = '';
  if (!file) return;
  if (file.size > MAX_IMPORT_BYTES) {
    status.textContent = m.importErrors['too-big'];
    return;
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    status.textContent = m.importErrors.read;
    return;
  }
  const result = parseImport(text, file.size);
  if (!result.ok) {
    status.textContent = m.importErrors[result.error];
    return;
  }
  const parts = describe(mergeRecords(readRecords(), result.records).counts);
  if (!parts) {
    status.textContent = m.importNothing;
    return;
  }
  pending = result.records;
  $('[data-import-text]').textContent = `${m.importPreview(parts)}${result.dropped ? m.importSkipped(result.dropped) : ''}`;
  preview.hidden = false;
  $('[data-import-confirm]').focus();
});
$('[data-import-confirm]').addEventListener('click', async () => {
  if (!pending) return;
  const incoming = pending;
  updateRecords((r) => mergeRecords(r, incoming).records);
  pending = undefined;
  preview.hidden = true;
  input.value = '';
  status.textContent = m.imported;
  await render();
});
$('[data-import-cancel]').addEventListener('click', () => {
  pending = undefined;
  preview.hidden = true;
  input.value = '';
});

// Clear everything, after a confirmation that offers an export first.
const dialog = $<HTMLDialogElement>('[data-clear-dialog]');
$('[data-clear]').addEventListener('click', () => dialog.showModal());
$('[data-clear-export]').addEventListener('click', exportAll);
dialog.addEventListener('close', async () => {
  if (dialog.returnValue !== 'clear') return;
  store.clear();
  $('[data-clear-status]').textContent = m.cleared;
  await render();
});

await render();

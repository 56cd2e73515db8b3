/** Builds the printable paper and its answer key from the seed in the address. */
import type { PaperPart } from '../../lib/quiz/paper';
import { answerText } from '../../lib/quiz/grade';
import { drawPaperData, renderQuestions } from './fill';

const root = document.querySelector<HTMLElement>('[data-print]')!;
const base = root.dataset.base!;
const parts = JSON.parse(root.dataset.parts!) as PaperPart[];
const params = new URLSearchParams(location.search);
const seed = params.get('seed') || Math.random().toString(36).slice(2, 8);
if (!params.get('seed')) history.replaceState(null, '', `?seed=${seed}`);
root.querySelectorAll('[data-seed]').forEach((el) => (el.textContent = seed));
root.querySelector<HTMLAnchorElement>('[data-new-seed]')!.href = `${location.pathname}?seed=${Math.random().toString(36).slice(2, 8)}`;
root.querySelector('[data-do-print]')!.addEventListener('click', () => window.print());

const { data, paper } = await drawPaperData(base, root.dataset.paper!, parts, seed);
const items = renderQuestions(root, data, paper);
root.querySelector('[data-paper]')!.replaceChildren(...items.map((item) => {
  item.querySelector('details')?.remove();
  item.querySelector('[data-verdict]')?.remove();
  return item;
}));
root.querySelector('[data-key]')!.replaceChildren(...paper.map((q, i) => {
  const li = document.createElement('li');
  li.textContent = root.dataset.keyRow!.replace('{n}', String(i + 1)).replace('{answer}', answerText(q));
  return li;
}));
root.querySelector<HTMLElement>('[data-loading]')!.hidden = true;

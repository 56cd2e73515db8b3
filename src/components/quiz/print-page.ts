/** Builds the printable paper and its answer key from the seed in the address. */
import type { PaperPart } from '../../lib/quiz/paper';
import { drawPaperItems } from './fill';

const root = document.querySelector<HTMLElement>('[data-print]')!;
const base = root.dataset.base!;
const parts = JSON.parse(root.dataset.parts!) as PaperPart[];
const params = new URLSearchParams(location.search);
const seed = params.get('seed') || Math.random().toString(36).slice(2, 8);
if (!params.get('seed')) history.replaceState(null, '', `?seed=${seed}`);
root.querySelectorAll('[data-seed]').forEach((el) => (el.textContent = seed));
root.querySelector<HTMLAnchorElement>('[data-new-seed]')!.href = `${location.pathname}?seed=${Math.random().toString(36).slice(2, 8)}`;
root.querySelector('[data-do-print]')!.addEventListener('click', () => window.print());

const { paper, items } = await drawPaperItems(base, parts, seed);
const letters = (answer: readonly number[]) => answer.map((i) => String.fromCharCode(65 + i)).join('');
root.querySelector('[data-paper]')!.replaceChildren(...items.map((item, i) => {
  item.querySelector('[data-n]')!.textContent = String(i + 1);
  item.querySelector('details')?.remove();
  item.querySelector('[data-verdict]')?.remove();
  return item;
}));
root.querySelector('[data-key]')!.replaceChildren(...paper.map((q, i) => {
  const li = document.createElement('li');
  const judge = q.type === 'judge';
  li.textContent = root.dataset.keyRow!.replace('{n}', String(i + 1)).replace('{answer}', judge ? (q.answer[0] === 0 ? '正确' : '错误') : letters(q.answer));
  return li;
}));
root.querySelector<HTMLElement>('[data-loading]')!.hidden = true;

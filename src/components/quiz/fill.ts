import { drawPaper, type DrawnQuestion, type PaperPart, type PoolQuestion } from '../../lib/quiz/paper';
/**
 * Filling a pending <self-check> in the browser with questions fetched from
 * their own pages (/quiz/q/<id>/), so they are rendered in one place only.
 */
export async function fetchQuestion(base: string, id: string): Promise<HTMLElement | null> {
  const response = await fetch(`${base}quiz/q/${encodeURIComponent(id)}/`);
  if (!response.ok) return null;
  const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
  const item = doc.querySelector<HTMLElement>(`[data-question="${CSS.escape(id)}"]`);
  return item ? (document.importNode(item, true) as HTMLElement) : null;
}

/** Every question of a bank, from the bank's practice page: one request instead of one per question. */
export async function fetchBank(base: string, bank: string): Promise<Map<string, HTMLElement>> {
  const response = await fetch(`${base}quiz/${encodeURIComponent(bank)}/`);
  if (!response.ok) return new Map();
  const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
  return new Map([...doc.querySelectorAll<HTMLElement>('[data-question]')].map((item) => [item.dataset.question!, document.importNode(item, true) as HTMLElement]));
}

/** Shows options in the drawn order: `order[i]` is the original index of the option shown at i. */
export function reorderOptions(item: HTMLElement, order: readonly number[], answer: readonly number[]) {
  const list = item.querySelector('fieldset ul')!;
  const options = [...list.children];
  list.replaceChildren(...order.map((i) => options[i]!));
  list.querySelectorAll('b').forEach((b, i) => (b.textContent = `${String.fromCharCode(65 + i)}.`));
  item.dataset.answer = answer.join(',');
  // The <details> answer letter refers to the original order; the marks after submitting are what count here.
  item.querySelector('details p')?.remove();
}

export function fillQuiz(quiz: HTMLElement, items: HTMLElement[]) {
  const list = quiz.querySelector('form > ol')!;
  list.replaceChildren(...items);
  items.forEach((item, i) => {
    item.querySelector('[data-n]')!.textContent = String(i + 1);
    // Away from its article a question shows where it comes from, so a stem that leans on the article still makes sense.
    const source = item.querySelector('[data-source]')?.cloneNode(true) as HTMLElement | undefined;
    if (source) {
      source.removeAttribute('data-source');
      source.className = 'text-sm text-muted';
      item.querySelector('legend')!.after(source);
    }
  });
  quiz.dispatchEvent(new Event('quiz-ready'));
}

export async function loadPool(base: string) {
  const response = await fetch(`${base}quiz/pool.json`);
  return (await response.json()) as { id: string; type: 'single' | 'multiple' | 'judge'; bank: string; section: string; tags: string[]; n: number; answer: number[] }[];
}

/** The pool has no option texts; stand-ins are enough for drawing a paper, shuffling and grading by position. */
export function standIns(pool: Awaited<ReturnType<typeof loadPool>>): PoolQuestion[] {
  return pool.map((q) => ({ ...q, options: Array.from({ length: q.n }, (_, i) => String(i)) }));
}

/** Questions drawn from across the banks: from their banks' pages when that takes fewer requests, else one by one. */
export async function fetchQuestions(base: string, ids: readonly string[], bankOf: ReadonlyMap<string, string>): Promise<HTMLElement[]> {
  const banks = [...new Set(ids.map((id) => bankOf.get(id)).filter((b) => b !== undefined))];
  const found = new Map<string, HTMLElement>();
  if (banks.length < ids.length) for (const m of await Promise.all(banks.map((b) => fetchBank(base, b)))) m.forEach((v, k) => found.set(k, v));
  return Promise.all(ids.map(async (id) => {
    const item = found.get(id) ?? (await fetchQuestion(base, id));
    if (!item) throw new Error(`题目 ${id} 取不到`);
    return item;
  }));
}

/**
 * Draws a paper from the pool with the seed and fetches its questions, options
 * shown in the drawn order. Used by the timed exam and the printable paper.
 */
export async function drawPaperItems(base: string, parts: readonly PaperPart[], seed: string): Promise<{ paper: DrawnQuestion[]; items: HTMLElement[] }> {
  const paper = drawPaper(parts, standIns(await loadPool(base)), seed);
  const items = await Promise.all(paper.map(async (q) => {
    const item = (await fetchQuestion(base, q.id))!;
    reorderOptions(item, q.order, q.answer);
    return item;
  }));
  return { paper, items };
}

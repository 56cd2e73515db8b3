/**
 * Loaded on every page once it is idle: shows any problem with the stored
 * records, marks what the reader has done (✓ 已读 on cards and path steps,
 * progress on paths), offers the article left unfinished, and on an article notes that it was opened and, when
 * the reader reaches its end, that it was read. Also registers the service
 * worker for offline use (off the first load path).
 */
import { entryKeyOf } from '../../lib/links';
import { isDone, recordOpened, recordRead, type Records } from '../../lib/store/records';
import { resumeTarget } from '../../lib/store/summary';
import { recordsUi } from '../../lib/ui';
import { siteBase } from '../site-base';
import { registerOffline } from '../offline/register';
import { describeArticle } from './article';
import { readRecords, updateRecords } from './store';

const base = siteBase();
const keyOfLink = (a: HTMLAnchorElement) => {
  const path = new URL(a.href, location.href).pathname;
  return path.startsWith(base) ? entryKeyOf(`/${path.slice(base.length)}`) : undefined;
};

/** One ✓ per card whose link leads to something done, in the card's eyebrow line so nothing moves. */
function markDone(records: Records) {
  for (const card of document.querySelectorAll<HTMLElement>('main .card:not([data-done])')) {
    const a = card.matches('a') ? (card as HTMLAnchorElement) : card.querySelector<HTMLAnchorElement>('a[href]');
    const key = a && keyOfLink(a);
    if (!key || !isDone(records, key)) continue;
    card.dataset.done = '';
    const mark = Object.assign(document.createElement('span'), { className: 'done-mark', textContent: recordsUi.done(key) });
    (card.querySelector('.eyebrow') ?? card).append(mark);
  }
  // Paths: "x / y 步" from the keys of their steps.
  for (const el of document.querySelectorAll<HTMLElement>('[data-steps]')) {
    const steps = el.dataset.steps!.split(' ');
    const done = steps.filter((k) => isDone(records, k)).length;
    const out = el.querySelector<HTMLElement>('[data-progress]');
    if (out && done > 0) out.textContent = recordsUi.pathProgress(done, steps.length);
  }
}

/** 继续学习 (home, /me/): the article left unfinished. */
function showResume(records: Records) {
  const target = resumeTarget(records);
  for (const box of document.querySelectorAll<HTMLElement>('[data-resume]')) {
    box.hidden = !target;
    if (target) box.replaceChildren(Object.assign(document.createElement('a'), { href: base + target.path.slice(1), textContent: recordsUi.resume(target.title) }));
  }
}

registerOffline();

const records = readRecords();
markDone(records);
showResume(records);

const el = document.querySelector<HTMLElement>('article[data-read-key]');
if (el) {
  const article = describeArticle(el);
  updateRecords((r) => recordOpened(r, article, new Date()));
  // Read means reaching the end of the text (a self-check finished counts too, see self-check.ts).
  const end = el.querySelector('.prose > :last-child');
  if (end) {
    new IntersectionObserver((entries, observer) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      updateRecords((r) => recordRead(r, article, new Date()));
    }).observe(end);
  }
}

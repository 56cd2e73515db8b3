/*
 * Runs on every page, so it stays tiny. The search code is built as a
 * separate self-contained module (Vite's worker build, used here only for
 * that) and injected on first focus, or when the page was opened from a
 * search result, so pages carry no loader helper.
 */
import searchModule from './header-search.ts?worker&url';
import { injectOnce } from '../lazy-script';

const root = document.querySelector<HTMLElement>('site-search');
const input = root?.querySelector('input');
const inject = injectOnce(searchModule);
input?.addEventListener('focus', inject, { once: true });
if (new URLSearchParams(location.search).has(root?.dataset.highlightParam ?? '')) inject();

// "/" focuses the search box from anywhere but a text field.
document.addEventListener('keydown', (e) => {
  const t = e.target as HTMLElement;
  if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)) return;
  e.preventDefault();
  input?.focus();
});

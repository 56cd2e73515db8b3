/**
 * What the header box and /search/ show when search cannot run here: the
 * Pagefind bundle failed to load, or the host's CSP blocks its WebAssembly
 * (no 'wasm-unsafe-eval'). A message and the ways to browse instead. Imported
 * only then, so pages that search normally never load these strings.
 */
import { joinBase, paths } from '../../lib/links';
import { SECTIONS, SECTION_IDS } from '../../lib/sections';
import { ui } from '../../lib/ui';

/** Puts the message in `status` (a live region) and the browse links right after it. */
export function showUnavailable(status: HTMLElement, base: string): void {
  status.textContent = ui.searchUnavailable;
  if (status.nextElementSibling?.hasAttribute('data-unavailable')) return;
  const links = [
    ...SECTION_IDS.map((id) => [SECTIONS[id].label, paths.section(id)] as const),
    [ui.allTags, '/tags/'] as const,
  ];
  const list = document.createElement('ul');
  list.dataset.unavailable = '';
  list.className = 'mt-2 flex flex-wrap gap-2';
  list.append(...links.map(([label, path]) => {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.className = 'chip text-base';
    a.href = joinBase(base, path);
    a.textContent = label;
    li.append(a);
    return li;
  }));
  status.after(list);
}

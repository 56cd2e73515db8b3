/** Page numbers to show: first, last and a window round the current page, with gaps. */
export function pageWindow(current: number, total: number, radius = 2): (number | 'gap')[] {
  const pages = new Set([1, total]);
  for (let n = current - radius; n <= current + radius; n++) if (n >= 1 && n <= total) pages.add(n);
  const sorted = [...pages].sort((a, b) => a - b);
  const out: (number | 'gap')[] = [];
  sorted.forEach((n, i) => {
    if (i > 0 && n - sorted[i - 1]! > 1) out.push(n - sorted[i - 1]! === 2 ? n - 1 : 'gap');
    out.push(n);
  });
  return out;
}

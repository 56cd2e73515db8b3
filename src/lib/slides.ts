/**
 * 投屏: an entry as slides for a meeting room. Pure helpers shared by the
 * slides page (splitting rendered HTML into parts at build time) and the
 * deck script (keys, the slide number in the URL).
 */
import { textOf } from './html';

export interface Part {
  /** The heading's text, without tags. */
  title: string;
  /** The part's HTML, heading excluded. */
  html: string;
  /** Sub-parts (at <h3>), when the part was asked to be split there. */
  subparts: Part[];
}

export interface Sections {
  /** What comes before the first <h2>. */
  intro: string;
  parts: Part[];
}


/** Cuts HTML before each top-level heading of one level: markdown never nests headings. */
function cutAt(html: string, level: 2 | 3): { intro: string; parts: { title: string; html: string }[] } {
  const re = new RegExp(`<h${level}\\b[^>]*>([\\s\\S]*?)</h${level}>`, 'g');
  const parts: { title: string; html: string }[] = [];
  let intro = '';
  let last = 0;
  let title: string | undefined;
  for (const m of html.matchAll(re)) {
    const chunk = html.slice(last, m.index);
    if (title === undefined) intro = chunk;
    else parts.push({ title, html: chunk.trim() });
    title = textOf(m[1]!);
    last = m.index + m[0].length;
  }
  if (title === undefined) intro = html;
  else parts.push({ title, html: html.slice(last).trim() });
  return { intro: intro.trim(), parts };
}

/**
 * Splits an entry's rendered body into its `##` parts; the parts for which
 * `splitSub` says yes are also split at their `###` headings (a case's 违纪事实).
 */
export function splitSections(html: string, splitSub: (title: string) => boolean = () => false): Sections {
  const { intro, parts } = cutAt(html, 2);
  return {
    intro,
    parts: parts.map((p) => {
      if (!splitSub(p.title)) return { ...p, subparts: [] };
      const inner = cutAt(p.html, 3);
      return { title: p.title, html: inner.intro, subparts: inner.parts.map((s) => ({ ...s, subparts: [] })) };
    }),
  };
}

export type DeckAction = 'next' | 'prev' | 'first' | 'last' | 'fullscreen' | 'exit';

/** The keys presentation clickers and keyboards send (KeyboardEvent.key). */
export function deckAction(key: string): DeckAction | undefined {
  switch (key) {
    case 'ArrowRight': case 'ArrowDown': case 'PageDown': case ' ': case 'Enter':
      return 'next';
    case 'ArrowLeft': case 'ArrowUp': case 'PageUp': case 'Backspace':
      return 'prev';
    case 'Home': return 'first';
    case 'End': return 'last';
    case 'f': case 'F': return 'fullscreen';
    case 'Escape': return 'exit';
    default: return undefined;
  }
}

/** The slide a URL hash (`#3`, 1-based) points at, as a 0-based index kept within the deck. */
export function slideFromHash(hash: string, count: number): number {
  const n = /^#(\d{1,4})$/.exec(hash)?.[1];
  if (!n || count < 1) return 0;
  return Math.min(Math.max(Number(n), 1), count) - 1;
}

/** The index an action moves to (fullscreen and exit leave it where it is). */
export function moveTo(action: DeckAction, current: number, count: number): number {
  const last = Math.max(count - 1, 0);
  if (action === 'next') return Math.min(current + 1, last);
  if (action === 'prev') return Math.max(current - 1, 0);
  if (action === 'first') return 0;
  if (action === 'last') return last;
  return current;
}

/**
 * Reading time for Chinese text: counted in characters, not words.
 * About 400 Han characters a minute is a common figure for careful reading
 * of study material; Latin words (names, abbreviations) count at 200 a minute.
 */
export const HAN_PER_MINUTE = 400;
export const WORDS_PER_MINUTE = 200;

/** Strip Markdown/MDX syntax that is not read: code, URLs, tags, front matter. */
export function readableText(markdown: string): string {
  return markdown
    .replace(/^---[\s\S]*?\n---/, '')
    .replace(/```[\s\S]*?```/g, '')
    .replace(/`[^`]*`/g, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/^import .*$/gm, '');
}

export function countHan(text: string): number {
  return text.match(/\p{Script=Han}/gu)?.length ?? 0;
}

export function countLatinWords(text: string): number {
  return text.match(/[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+)*/g)?.length ?? 0;
}

export function readingTime(markdown: string): { characters: number; minutes: number } {
  const text = readableText(markdown);
  const characters = countHan(text);
  const minutes = Math.max(1, Math.round(characters / HAN_PER_MINUTE + countLatinWords(text) / WORDS_PER_MINUTE));
  return { characters, minutes };
}

/** Text out of HTML that the build wrote itself (titles, headings): tags dropped, the entities it escapes turned back. */
export function decodeEntities(html: string): string {
  return html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

export const textOf = (html: string): string => decodeEntities(html.replace(/<[^>]+>/g, '')).trim();

/** A page's <title>, or undefined. */
export function titleOf(html: string): string | undefined {
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1];
  return title ? decodeEntities(title).trim() || undefined : undefined;
}

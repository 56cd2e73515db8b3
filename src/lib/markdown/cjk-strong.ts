/**
 * Bold that ends in Chinese punctuation: `**一是把规定当成“填表”。**事前…`.
 * CommonMark only closes `**` when it is "right-flanking", which a closing
 * `**` between `。` and a Chinese character is not, so such bold shows its
 * asterisks. Editors write it that way all the time; this Markdown plugin
 * turns the `**…**` pairs left in text into bold, after the parser.
 */
import type { MdastPluginDefinition } from 'satteri';

/** `**x**` pairs with no space just inside the markers, split out of a text; null when there are none. */
export function splitStrong(text: string): { strong: boolean; value: string }[] | null {
  if (!text.includes('**')) return null;
  const parts = text.split(/\*\*(?=[^\s*])([^*]*?[^\s*])\*\*/);
  if (parts.length < 3) return null;
  return parts.map((value, i) => ({ strong: i % 2 === 1, value })).filter((p) => p.strong || p.value !== '');
}

export const cjkStrong: MdastPluginDefinition = {
  name: 'cjk-strong',
  text(node, ctx) {
    const parts = splitStrong(node.value);
    if (!parts) return;
    ctx.replaceNode(node, parts.map((p) => (p.strong ? { type: 'strong', children: [{ type: 'text', value: p.value }] } : { type: 'text', value: p.value })));
  },
};

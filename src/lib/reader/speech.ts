/**
 * Pure helpers for 朗读: which voice to use and how to cut an article into
 * pieces that speech synthesis reads reliably (long utterances stall in some
 * browsers). No DOM here: the panel passes paragraph texts and voice lists in.
 */

export interface VoiceLike { lang: string; name: string; localService?: boolean; default?: boolean }

const norm = (lang: string) => lang.replace('_', '-').toLowerCase();

/**
 * The best Mandarin voice: zh-CN first, then other Mandarin (cmn, zh-Hans,
 * zh-SG, zh-TW), then any Chinese (e.g. Cantonese zh-HK) rather than none;
 * local voices before network ones. Undefined when there is no Chinese voice.
 */
export function pickChineseVoice<V extends VoiceLike>(voices: readonly V[]): V | undefined {
  const rank = (v: V): number => {
    const l = norm(v.lang);
    const base = l === 'zh-cn' || l === 'cmn-hans-cn' || l === 'cmn-cn' ? 0
      : l === 'zh' || l.startsWith('cmn') || l.startsWith('zh-hans') || l === 'zh-sg' || l === 'zh-tw' ? 1
      : l.startsWith('zh') || l === 'yue' || l.startsWith('yue-') ? 2 : -1;
    return base < 0 ? -1 : base * 2 + (v.localService === false ? 1 : 0);
  };
  let best: V | undefined;
  let bestRank = Infinity;
  for (const v of voices) {
    const r = rank(v);
    if (r >= 0 && r < bestRank) [best, bestRank] = [v, r];
  }
  return best;
}

export interface Chunk { paragraph: number; text: string }

/**
 * Cuts paragraphs into speakable chunks of at most `max` characters, at
 * sentence ends (。！？；) where possible; each chunk remembers its paragraph so
 * the page can mark what is being read. Blank paragraphs are skipped.
 */
export function speakableChunks(paragraphs: readonly string[], max = 120): Chunk[] {
  const chunks: Chunk[] = [];
  paragraphs.forEach((raw, paragraph) => {
    const text = raw.replace(/\s+/g, ' ').trim();
    if (!text) return;
    const sentences = text.match(/[^。！？；!?;]+[。！？；!?;]*[”’」』）)]*|[。！？；!?;]+/g) ?? [text];
    let current = '';
    const flush = () => {
      if (current.trim()) chunks.push({ paragraph, text: current.trim() });
      current = '';
    };
    for (const sentence of sentences) {
      if (current && current.length + sentence.length > max) flush();
      // A single sentence longer than max is cut at commas, then hard.
      if (sentence.length > max) {
        for (const part of sentence.match(/[^，,、]+[，,、]*/g) ?? [sentence]) {
          if (current && current.length + part.length > max) flush();
          for (let i = 0; i < part.length; i += max) {
            current += part.slice(i, i + max);
            if (current.length >= max) flush();
          }
        }
      } else current += sentence;
    }
    flush();
  });
  return chunks;
}

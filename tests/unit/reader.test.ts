/** Reader tools: settings parsing (storage is untrusted) and the pure 朗读 helpers. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, emptyRecords, parseSettings, readRecords, setSettings, writeRecords } from '../../src/lib/store/records';
import { mergeRecords } from '../../src/lib/store/transfer';
import { pickChineseVoice, speakableChunks } from '../../src/lib/reader/speech';

describe('reader settings', () => {
  it('defaults to standard size, the system theme and no 长辈模式', () => {
    expect(emptyRecords().settings).toEqual({ size: 'normal', theme: 'system', elder: false });
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
  });
  it('keeps valid values', () => {
    expect(parseSettings({ size: 'xlarge', theme: 'dark', elder: true })).toEqual({ size: 'xlarge', theme: 'dark', elder: true });
  });
  it('replaces each bad value by its default and never throws', () => {
    expect(parseSettings({ size: 'huge', theme: 'DARK', elder: 'yes' })).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ size: 'large', theme: 42, elder: 1 })).toEqual({ ...DEFAULT_SETTINGS, size: 'large' });
    for (const bad of [null, 7, 'x', [], ['large'], { size: { toString: 'large' } }]) expect(parseSettings(bad)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings(JSON.parse('{"__proto__":{"size":"large"}}'))).toEqual(DEFAULT_SETTINGS);
  });
  it('bad stored settings do not count as damaged records', () => {
    const raw = JSON.stringify({ ...emptyRecords(), settings: { size: 'huge', theme: null } });
    const { records, problem } = readRecords(raw);
    expect(problem).toBeUndefined();
    expect(records.settings).toEqual(DEFAULT_SETTINGS);
  });
  it('changes one setting at a time and round-trips through storage', () => {
    const r = setSettings(setSettings(emptyRecords(), { size: 'large' }), { elder: true });
    expect(r.settings).toEqual({ size: 'large', theme: 'system', elder: true });
    expect(readRecords(writeRecords(r)).records.settings).toEqual(r.settings);
    // A bad change is refused value by value.
    expect(setSettings(r, { size: 'giant' as never }).settings.size).toBe('normal');
  });
  it('an import keeps this device’s settings', () => {
    const local = setSettings(emptyRecords(), { size: 'xlarge' });
    const incoming = setSettings(emptyRecords(), { theme: 'dark', elder: true });
    expect(mergeRecords(local, incoming).records.settings).toEqual(local.settings);
  });
});

describe('pickChineseVoice', () => {
  const v = (lang: string, name = lang, localService = true) => ({ lang, name, localService });
  it('prefers zh-CN, local first', () => {
    expect(pickChineseVoice([v('en-US'), v('zh-TW'), v('zh-CN', 'net', false), v('zh-CN', 'local')])?.name).toBe('local');
    expect(pickChineseVoice([v('zh_CN', 'android')])?.name).toBe('android');
    expect(pickChineseVoice([v('en-US'), v('cmn-Hans-CN', 'cmn')])?.name).toBe('cmn');
  });
  it('falls back to other Mandarin, then any Chinese', () => {
    expect(pickChineseVoice([v('zh-HK'), v('zh-TW')])?.lang).toBe('zh-TW');
    expect(pickChineseVoice([v('en-GB'), v('zh-HK')])?.lang).toBe('zh-HK');
  });
  it('returns undefined when there is no Chinese voice', () => {
    expect(pickChineseVoice([v('en-US'), v('ja-JP'), v('zh-not-really', 'x')].slice(0, 2))).toBeUndefined();
    expect(pickChineseVoice([])).toBeUndefined();
  });
});

describe('speakableChunks', () => {
  it('keeps short paragraphs whole and remembers their index, skipping blanks', () => {
    expect(speakableChunks(['标题', '  ', '第一段。第二句。'])).toEqual([
      { paragraph: 0, text: '标题' },
      { paragraph: 2, text: '第一段。第二句。' },
    ]);
  });
  it('cuts long paragraphs at sentence ends, never exceeding the limit, losing no text', () => {
    const para = Array.from({ length: 12 }, (_, i) => `这是第${i}句话，内容不长但足够多。`).join('');
    const chunks = speakableChunks([para], 40);
    expect(chunks.length).toBeGreaterThan(3);
    expect(chunks.every((c) => c.text.length <= 40 && c.paragraph === 0)).toBe(true);
    expect(chunks.every((c) => /。$/.test(c.text))).toBe(true);
    expect(chunks.map((c) => c.text).join('')).toBe(para);
  });
  it('cuts a single over-long sentence at commas, then hard', () => {
    const long = '甲'.repeat(50) + '，' + '乙'.repeat(130) + '。';
    const chunks = speakableChunks([long], 60);
    expect(chunks.every((c) => c.text.length <= 60)).toBe(true);
    expect(chunks.map((c) => c.text).join('')).toBe(long);
  });
});

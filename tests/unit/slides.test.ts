import { describe, expect, it } from 'vitest';
import { deckAction, moveTo, slideFromHash, splitSections } from '../../src/lib/slides';

const CASE = [
  '<p>导语</p>',
  '<h2 id="基本案情">基本案情</h2><p>案情一</p><p>案情二</p>',
  '<h2 id="违纪事实">违纪事实</h2><h3 id="一">一、<strong>发包</strong></h3><p>事实一</p><h3 id="二">二、伪造记录</h3><ul><li>甲</li></ul>',
  '<h2 id="处理结果">处理结果</h2><p>处分</p>',
].join('\n');

describe('splitSections', () => {
  it('cuts at each h2, keeps what comes first as the intro, and leaves h3 inside other parts', () => {
    const { intro, parts } = splitSections(CASE);
    expect(intro).toBe('<p>导语</p>');
    expect(parts.map((p) => p.title)).toEqual(['基本案情', '违纪事实', '处理结果']);
    expect(parts[0]!.html).toBe('<p>案情一</p><p>案情二</p>');
    expect(parts[1]!.html).toContain('<h3 id="二">');
    expect(parts.every((p) => p.subparts.length === 0)).toBe(true);
  });

  it('splits the parts asked for at their h3s, with the headings as plain text', () => {
    const facts = splitSections(CASE, (t) => t === '违纪事实').parts[1]!;
    expect(facts.html).toBe('');
    expect(facts.subparts.map((s) => s.title)).toEqual(['一、发包', '二、伪造记录']);
    expect(facts.subparts[1]!.html).toBe('<ul><li>甲</li></ul>');
  });

  it('returns the whole body as the intro when there is no h2', () => {
    expect(splitSections('<p>只有一段</p>')).toEqual({ intro: '<p>只有一段</p>', parts: [] });
  });

  it('decodes entities in titles', () => {
    expect(splitSections('<h2>甲 &amp; 乙 &lt;丙&gt;</h2><p>x</p>').parts[0]!.title).toBe('甲 & 乙 <丙>');
  });
});

describe('deck keys', () => {
  it('maps what presentation clickers send', () => {
    for (const k of ['ArrowRight', 'ArrowDown', 'PageDown', ' ']) expect(deckAction(k)).toBe('next');
    for (const k of ['ArrowLeft', 'ArrowUp', 'PageUp']) expect(deckAction(k)).toBe('prev');
    expect(deckAction('Home')).toBe('first');
    expect(deckAction('End')).toBe('last');
    expect(deckAction('f')).toBe('fullscreen');
    expect(deckAction('F')).toBe('fullscreen');
    expect(deckAction('Escape')).toBe('exit');
    expect(deckAction('a')).toBeUndefined();
  });

  it('moves within the deck and never past either end', () => {
    expect(moveTo('next', 0, 3)).toBe(1);
    expect(moveTo('next', 2, 3)).toBe(2);
    expect(moveTo('prev', 0, 3)).toBe(0);
    expect(moveTo('last', 0, 3)).toBe(2);
    expect(moveTo('first', 2, 3)).toBe(0);
    expect(moveTo('fullscreen', 1, 3)).toBe(1);
    expect(moveTo('next', 0, 0)).toBe(0);
  });
});

describe('slideFromHash', () => {
  it('reads a 1-based slide number and keeps it within the deck', () => {
    expect(slideFromHash('#3', 9)).toBe(2);
    expect(slideFromHash('#1', 9)).toBe(0);
    expect(slideFromHash('#99', 9)).toBe(8);
    expect(slideFromHash('#0', 9)).toBe(0);
  });

  it('falls back to the first slide for anything else', () => {
    for (const h of ['', '#', '#abc', '#-2', '#3.5', '#12345']) expect(slideFromHash(h, 9)).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { decodeEntities, textOf, titleOf } from '../../src/lib/html';

describe('text out of built HTML', () => {
  it('turns back the entities the build escapes', () => {
    expect(decodeEntities('&lt;a&gt; &quot;x&quot; &#39;y&#39; &amp;amp;')).toBe('<a> "x" \'y\' &amp;');
    expect(textOf('<h2 id="a">工会<em>经费</em> &amp; 审查</h2>')).toBe('工会经费 & 审查');
  });
  it("reads a page's title, or says there is none", () => {
    expect(titleOf('<head><title> 劳动争议调解 &amp; 仲裁 | 森工学习园地 </title></head>')).toBe('劳动争议调解 & 仲裁 | 森工学习园地');
    expect(titleOf('<head></head>')).toBeUndefined();
    expect(titleOf('<title>  </title>')).toBeUndefined();
  });
});

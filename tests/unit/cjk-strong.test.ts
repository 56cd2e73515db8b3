import { describe, expect, it } from 'vitest';
import { splitStrong } from '../../src/lib/markdown/cjk-strong';

describe('splitStrong', () => {
  it('finds bold that CommonMark leaves as asterisks before a Chinese character', () => {
    expect(splitStrong('**一是把规定当成“填表”。**事前报告写的是20桌。')).toEqual([
      { strong: true, value: '一是把规定当成“填表”。' },
      { strong: false, value: '事前报告写的是20桌。' },
    ]);
    expect(splitStrong('先看**时效。**再看**程序；**最后')).toEqual([
      { strong: false, value: '先看' }, { strong: true, value: '时效。' }, { strong: false, value: '再看' },
      { strong: true, value: '程序；' }, { strong: false, value: '最后' },
    ]);
  });
  it('leaves other text alone', () => {
    expect(splitStrong('没有加粗')).toBeNull();
    expect(splitStrong('乘号 2 ** 3 ** 4')).toBeNull();
    expect(splitStrong('只有一个 ** 记号')).toBeNull();
  });
});

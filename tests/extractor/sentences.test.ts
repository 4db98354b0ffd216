import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../extractor/sentences.js';

const sentences = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('ends sentences at 。！？； and ……', () => {
    expect(sentences('活动启动了。职工们很高兴！你去吗？第一；第二……最后')).toEqual([
      '活动启动了。',
      '职工们很高兴！',
      '你去吗？',
      '第一；',
      '第二……',
      '最后',
    ]);
  });

  it('keeps a run of terminators together', () => {
    expect(sentences('真的吗？！是的。')).toEqual(['真的吗？！', '是的。']);
  });

  it('does not end a sentence at a 。 inside a quotation that continues', () => {
    expect(sentences('他说：“我们要努力。大家一起加油。”随后活动开始。')).toEqual([
      '他说：“我们要努力。大家一起加油。”',
      '随后活动开始。',
    ]);
    expect(sentences('她表示：“这是‘家’。也是港湾。”大家鼓掌。')).toEqual(['她表示：“这是‘家’。也是港湾。”', '大家鼓掌。']);
  });

  it('keeps a quotation that ends mid-sentence inside its sentence', () => {
    expect(sentences('“冬送温暖”活动在街道举行。')).toEqual(['“冬送温暖”活动在街道举行。']);
  });

  it('does not let an unbalanced quote swallow the rest of the text', () => {
    expect(sentences('他说：“我们要努力。大家加油。\n第二段。')).toEqual(['他说：“我们要努力。', '大家加油。', '第二段。']);
    expect(sentences('前文”后文。再来。')).toEqual(['前文”后文。', '再来。']);
  });

  it('treats a line break as a sentence end and trims whitespace', () => {
    expect(sentences('  标题行\n\n　正文第一句。 正文第二句。\n')).toEqual(['标题行', '正文第一句。', '正文第二句。']);
  });

  it('gives offsets into the text', () => {
    const text = '甲。乙。';
    expect(splitSentences(text)).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
    ]);
  });

  it('handles text with no Chinese, no punctuation or nothing at all', () => {
    expect(sentences('Hello world')).toEqual(['Hello world']);
    expect(sentences('')).toEqual([]);
    expect(sentences('\n \n')).toEqual([]);
  });

  // A quadratic pass would not finish within the test timeout on this line.
  it('splits a 400,000-character line of unmatched quotes and brackets', () => {
    const text = `${'“工会'.repeat(100_000)}。${'）'.repeat(100_000)}`;
    expect(splitSentences(text)).toEqual([{ start: 0, end: text.length }]);
  });
});

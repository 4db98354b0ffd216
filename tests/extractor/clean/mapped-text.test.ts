import { describe, expect, it } from 'vitest';
import { MappedTextBuilder } from '../../../extractor/clean/index.js';

describe('MappedTextBuilder', () => {
  it('maps every character of the built text to its source offset', () => {
    const source = '标题\n\n考核合格的学\n\n\n\n员将获得证书。';
    const title = source.indexOf('标题');
    const cut = source.indexOf('考核');
    const rest = source.indexOf('员将');
    const { text, offsets } = new MappedTextBuilder(source)
      .append(title, title + 2)
      .separator('\n', title + 2)
      .append(cut, cut + 6)
      .append(rest, source.length)
      .build(source.length);
    expect(text).toBe('标题\n考核合格的学员将获得证书。');
    expect(offsets).toHaveLength(text.length + 1);
    expect(offsets[text.indexOf('员')]).toBe(rest);
    expect(source[offsets[2]!]).toBe('\n');
    expect(offsets[text.length]).toBe(source.length);
    for (let i = 0; i < text.length; i++) if (text[i] !== '\n') expect(source[offsets[i]!]).toBe(text[i]);
  });
});

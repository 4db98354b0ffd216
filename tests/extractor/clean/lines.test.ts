import { describe, expect, it } from 'vitest';
import { splitLines } from '../../../extractor/clean/index.js';

describe('splitLines', () => {
  it('keeps non-empty lines with their source ranges and the blank lines before them', () => {
    const text = '\n\n标题\n\n　　正文第一段。\r\n\n\n\n续行\n';
    const lines = splitLines(text);
    expect(lines.map(({ text: t, blankBefore }) => [t, blankBefore])).toEqual([
      ['标题', 2],
      ['正文第一段。', 1],
      ['续行', 3],
    ]);
    for (const line of lines) expect(text.slice(line.start, line.end)).toBe(line.text);
  });

  it('handles text without a final line break, and empty text', () => {
    expect(splitLines('一行').map((line) => line.text)).toEqual(['一行']);
    expect(splitLines('')).toEqual([]);
  });
});

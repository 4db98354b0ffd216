import { describe, expect, it } from 'vitest';
import { displayWidth, renderTable } from '../../../cli/format/table.js';

describe('renderTable', () => {
  it('aligns columns by display width, counting Chinese characters as two columns', () => {
    const out = renderTable(
      ['#', 'title', 'kind'],
      [
        ['1', '平谷区总工会为单身青年职工“搭鹊桥”', 'news'],
        ['12', 'Short ASCII', 'photo'],
      ],
    );
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    // The third column starts at the same display column on every line.
    const kindColumn = (line: string): number => displayWidth(line.slice(0, line.search(/(kind|news|photo)$/)));
    const starts = [lines[0], lines[2], lines[3]].map((line) => kindColumn(line!));
    expect(new Set(starts).size).toBe(1);
    expect(lines[1]).toMatch(/^─+ {2}─+ {2}─+$/);
  });

  it('keeps each row on one line when a cell holds line breaks, and fills missing cells', () => {
    const out = renderTable(['a', 'b'], [['本报记者 孙妍\n通讯员 田文江'], ['x', 'y']]);
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[2]).toBe('本报记者 孙妍 通讯员 田文江');
    expect(lines[3]).toMatch(/^x +y$/);
  });

  it('measures full-width punctuation as two columns and ASCII as one', () => {
    expect(displayWidth('（记者）')).toBe(8);
    expect(displayWidth('(ab)')).toBe(4);
  });
});

import { describe, expect, it } from 'vitest';
import { encode } from '../../../extractor/model/vocabulary.js';

describe('encoding text for the model', () => {
  it('gives one position per code point, with its string offset, the same on every reading', () => {
    const text = '王𠮷说\ud800了 好';
    const first = encode(text);
    // 王, 𠮷 (two string positions), 说, a lone surrogate (one), 了, the space, 好.
    expect(Array.from(first.offsets)).toEqual([0, 1, 3, 4, 5, 6, 7, 8]);
    expect(first.ids.length).toBe(7);
    expect(first.ids[1]).toBe(first.ids[3]); // both unknown to the model
    expect(first.ids[5]).toBe(encode('，').ids[0]); // a space reads as a comma
    expect(encode(text)).toEqual(first);
    expect(Array.from(encode(text, 1, 3).offsets)).toEqual([1, 3]);
  });
});

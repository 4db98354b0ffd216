import { describe, expect, it } from 'vitest';
import { charTrie } from '../../../extractor/lexicon/char-trie.js';

describe('charTrie', () => {
  it('finds the longest word at a position, forwards, and where it ends', () => {
    const trie = charTrie<string>();
    for (const w of ['北', '北京', '北京市', '北京市总工会', '京华']) trie.add(w, w);
    expect(trie.longestAt('在北京市总工会', 1)).toBe('北京市总工会');
    expect(trie.matchEnd).toBe(7);
    expect(trie.longestAt('北京的', 0)).toBe('北京');
    // A one-character word still matches where no longer word goes on (北方: no word begins 北方).
    expect(trie.longestAt('北方', 0)).toBe('北');
    expect(trie.longestAt('在北', 1)).toBe('北');
    expect(trie.longestAt('南京', 0)).toBeUndefined();
  });

  it('reads backwards from a position when built backwards', () => {
    const trie = charTrie<string>(true);
    for (const w of ['主席', '副主席', '员', '委员']) trie.add(w, w);
    expect(trie.longestAt('区总工会副主席张某', 7)).toBe('副主席');
    expect(trie.matchEnd).toBe(4);
    expect(trie.longestAt('常务委员', 4)).toBe('委员');
    expect(trie.longestAt('人员', 2)).toBe('员');
    expect(trie.longestAt('席', 1)).toBeUndefined();
  });

  it('finds every word of a large list at every position it begins', () => {
    const trie = charTrie<number>();
    const words = Array.from({ length: 5000 }, (_, i) => String.fromCharCode(0x4e00 + (i % 300), 0x4e00 + ((i * 7) % 500), 0x5000 + i));
    words.forEach((w, i) => trie.add(w, i));
    words.forEach((w, i) => {
      expect(trie.longestAt(`，${w}。`, 1)).toBe(i);
      expect(trie.matchEnd).toBe(4);
    });
  });
});

// A trie of words keyed by UTF-16 code unit, walked forwards or backwards from a position: a
// scan over every character then costs the length of the match, however long the lists grow,
// and makes no one-character string per step.

import { pairSlot } from './pair-filter.js';

interface TrieNode<T> {
  next: Map<number, TrieNode<T>>;
  value?: T;
}

export interface CharTrie<T> {
  /** Adds `word` (read backwards when `backwards`); a word keeps the first value given for it. */
  add(word: string, value: T): void;
  /**
   * The longest word matching at `pos`: read forwards from text[pos], or backwards from
   * text[pos - 1] when the trie was built backwards. Its value, or undefined for none; the
   * other end of the match is left in `matchEnd`.
   */
  longestAt(text: string, pos: number): T | undefined;
  /** Where the last successful `longestAt` match ended (forwards: exclusive end; backwards: start). */
  matchEnd: number;
}

/** Bits of the hashed set of first two code units (a false "may" costs only the Map lookup it guards). */
const PAIR_BITS = 18;

export function charTrie<T>(backwards = false): CharTrie<T> {
  // The first level is an array by code unit: a scan asks it at every position, and most positions
  // fail there without a Map lookup (a national gazetteer begins a word at most Han characters).
  const roots: (TrieNode<T> | undefined)[] = new Array<TrieNode<T> | undefined>(0x10000).fill(undefined);
  // Which code units begin a word, a bit each: 8 KB that stay in cache where the quarter-megabyte of
  // roots does not, and most positions of a scan stop here.
  const firsts = new Uint32Array(0x10000 / 32);
  // Past a common first character (员, 长, 北) most positions fail at the second: a bit says so first.
  const pairs = new Uint32Array((1 << PAIR_BITS) / 32);
  const step = backwards ? -1 : 1;
  const trie: CharTrie<T> = {
    matchEnd: 0,
    add(word, value) {
      if (word.length === 0) return;
      const first = backwards ? word.length - 1 : 0;
      const code0 = word.charCodeAt(first);
      firsts[code0 >>> 5]! |= 1 << (code0 & 31);
      let node: TrieNode<T> = roots[code0] ?? (roots[code0] = { next: new Map() });
      const second = first + step;
      if (second >= 0 && second < word.length) {
        const slot = pairSlot(code0, word.charCodeAt(second), PAIR_BITS);
        pairs[slot >>> 5]! |= 1 << (slot & 31);
      }
      for (let k = first + step; k >= 0 && k < word.length; k += step) {
        const code = word.charCodeAt(k);
        let child: TrieNode<T> | undefined = node.next.get(code);
        if (!child) {
          child = { next: new Map() };
          node.next.set(code, child);
        }
        node = child;
      }
      node.value ??= value;
    },
    longestAt(text, pos) {
      const first = backwards ? pos - 1 : pos;
      if (first < 0 || first >= text.length) return undefined;
      const code0 = text.charCodeAt(first);
      if ((firsts[code0 >>> 5]! & (1 << (code0 & 31))) === 0) return undefined;
      let node: TrieNode<T> | undefined = roots[code0];
      if (!node) return undefined;
      let found: T | undefined;
      if (node.value !== undefined) {
        found = node.value;
        trie.matchEnd = backwards ? first : first + 1;
      }
      const second = first + step;
      if (second < 0 || second >= text.length) return found;
      const slot = pairSlot(code0, text.charCodeAt(second), PAIR_BITS);
      if ((pairs[slot >>> 5]! & (1 << (slot & 31))) === 0) return found;
      for (let k = second; k >= 0 && k < text.length; k += step) {
        node = node.next.get(text.charCodeAt(k));
        if (!node) break;
        if (node.value !== undefined) {
          found = node.value;
          trie.matchEnd = backwards ? k : k + 1;
        }
      }
      return found;
    },
  };
  return trie;
}

// Fast membership tests for word lists: which listed word a string ends with, or which starts at
// a position. Two character tries (char-trie.ts), one read forwards and one backwards.

import { charTrie } from './char-trie.js';

export interface WordIndex {
  /** The longest listed word that `text` ends with at `end`, or undefined. */
  endingAt(text: string, end: number): string | undefined;
  /** The longest listed word that starts at `text[pos]`, or undefined. */
  startingAt(text: string, pos: number): string | undefined;
}

export function wordIndex(words: readonly string[]): WordIndex {
  const forward = charTrie<string>();
  const backward = charTrie<string>(true);
  for (const w of new Set(words)) {
    if (w.length === 0) continue;
    forward.add(w, w);
    backward.add(w, w);
  }
  return {
    endingAt(text, end) {
      return end > text.length ? undefined : backward.longestAt(text, end);
    },
    startingAt(text, pos) {
      return pos < 0 ? undefined : forward.longestAt(text, pos);
    },
  };
}

// Part-of-speech tags exactly as nodejieba's `tag` gives them, looked up on this side. `tag` is
// `cut` followed by one dictionary look-up per word in native code, and it costs about twice as
// much as `cut` alone (two native strings and an object per word); a Map built once per thread
// from the same dictionaries gives the same tags at a fraction of that.
import { forEachDictionaryLine } from './dictionary-lines.js';

export interface PosTags {
  /** Tags of one-code-unit words by char code (a large share of all tokens: 的, 在, punctuation). */
  readonly single: readonly (string | undefined)[];
  readonly words: ReadonlyMap<string, string>;
}

/**
 * word → tag from jieba dictionaries ("word freq tag" per line, as the main and user dictionaries
 * are), read in the order jieba loads them: a later line for the same word wins, as in its trie.
 */
export function readPosTags(paths: readonly string[]): PosTags {
  const words = new Map<string, string>();
  for (const path of paths) {
    forEachDictionaryLine(path, (word, fields) => {
      const space = fields.lastIndexOf(' ');
      if (space >= 0) words.set(word, fields.slice(space + 1).trimEnd());
    });
  }
  const single: (string | undefined)[] = new Array<string | undefined>(0x10000).fill(undefined);
  for (const [word, tag] of words) if (word.length === 1) single[word.charCodeAt(0)] = tag;
  return { single, words };
}

/**
 * The tag of a word jieba's dictionaries lack, by cppjieba's PosTagger rule: it looks at ASCII
 * characters among the first half of the word's code points — none: x; digits only: m; else eng.
 */
function unknownWordTag(word: string): string {
  let codePoints = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) codePoints++;
  }
  const half = Math.floor(codePoints / 2);
  let ascii = 0;
  let digits = 0;
  for (let i = 0; i < word.length && ascii < half; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x80) {
      ascii++;
      if (c >= 0x30 && c <= 0x39) digits++;
    }
  }
  if (ascii === 0) return 'x';
  return digits === ascii ? 'm' : 'eng';
}

/** The tag nodejieba's `tag` gives `word` (a word as `cut` returned it). */
export function posTag(tags: PosTags, word: string): string {
  if (word.length === 1) return tags.single[word.charCodeAt(0)] ?? 'x';
  return tags.words.get(word) ?? unknownWordTag(word);
}

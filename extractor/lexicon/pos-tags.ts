// Part-of-speech tags exactly as nodejieba's `tag` gives them, looked up on this side. `tag` is
// `cut` followed by one dictionary look-up per word in native code, and it costs about twice as
// much as `cut` alone (two native strings and an object per word); a table built from the same
// dictionaries gives the same tags at a fraction of that. The table lives in shared memory: the
// calling thread builds it once and worker threads receive it without a copy or a rebuild (a Map of
// the dictionary's 350,000 words took each thread a quarter of a second to build).
import { readFileSync } from 'node:fs';
import { forEachDictionaryLine } from './dictionary-lines.js';

export interface PosTags {
  /** Tag names; the arrays below hold indexes into them, plus one (0: no tag). */
  readonly names: readonly string[];
  /** Tag of each one-code-unit word by char code (a large share of all tokens: 的, 在, punctuation). */
  readonly single: Uint8Array;
  /** Open-addressing hash table of the longer words: an entry number plus one, 0 for an empty slot. */
  readonly slots: Int32Array;
  /** Per entry: where its word starts in `chars`, how long it is, and its tag. */
  readonly starts: Int32Array;
  readonly lengths: Int32Array;
  readonly tags: Uint8Array;
  /** The words' UTF-16 code units, one after another. */
  readonly chars: Uint16Array;
}

/** FNV-1a over the code units of text[start, end). */
function hash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * The tag table of jieba dictionaries ("word freq tag" per line, as the main and user dictionaries
 * are), read in the order jieba loads them: a later line for the same word wins, as in its trie.
 */
export function readPosTags(paths: readonly string[]): PosTags {
  const texts = paths.map((path) => readFileSync(path, 'utf8'));
  let lines = 0;
  let chars = 0;
  for (const text of texts) {
    chars += text.length;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
    lines++;
  }
  let capacity = 1024;
  while (capacity < 2 * lines) capacity *= 2;
  const table = {
    names: [] as string[],
    single: new Uint8Array(new SharedArrayBuffer(0x10000)),
    slots: new Int32Array(new SharedArrayBuffer(4 * capacity)),
    starts: new Int32Array(new SharedArrayBuffer(4 * lines)),
    lengths: new Int32Array(new SharedArrayBuffer(4 * lines)),
    tags: new Uint8Array(new SharedArrayBuffer(lines)),
    chars: new Uint16Array(new SharedArrayBuffer(2 * chars)),
  };
  const nameIndex = new Map<string, number>();
  const tagByKey = new Map<number, number>();
  const mask = capacity - 1;
  let entries = 0;
  let used = 0;
  for (const text of texts) {
    forEachDictionaryLine(text, (_, start, space, end) => {
      const last = text.lastIndexOf(' ', end - 1);
      if (last <= space) return;
      // Tags are short ASCII ("n", "nr", "vn"): their code units make a number that finds the
      // tag without a string per line.
      let key = 0;
      for (let i = last + 1; i < end && key >= 0; i++) {
        const c = text.charCodeAt(i);
        key = c < 0x80 && key < 0x200000 ? key * 0x80 + c : -1;
      }
      let tag = key >= 0 ? tagByKey.get(key) : undefined;
      if (tag === undefined) {
        const name = text.slice(last + 1, end).trimEnd();
        tag = nameIndex.get(name);
        if (tag === undefined) {
          tag = table.names.push(name);
          if (tag > 0xff) throw new Error(`gonghui-kg/lexicon: more than 255 part-of-speech tags in ${paths.join(', ')}`);
          nameIndex.set(name, tag);
        }
        if (key >= 0) tagByKey.set(key, tag);
      }
      const length = space - start;
      if (length === 1) {
        table.single[text.charCodeAt(start)] = tag;
        return;
      }
      for (let slot = hash(text, start, space) & mask; ; slot = (slot + 1) & mask) {
        const entry = table.slots[slot]! - 1;
        if (entry < 0) {
          table.slots[slot] = entries + 1;
          table.starts[entries] = used;
          table.lengths[entries] = length;
          table.tags[entries] = tag;
          for (let i = start; i < space; i++) table.chars[used++] = text.charCodeAt(i);
          entries++;
          return;
        }
        if (sameWord(table, entry, text, start, length)) {
          table.tags[entry] = tag;
          return;
        }
      }
    });
  }
  return table;
}

function sameWord(table: PosTags, entry: number, word: string, start: number, length: number): boolean {
  if (table.lengths[entry] !== length) return false;
  const from = table.starts[entry]!;
  for (let i = 0; i < length; i++) if (table.chars[from + i] !== word.charCodeAt(start + i)) return false;
  return true;
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
  if (word.length === 1) {
    const tag = tags.single[word.charCodeAt(0)]!;
    return tag > 0 ? tags.names[tag - 1]! : 'x';
  }
  const mask = tags.slots.length - 1;
  for (let slot = hash(word, 0, word.length) & mask; ; slot = (slot + 1) & mask) {
    const entry = tags.slots[slot]! - 1;
    if (entry < 0) return unknownWordTag(word);
    if (sameWord(tags, entry, word, 0, word.length)) return tags.names[tags.tags[entry]! - 1]!;
  }
}

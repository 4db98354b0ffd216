// Tokens with POS tags and offsets: nodejieba with the lexicon's user dictionary, loaded once per
// process (or worker thread).
import { createRequire } from 'node:module';
import { writeUserDictionary } from './lexicon/dictionary.js';

export interface Token {
  word: string;
  /** jieba POS tag; user-dictionary words carry the tags in lexicon/dictionary.ts (ns, nt, nnt). */
  tag: string;
  /** Offsets into the text given to tokenize. */
  start: number;
  end: number;
}

type Jieba = typeof import('nodejieba');

let jieba: Jieba | undefined;

/**
 * nodejieba with the user dictionary loaded (the first call loads it). A worker thread passes the
 * path its parent already wrote, saving the dictionary build.
 */
export function loadJieba(userDict?: string): Jieba {
  if (jieba === undefined) {
    // nodejieba is CommonJS with exports added at run time, so ESM named imports cannot see them.
    const loaded = createRequire(import.meta.url)('nodejieba') as Jieba;
    loaded.load({ userDict: userDict ?? writeUserDictionary() });
    jieba = loaded;
  }
  return jieba;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Segments and tags `text`; tokens cover the text end to end, whitespace included (tag "x"). */
export function tokenize(text: string): Token[] {
  // Lone surrogates come back from the native side as U+FFFD: the same length, so offsets hold,
  // but each token's text is taken from the input so names keep their exact characters.
  const tagged = loadJieba().tag(text.replace(LONE_SURROGATE, '\uFFFD'));
  const tokens: Token[] = [];
  let pos = 0;
  for (const { word, tag } of tagged) {
    const end = Math.min(text.length, pos + word.length);
    tokens.push({ word: text.slice(pos, end), tag, start: pos, end });
    pos = end;
  }
  return tokens;
}

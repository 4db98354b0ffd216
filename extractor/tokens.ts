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

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');

/** Segments and tags `text`; tokens cover the text end to end, whitespace included (tag "x"). */
export function tokenize(text: string): Token[] {
  // Lone surrogates come back from the native side as U+FFFD: the same length, so offsets hold,
  // but each token's text is taken from the input so names keep their exact characters.
  const repaired = LONE_SURROGATE.test(text);
  const tagged = loadJieba().tag(repaired ? text.replace(LONE_SURROGATES, '\uFFFD') : text);
  const tokens: Token[] = new Array(tagged.length);
  let pos = 0;
  for (let k = 0; k < tagged.length; k++) {
    const { word, tag } = tagged[k]!;
    const end = Math.min(text.length, pos + word.length);
    tokens[k] = { word: repaired ? text.slice(pos, end) : word, tag, start: pos, end };
    pos = end;
  }
  return tokens;
}

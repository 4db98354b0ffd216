// Tokens with POS tags and offsets: nodejieba with the lexicon's user dictionary, loaded once per
// process (or worker thread). Words come from nodejieba's `cut` with its HMM (the segmentation
// `tag` uses) and tags from lexicon/pos-tags.ts, the same as `tag` at about half the cost.
import { createRequire } from 'node:module';
import { writeKeywordStandIns, writeUserDictionary } from './lexicon/dictionary.js';
import { posTag, readPosTags, type PosTags } from './lexicon/pos-tags.js';

export interface Token {
  word: string;
  /** jieba POS tag; user-dictionary words carry the tags in lexicon/dictionary.ts (ns, nt, nnt). */
  tag: string;
  /** Offsets into the text given to tokenize. */
  start: number;
  end: number;
}

/** nodejieba, with the path of its main dictionary (missing from its typings). */
type Jieba = typeof import('nodejieba') & { DEFAULT_DICT: string };

let jieba: Jieba | undefined;
let tags: { userDict: string; table: PosTags } | undefined;

// nodejieba is CommonJS with exports added at run time, so ESM named imports cannot see them.
const requireJieba = (): Jieba => createRequire(import.meta.url)('nodejieba') as Jieba;

/**
 * The part-of-speech table of jieba's main dictionary and `userDict`, built once per process. It is
 * in shared memory: a worker thread is given its parent's (see loadJieba) instead of building its own.
 */
export function posTagsFor(userDict: string): PosTags {
  if (tags?.userDict !== userDict) tags = { userDict, table: readPosTags([requireJieba().DEFAULT_DICT, userDict]) };
  return tags.table;
}

/**
 * nodejieba with the user dictionary loaded (the first call loads it). A worker thread passes the
 * path its parent already wrote, saving the dictionary build, and the parent's tag table.
 */
export function loadJieba(userDict?: string, posTags?: PosTags): Jieba {
  if (jieba === undefined) {
    const loaded = requireJieba();
    const user = userDict ?? writeUserDictionary();
    loaded.load({ userDict: user, ...writeKeywordStandIns() });
    if (posTags) tags = { userDict: user, table: posTags };
    else posTagsFor(user);
    jieba = loaded;
  }
  return jieba;
}

/** The tag jieba's dictionaries give `word` alone (after tokenize or loadJieba has loaded them). */
export function dictionaryTag(word: string): string {
  if (tags === undefined) loadJieba();
  return posTag(tags!.table, word);
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');

/** Segments and tags `text`; tokens cover the text end to end, whitespace included (tag "x"). */
export function tokenize(text: string): Token[] {
  return tokenizeAll([text])[0]!;
}

/**
 * tokenize for many texts in one native call: jieba treats a newline as a hard break, so the
 * texts joined by newlines segment exactly as each does alone, and one call keeps jieba's
 * dictionary warm in the processor's cache instead of reloading it for every short article.
 */
export function tokenizeAll(texts: readonly string[]): Token[][] {
  const joined = texts.join('\n');
  // Lone surrogates come back from the native side as U+FFFD: the same length, so offsets hold,
  // but each token's text is taken from the input so names keep their exact characters.
  const repaired = LONE_SURROGATE.test(joined);
  // The second argument turns jieba's HMM on (the typings call it `strict`).
  const words = loadJieba().cut(repaired ? joined.replace(LONE_SURROGATES, '\uFFFD') : joined, true);
  const table = tags!.table;
  const out: Token[][] = [];
  let k = 0;
  let base = 0;
  for (const text of texts) {
    const tokens: Token[] = [];
    let pos = 0;
    while (pos < text.length && k < words.length) {
      const word = words[k++]!;
      const end = Math.min(text.length, pos + word.length);
      tokens.push({ word: repaired ? joined.slice(base + pos, base + end) : word, tag: posTag(table, word), start: pos, end });
      pos = end;
    }
    out.push(tokens);
    // Step over the joining newline, its own token.
    k++;
    base += text.length + 1;
  }
  return out;
}

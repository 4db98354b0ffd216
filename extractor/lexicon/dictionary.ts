// The nodejieba user dictionary, generated from the lexicon so place names, union and organization
// head words and titles come out as single tokens with a tag the recognizers can trust.
// nodejieba reads dictionaries from files only: writeUserDictionary puts it in a cache directory
// under a content-hash name, so every process (and worker thread) shares one identical file.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { KgError } from '../errors.js';
import { forEachDictionaryLine } from './dictionary-lines.js';
import { allAliases, allPlaces } from './gazetteer.js';
import {
  INITIATIVE_HEADS,
  ORGANIZATION_SUFFIXES,
  ORGANIZING_VERBS,
  PARTICIPATION_VERBS,
  SPEECH_VERBS,
  TITLES,
  UNION_SUFFIXES,
} from './terms.js';

/**
 * Tag and minimum frequency of each class of user word. jieba scores a segmentation by word
 * frequency, and a user word without one gets the dictionary's median (about 3 in 60 million),
 * too weak to split 总|工会主席 as 总工会|主席; a word jieba already knows keeps its own frequency
 * when that is higher. Tags: jieba's place (ns) and organization (nt), ICTCLAS's job title (nnt).
 */
export const USER_WORD_CLASSES = {
  place: { tag: 'ns', freq: 1000 },
  union: { tag: 'nt', freq: 20000 },
  organization: { tag: 'nt', freq: 5000 },
  title: { tag: 'nnt', freq: 5000 },
  verb: { tag: 'v', freq: 1000 },
  initiative: { tag: 'n', freq: 1000 },
} as const;

export interface UserWord {
  word: string;
  freq: number;
  tag: string;
}

/** jieba's own frequency of each of `words` it knows (one scan of its 350,000-line dictionary). */
function jiebaFrequencies(words: ReadonlySet<string>): Map<string, number> {
  const nodejieba = createRequire(import.meta.url)('nodejieba') as { DEFAULT_DICT: string };
  const found = new Map<string, number>();
  forEachDictionaryLine(readFileSync(nodejieba.DEFAULT_DICT, 'utf8'), (text, start, space, end) => {
    const word = text.slice(start, space);
    if (words.has(word)) found.set(word, Number.parseInt(text.slice(space + 1, end), 10));
  });
  return found;
}

/**
 * Every user word once (the first class wins: places, then union and organization head words,
 * titles, initiative heads), sorted by word. Single characters are left to jieba: a single-character
 * user word changes how jieba's HMM treats that character everywhere.
 */
export function userWords(): UserWord[] {
  const words = new Map<string, UserWord>();
  const add = (word: string, cls: { tag: string; freq: number }): void => {
    if (word.length < 2 || words.has(word)) return;
    words.set(word, { word, tag: cls.tag, freq: cls.freq });
  };
  // Streets outside Beijing are found by the place trie alone: 38,000 more user words would add a
  // fifth of a second to every thread's start-up and change no recognized name.
  for (const place of allPlaces({ streetsOutsideBeijing: false })) add(place.name, USER_WORD_CLASSES.place);
  for (const [alias] of allAliases()) add(alias, USER_WORD_CLASSES.place);
  for (const w of UNION_SUFFIXES) add(w, USER_WORD_CLASSES.union);
  for (const w of ORGANIZATION_SUFFIXES) add(w, USER_WORD_CLASSES.organization);
  for (const w of TITLES) add(w, USER_WORD_CLASSES.title);
  for (const w of [...SPEECH_VERBS, ...ORGANIZING_VERBS, ...PARTICIPATION_VERBS]) add(w, USER_WORD_CLASSES.verb);
  for (const w of INITIATIVE_HEADS) add(w, USER_WORD_CLASSES.initiative);
  const known = jiebaFrequencies(new Set(words.keys()));
  for (const w of words.values()) w.freq = Math.max(w.freq, known.get(w.word) ?? 0);
  return [...words.values()].sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
}

let dictionaryText: string | undefined;

/** The dictionary file's content: "word freq tag" per line, computed once per thread (it scans jieba's dictionary). */
export function userDictionaryText(): string {
  dictionaryText ??= userWords()
    .map((w) => `${w.word} ${w.freq} ${w.tag}\n`)
    .join('');
  return dictionaryText;
}

/** Where dictionaries are cached: $GONGHUI_KG_CACHE, else the system temp directory. */
export function cacheDir(): string {
  return process.env['GONGHUI_KG_CACHE'] ?? join(tmpdir(), 'gonghui-kg');
}

/** Writes `text` to `<name>-<content hash>.utf8` in `dir` (once per content) and returns its path. */
function writeCached(name: string, text: string, dir: string): string {
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 16);
  const path = join(dir, `${name}-${hash}.utf8`);
  if (!existsSync(path)) {
    try {
      mkdirSync(dir, { recursive: true });
      // Write then rename: concurrent processes and threads never see a half-written file.
      const temp = `${path}.${process.pid}.${threadId}.tmp`;
      writeFileSync(temp, text);
      renameSync(temp, path);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new KgError(
        'lexicon',
        `cannot write the segmentation dictionary to ${dir} (${reason}); set GONGHUI_KG_CACHE to a writable directory`,
        { cause: error },
      );
    }
  }
  return path;
}

/** Writes the user dictionary (once per content) and returns its path. */
export function writeUserDictionary(dir: string = cacheDir()): string {
  return writeCached('userdict', userDictionaryText(), dir);
}

/**
 * nodejieba's load also builds a keyword extractor from a 6 MB IDF table and a stop-word list,
 * which tokenizing never uses: one-line stand-ins save every thread a fifth of a second of start-up.
 */
export function writeKeywordStandIns(dir: string = cacheDir()): { idfDict: string; stopWordDict: string } {
  return { idfDict: writeCached('idf-unused', '的 1.0\n', dir), stopWordDict: writeCached('stopwords-unused', '的\n', dir) };
}

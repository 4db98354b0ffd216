// Chinese surnames from the chinese-surnames package, cleaned: the list has empty entries and
// lacks 付 (a common variant of 傅). Compound surnames (欧阳, 司马) are tried before single ones.
import list from 'chinese-surnames/index.json' with { type: 'json' };
import { wordIndex } from './wordset.js';

const EXTRA_SURNAMES = ['付'];

/** Unique, non-empty surnames: compound (longest) first, then the package's order (commonest first). */
export const SURNAMES: readonly string[] = (() => {
  const unique = [...new Set([...(list as string[]), ...EXTRA_SURNAMES].map((s) => s.trim()).filter((s) => s.length > 0))];
  return unique
    .map((s, i) => ({ s, i }))
    .sort((a, b) => b.s.length - a.s.length || a.i - b.i)
    .map(({ s }) => s);
})();

const SURNAME_SET = new Set(SURNAMES);
// Tried at every character of an article: a trie walk, not a slice per surname length.
const SURNAME_INDEX = wordIndex(SURNAMES);

export function isSurname(s: string): boolean {
  return SURNAME_SET.has(s);
}

/** The longest surname that starts at text[i] (欧阳 before 欧), or undefined. */
export function surnameAt(text: string, i: number): string | undefined {
  return SURNAME_INDEX.startingAt(text, i);
}

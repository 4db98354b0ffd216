// Chinese surnames from the chinese-surnames package, cleaned: the list has empty entries and
// lacks 付 (a common variant of 傅). Compound surnames (欧阳, 司马) are tried before single ones.
import list from 'chinese-surnames/index.json' with { type: 'json' };

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
const LENGTHS = [...new Set(SURNAMES.map((s) => s.length))].sort((a, b) => b - a);

export function isSurname(s: string): boolean {
  return SURNAME_SET.has(s);
}

/** The longest surname that starts at text[i] (欧阳 before 欧), or undefined. */
export function surnameAt(text: string, i: number): string | undefined {
  for (const length of LENGTHS) {
    if (i + length > text.length) continue;
    const candidate = text.slice(i, i + length);
    if (SURNAME_SET.has(candidate)) return candidate;
  }
  return undefined;
}

// Fast membership tests for word lists: which listed word a string ends with, or which starts at
// a position. Indexed by last (or first) character, so a scan over every token or character stays
// cheap however long the lists grow.

export interface WordIndex {
  /** The longest listed word that `text` ends with at `end`, or undefined. */
  endingAt(text: string, end: number): string | undefined;
  /** The longest listed word that starts at `text[pos]`, or undefined. */
  startingAt(text: string, pos: number): string | undefined;
}

export function wordIndex(words: readonly string[]): WordIndex {
  const byLast = new Map<string, string[]>();
  const byFirst = new Map<string, string[]>();
  const sorted = [...new Set(words)].filter((w) => w.length > 0).sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  for (const w of sorted) {
    const last = w[w.length - 1]!;
    const first = w[0]!;
    byLast.set(last, [...(byLast.get(last) ?? []), w]);
    byFirst.set(first, [...(byFirst.get(first) ?? []), w]);
  }
  return {
    endingAt(text, end) {
      const candidates = byLast.get(text[end - 1] ?? '');
      if (!candidates) return undefined;
      for (const w of candidates) if (end - w.length >= 0 && text.startsWith(w, end - w.length)) return w;
      return undefined;
    },
    startingAt(text, pos) {
      const candidates = byFirst.get(text[pos] ?? '');
      if (!candidates) return undefined;
      for (const w of candidates) if (text.startsWith(w, pos)) return w;
      return undefined;
    },
  };
}

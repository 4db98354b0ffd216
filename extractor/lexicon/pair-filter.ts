// Which two code units can begin a word of a list: a scan that tries every position of a text
// against several large lists (the gazetteer's tries, its streets outside Beijing) asks this one
// bit first, and most positions stop there. A hashed bit set: a false "may" costs only the full
// lookup it stands in front of; a "no" is always right.

const BITS = 22;

export interface PairFilter {
  /** Adds a word (of any length; a one-character word lets every pair that begins with it through). */
  add(word: string): void;
  /** Whether some word added may begin at text[i]. */
  mayStart(text: string, i: number): boolean;
}

/** The bit of a set of 2^bits that two code units hash to: Knuth's multiplicative hash, its top bits. */
export function pairSlot(first: number, second: number, bits: number): number {
  return Math.imul((first << 16) | second, 0x9e3779b1) >>> (32 - bits);
}

export function pairFilter(): PairFilter {
  const pairs = new Uint32Array((1 << BITS) / 32);
  const singles = new Uint8Array(0x10000);
  return {
    add(word) {
      if (word.length === 0) return;
      if (word.length === 1) {
        singles[word.charCodeAt(0)] = 1;
        return;
      }
      const s = pairSlot(word.charCodeAt(0), word.charCodeAt(1), BITS);
      pairs[s >>> 5]! |= 1 << (s & 31);
    },
    mayStart(text, i) {
      const first = text.charCodeAt(i);
      if (singles[first] === 1) return true;
      if (i + 1 >= text.length) return false;
      const s = pairSlot(first, text.charCodeAt(i + 1), BITS);
      return (pairs[s >>> 5]! & (1 << (s & 31))) !== 0;
    },
  };
}

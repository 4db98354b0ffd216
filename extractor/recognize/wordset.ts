// Fast membership tests for word lists: which listed word a string ends with, or which starts at
// a position. Two character tries (one read forwards, one backwards) keyed by UTF-16 code unit, so
// a scan over every token or character costs the length of the match, however long the lists grow.

export interface WordIndex {
  /** The longest listed word that `text` ends with at `end`, or undefined. */
  endingAt(text: string, end: number): string | undefined;
  /** The longest listed word that starts at `text[pos]`, or undefined. */
  startingAt(text: string, pos: number): string | undefined;
}

interface Node {
  next: Map<number, Node>;
  word?: string;
}

export function wordIndex(words: readonly string[]): WordIndex {
  const forward: Node = { next: new Map() };
  const backward: Node = { next: new Map() };
  const add = (root: Node, word: string, step: number): void => {
    let node = root;
    for (let k = step > 0 ? 0 : word.length - 1; k >= 0 && k < word.length; k += step) {
      const code = word.charCodeAt(k);
      let child = node.next.get(code);
      if (!child) {
        child = { next: new Map() };
        node.next.set(code, child);
      }
      node = child;
    }
    node.word = word;
  };
  for (const w of new Set(words)) {
    if (w.length === 0) continue;
    add(forward, w, 1);
    add(backward, w, -1);
  }
  return {
    endingAt(text, end) {
      let node: Node | undefined = backward;
      let found: string | undefined;
      if (end > text.length) return undefined;
      for (let k = end - 1; k >= 0; k--) {
        node = node.next.get(text.charCodeAt(k));
        if (!node) break;
        if (node.word !== undefined) found = node.word;
      }
      return found;
    },
    startingAt(text, pos) {
      let node: Node | undefined = forward;
      let found: string | undefined;
      if (pos < 0) return undefined;
      for (let k = pos; k < text.length; k++) {
        node = node.next.get(text.charCodeAt(k));
        if (!node) break;
        if (node.word !== undefined) found = node.word;
      }
      return found;
    },
  };
}

// Sentences with offsets. One left-to-right pass after a bracket-matching pass: linear time on any
// input, so an unbalanced quote or a 5,000-character sentence cannot make it hang.
import type { Span } from './types.js';

/** Characters that end a sentence (a run of them ends it once: ！？, ……). */
const TERMINATORS = '。！？；!?;…';

/** Paired quotes and brackets: a terminator inside a pair that continues does not end the sentence. */
const PAIRS: [open: string, close: string][] = [
  ['“', '”'],
  ['‘', '’'],
  ['「', '」'],
  ['『', '』'],
  ['（', '）'],
  ['(', ')'],
  ['《', '》'],
  ['【', '】'],
];

const OTHER = 0;
const TERMINATOR = 1;
const OPENER = 2;
const CLOSER = 3;
const NEWLINE = 4;
const SPACE = 5;

// Character classes by UTF-16 code unit: a table lookup per character keeps the pass fast.
const CLASS = new Uint8Array(0x10000);
for (const ch of TERMINATORS) CLASS[ch.charCodeAt(0)] = TERMINATOR;
for (const ch of ' \t\r\u3000\u00A0') CLASS[ch.charCodeAt(0)] = SPACE;
CLASS[10] = NEWLINE;
/** Opener code → index of its pair; closer code → the same index. */
const PAIR_OF = new Map<number, number>();
PAIRS.forEach(([open, close], k) => {
  CLASS[open.charCodeAt(0)] = OPENER;
  CLASS[close.charCodeAt(0)] = CLOSER;
  PAIR_OF.set(open.charCodeAt(0), k);
  PAIR_OF.set(close.charCodeAt(0), k);
});

/**
 * Marks the openers and closers that pair up within one line. Pairs never span a line break, so a
 * “ without its ” makes no pair and swallows nothing. One stack per kind keeps it linear.
 */
function matchPairs(text: string): Uint8Array {
  const matched = new Uint8Array(text.length);
  const stacks: number[][] = PAIRS.map(() => []);
  for (let i = 0; i < text.length; i++) {
    const cls = CLASS[text.charCodeAt(i)];
    if (cls === NEWLINE) {
      for (const stack of stacks) stack.length = 0;
    } else if (cls === OPENER) {
      stacks[PAIR_OF.get(text.charCodeAt(i))!]!.push(i);
    } else if (cls === CLOSER) {
      const openAt = stacks[PAIR_OF.get(text.charCodeAt(i))!]!.pop();
      if (openAt !== undefined) {
        matched[openAt] = 1;
        matched[i] = 1;
      }
    }
  }
  return matched;
}

/**
 * Splits text into sentences: 。！？；and …… end one, and so does a line break (titles and
 * paragraphs carry no final punctuation). Inside quotes or brackets a terminator ends the sentence
 * only when the quotation ends right after it (“……。” ends; “……。……” continues). Closing quotes
 * after a terminator belong to the sentence. Spans exclude surrounding whitespace; empty ones are dropped.
 */
export function splitSentences(text: string): Span[] {
  const matched = matchPairs(text);
  const classOf = (i: number): number => CLASS[text.charCodeAt(i)]!;
  /** Past any closers at i that pair with nothing: they still belong to the sentence before them. */
  const skipUnpairedClosers = (i: number): number => {
    while (i < text.length && classOf(i) === CLOSER && matched[i] === 0) i++;
    return i;
  };
  const spans: Span[] = [];
  let start = 0;
  let depth = 0;

  const emit = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && classOf(s) === SPACE) s++;
    while (e > s && classOf(e - 1) === SPACE) e--;
    if (e > s) spans.push({ start: s, end: e });
    start = end;
  };

  let i = 0;
  while (i < text.length) {
    const cls = classOf(i);
    if (cls === NEWLINE) {
      emit(i);
      start = i + 1;
      depth = 0;
      i++;
    } else if (cls === OPENER && matched[i] === 1) {
      depth++;
      i++;
    } else if (cls === CLOSER && matched[i] === 1) {
      depth = Math.max(0, depth - 1);
      i++;
      // “……。” — the quotation ended the sentence.
      if (depth === 0 && i >= 2 && classOf(i - 2) === TERMINATOR) emit(skipUnpairedClosers(i));
    } else if (cls === TERMINATOR) {
      while (i < text.length && classOf(i) === TERMINATOR) i++;
      if (depth === 0) {
        i = skipUnpairedClosers(i);
        emit(i);
      }
    } else {
      i++;
    }
  }
  emit(text.length);
  return spans;
}

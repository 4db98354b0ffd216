// Sentences with offsets. One left-to-right pass after a bracket-matching pass: linear time on any
// input, so an unbalanced quote or a 5,000-character sentence cannot make it hang.
import type { Span } from './types.js';

/** Characters that end a sentence (a run of them ends it once: ！？, ……). */
const TERMINATORS = new Set(['。', '！', '？', '；', '!', '?', ';', '…']);

/** Paired quotes and brackets: a terminator inside a pair that continues does not end the sentence. */
const PAIRS: Record<string, string> = {
  '“': '”',
  '‘': '’',
  '「': '」',
  '『': '』',
  '（': '）',
  '(': ')',
  '《': '》',
  '【': '】',
};
const OPENER_OF = new Map(Object.entries(PAIRS).map(([open, close]) => [close, open]));

const isSpace = (ch: string): boolean => ch === ' ' || ch === '\t' || ch === '\r' || ch === '\u3000' || ch === '\u00A0';

/**
 * Marks the openers and closers that pair up within one line. Pairs never span a line break, so a
 * “ without its ” makes no pair and swallows nothing. One stack per kind keeps it linear.
 */
function matchPairs(text: string): Uint8Array {
  const matched = new Uint8Array(text.length);
  const stacks = new Map<string, number[]>();
  for (const open of Object.keys(PAIRS)) stacks.set(open, []);
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      for (const stack of stacks.values()) stack.length = 0;
    } else if (ch in PAIRS) {
      stacks.get(ch)!.push(i);
    } else {
      const open = OPENER_OF.get(ch);
      const openAt = open === undefined ? undefined : stacks.get(open)!.pop();
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
  const spans: Span[] = [];
  let start = 0;
  let depth = 0;

  const emit = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text[s]!)) s++;
    while (e > s && isSpace(text[e - 1]!)) e--;
    if (e > s) spans.push({ start: s, end: e });
    start = end;
  };

  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '\n') {
      emit(i);
      start = i + 1;
      depth = 0;
      i++;
    } else if (matched[i] === 1 && ch in PAIRS) {
      depth++;
      i++;
    } else if (matched[i] === 1) {
      depth = Math.max(0, depth - 1);
      i++;
      if (depth === 0 && TERMINATORS.has(text[i - 2] ?? '')) {
        // “……。” — the quotation ended the sentence; take any further closers with it.
        while (i < text.length && OPENER_OF.has(text[i]!) && matched[i] === 0) i++;
        emit(i);
      }
    } else if (TERMINATORS.has(ch)) {
      while (i < text.length && TERMINATORS.has(text[i]!)) i++;
      if (depth === 0) {
        // Unpaired closers right after the terminator still belong to this sentence.
        while (i < text.length && OPENER_OF.has(text[i]!) && matched[i] === 0) i++;
        emit(i);
      }
    } else {
      i++;
    }
  }
  emit(text.length);
  return spans;
}

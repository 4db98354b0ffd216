// A page split into its non-empty lines, with the blank-line structure around them kept:
// newspaper pages flattened to text separate paragraphs by blank lines and layout boxes by more.

export interface Line {
  /** Offset of the first non-space character in the source text. */
  start: number;
  /** Offset just past the last non-space character. */
  end: number;
  /** The line without surrounding white space (source.slice(start, end)). */
  text: string;
  /** Blank lines between this line and the previous non-empty one (or the top of the text). */
  blankBefore: number;
}

const SPACE = /\s/;

/** Splits `text` at \n (a preceding \r belongs to the break); linear in the text length. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let blank = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    let start = lineStart;
    let end = lineEnd;
    while (start < end && SPACE.test(text[start]!)) start++;
    while (end > start && SPACE.test(text[end - 1]!)) end--;
    if (start === end) {
      blank++;
    } else {
      lines.push({ start, end, text: text.slice(start, end), blankBefore: blank });
      blank = 0;
    }
    lineStart = lineEnd + 1;
  }
  return lines;
}

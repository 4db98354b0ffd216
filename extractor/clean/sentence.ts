// Where sentences end. A line that stops mid-sentence was cut by a column break, not by the
// end of a paragraph.

const codes = (chars: string): Set<number> => new Set([...chars].map((c) => c.charCodeAt(0)));
/** Closing quotes and brackets that may follow the final punctuation of a sentence. */
const CLOSERS = codes('”’"\'」』）)】〕');
const FINAL = codes('。！？!?…；;');

/**
 * Whether `text` ends with the end of a sentence (。！？… possibly inside closing quotes). Read back
 * from the end: every line of a page is asked, and a regex would copy it and scan it from the start.
 */
export function endsSentence(text: string): boolean {
  let end = text.length;
  while (end > 0 && CLOSERS.has(text.charCodeAt(end - 1))) end--;
  return end > 0 && FINAL.has(text.charCodeAt(end - 1));
}

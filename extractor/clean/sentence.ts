// Where sentences end. A line that stops mid-sentence was cut by a column break, not by the
// end of a paragraph.

/** Closing quotes and brackets that may follow the final punctuation of a sentence. */
const CLOSERS = /[”’"'」』）)】〕]+$/;
const FINAL = /[。！？!?…；;]$/;

/** Whether `text` ends with the end of a sentence (。！？… possibly inside closing quotes). */
export function endsSentence(text: string): boolean {
  return FINAL.test(text.replace(CLOSERS, ''));
}

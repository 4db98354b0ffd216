// jieba's dictionary files hold one entry per line: the word, a space, then its frequency and tag
// ("工会 3431 n"). One reader for the modules that look words up in them.
/**
 * Calls `visit` for each line of a dictionary file's `text` that has a space after its word: the word is text[start, space) and
 * what follows it ("3431 n") text[space + 1, end). Offsets rather than strings, so a reader that
 * copies the words elsewhere (lexicon/pos-tags.ts) makes no string per line.
 */
export function forEachDictionaryLine(text: string, visit: (text: string, start: number, space: number, end: number) => void): void {
  for (let line = 0; line < text.length; ) {
    const eol = text.indexOf('\n', line);
    const end = eol < 0 ? text.length : eol;
    const space = text.indexOf(' ', line);
    if (space > line && space < end) visit(text, line, space, end);
    line = end + 1;
  }
}

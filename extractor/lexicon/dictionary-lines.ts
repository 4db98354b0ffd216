// jieba's dictionary files hold one entry per line: the word, a space, then its frequency and tag
// ("工会 3431 n"). One reader for the modules that look words up in them.
import { readFileSync } from 'node:fs';

/** Calls `visit` with each line's word and what follows its first space ("3431 n"); lines without a space are skipped. */
export function forEachDictionaryLine(path: string, visit: (word: string, fields: string) => void): void {
  const text = readFileSync(path, 'utf8');
  for (let line = 0; line < text.length; ) {
    const eol = text.indexOf('\n', line);
    const end = eol < 0 ? text.length : eol;
    const space = text.indexOf(' ', line);
    if (space > line && space < end) visit(text.slice(line, space), text.slice(space + 1, end));
    line = end + 1;
  }
}

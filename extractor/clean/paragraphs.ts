// Column breaks: a paragraph cut by the page layout continues on the next line ("考核合格的学
// \n\n\n\n员将获得"). Lines are joined until one ends a sentence.
import { endsSentence } from './sentence.js';
import type { Line } from './lines.js';

/** Groups consecutive body lines into paragraphs, joining lines cut mid-sentence. */
export function joinColumnBreaks(lines: readonly Line[]): Line[][] {
  const paragraphs: Line[][] = [];
  let current: Line[] = [];
  for (const line of lines) {
    current.push(line);
    if (endsSentence(line.text)) {
      paragraphs.push(current);
      current = [];
    }
  }
  if (current.length > 0) paragraphs.push(current);
  return paragraphs;
}

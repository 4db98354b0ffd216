// Column breaks: a paragraph cut by the page layout continues on the next line ("考核合格的学
// \n\n\n\n员将获得"). Lines are joined until one ends a sentence.
import { endsSentence } from './sentence.js';
import type { Line } from './lines.js';

/**
 * A post and the people holding it, on a line of its own (主席：周某, 副主席：吴某、郑某（兼职）): an
 * entry of a list of officials, complete without a sentence end.
 */
const POST_ENTRY = /^\p{Script=Han}{1,12}[：:]\s*\p{Script=Han}{2,4}(?:[（(][^（()）]{1,8}[）)])?(?:[、，,]\p{Script=Han}{2,4}(?:[（(][^（()）]{1,8}[）)])?)*$/u;

/** Groups consecutive body lines into paragraphs, joining lines cut mid-sentence. */
export function joinColumnBreaks(lines: readonly Line[]): Line[][] {
  const paragraphs: Line[][] = [];
  let current: Line[] = [];
  for (const line of lines) {
    current.push(line);
    if (endsSentence(line.text) || (current.length === 1 && POST_ENTRY.test(line.text))) {
      paragraphs.push(current);
      current = [];
    }
  }
  if (current.length > 0) paragraphs.push(current);
  return paragraphs;
}

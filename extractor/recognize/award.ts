// Awards as the article's subject (全国五一劳动奖和全国工人先锋号名单公布; 新增八个模范职工之家): when
// the title names an award, each award the article names is an initiative, its winners taking part
// in it (GUIDELINES). An award named only beside a person or body is a role, and stays unannotated.
import { AWARD_KINDS } from '../lexicon/awards.js';
import type { Span } from '../types.js';
import type { Candidate } from './candidate.js';
import { byEnd } from './ordered-spans.js';
import { scanPlaces } from './places.js';
import type { ArticleView } from './view.js';

/** A level printed before the kind that is no place: national, the capital's, a grade. */
const LEVEL = /(?:全国|首都|(?:省|市|区|县)级)$/;

/** The award kinds printed in `range` of `text`. */
function kindsIn(text: string, range: Span): { start: number; end: number; kind: string }[] {
  const found: { start: number; end: number; kind: string }[] = [];
  for (let end = range.start + 1; end <= range.end; end++) {
    const kind = AWARD_KINDS.endingAt(text, end);
    if (kind !== undefined && end - kind.length >= range.start) found.push({ start: end - kind.length, end, kind });
  }
  return found;
}

export function recognizeAwards(view: ArticleView): Candidate[] {
  const { text } = view;
  // Most articles are about no award: their title says so, and the text is not scanned.
  if (kindsIn(text, view.titleRange).length === 0) return [];
  const placesEnding = byEnd(scanPlaces(view));
  return kindsIn(text, { start: 0, end: text.length }).map(({ start: kindStart, end: kindEnd, kind }) => {
    // 全国工人先锋号, 北京市五一劳动奖章: the level is part of the award's name.
    const level = LEVEL.exec(text.slice(Math.max(0, kindStart - 2), kindStart))?.[0];
    let start = level !== undefined ? kindStart - level.length : (placesEnding.get(kindStart)?.[0]?.start ?? kindStart);
    let end = kindEnd;
    const key = text.slice(start, end);
    // Printed in quotes (“全国模范职工之家”), the name keeps them; the key is the award's own name.
    if (text[start - 1] === '“' && text[end] === '”') {
      start -= 1;
      end += 1;
    }
    return { type: 'Initiative', start, end, name: text.slice(start, end), head: kind, key } satisfies Candidate;
  });
}

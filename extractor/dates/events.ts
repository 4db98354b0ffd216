// When an initiative takes place: the date printed in a sentence that names it (近日，…研修班开班;
// 集中培训将于2025年10月13日至11月3日进行), resolved against the article's date. Dates inside a name
// (2025年城市更新…研修班) are part of the name, not a time.
import type { RelationContext } from '../relations/context.js';
import type { EventDate } from '../types.js';
import type { IsoDate } from './calendar.js';
import { findDateMentions, type DateMention } from './chinese.js';
import { resolveMention } from './resolve.js';

/** The date mention of a sentence nearest before `at`, else the first after it. */
function nearest(mentions: readonly DateMention[], at: number): DateMention[] {
  const before = mentions.filter((m) => m.end <= at).reverse();
  const after = mentions.filter((m) => m.start >= at);
  return [...before, ...after];
}

/** The stated time of each initiative of the article, by entity id. */
export function findEventDates(ctx: RelationContext, articleDate: IsoDate): Map<string, EventDate> {
  const found = new Map<string, EventDate>();
  const { view } = ctx;
  for (let s = 0; s < view.sentences.length; s++) {
    const mentions = ctx.bySentence[s]!;
    if (!mentions.some((m) => m.type === 'Initiative' && !found.has(m.entityId))) continue;
    const sentence = view.sentences[s]!;
    const text = view.text.slice(sentence.start, sentence.end);
    const dates = findDateMentions(text).filter(
      (d) => !mentions.some((m) => m.start < sentence.start + d.end && sentence.start + d.start < m.end),
    );
    if (dates.length === 0) continue;
    for (const m of mentions) {
      if (m.type !== 'Initiative' || found.has(m.entityId)) continue;
      for (const date of nearest(dates, m.start - sentence.start)) {
        const range = resolveMention(date, articleDate);
        if (range === undefined) continue;
        found.set(m.entityId, { text: date.text, start: range.start, end: range.end, evidence: ctx.view.toSource(sentence) });
        break;
      }
    }
  }
  return found;
}

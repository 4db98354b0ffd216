// HELD_AT: where an initiative takes place — 在P召开/举办/开班 with the initiative in the same
// sentence, or 走进/来到P in a sentence about the article's initiative.
import type { Relation } from '../types.js';
import { isPlace, relation, type RelationContext } from './context.js';

const AT_VERBS = /^(?:召开|举办|举行|开班|开幕|启动|进行|开展|展出|拉开帷幕|落下帷幕|成立)/;
const HOSTS = /^(?:召开|举办|举行)/;
/** Between two items of one list: 、 and at most one more item. */
const LIST_GAP = /^、(?:[^，。；：！？、,;:!?\n]{1,24}、)?$/;
const VISIT = /(?:走进|来到|前往|深入|赴)$/;

export function findHeldAt(ctx: RelationContext): Relation[] {
  const { view, resolved } = ctx;
  const { text } = view;
  const out: Relation[] = [];
  const seen = new Set<string>();
  for (let s = 0; s < ctx.bySentence.length; s++) {
    const mentions = ctx.bySentence[s]!;
    const sentence = view.sentences[s]!;
    const initiative = mentions.find((m) => m.type === 'Initiative')?.entityId;
    // Places inside an organization's name are the organization's, not a venue of their own.
    const venues = mentions.filter(
      (m) => !m.nested && (isPlace(m) || m.type === 'Organization') && !mentions.some((o) => o !== m && o.type === 'Organization' && o.start <= m.start && m.end <= o.end),
    );
    let visiting = -1;
    for (const m of venues) {
      const before = text.slice(Math.max(sentence.start, m.start - 3), m.start);
      let target: string | undefined;
      if (before.endsWith('在') && AT_VERBS.test(text.slice(m.end, m.end + 6))) target = initiative ?? resolved.mainInitiative;
      // 顺义区召开…座谈会: an area holding an event is where it takes place.
      else if (isPlace(m) && HOSTS.test(text.slice(m.end, m.end + 3)) && initiative !== undefined) target = initiative;
      else if (VISIT.test(before) || (visiting >= 0 && LIST_GAP.test(text.slice(visiting, m.start)))) {
        // 走进A、B、C: every place of the list is visited, past an item not recognized itself.
        target = initiative ?? resolved.mainInitiative;
      }
      visiting = target ? m.end : -1;
      if (!target) continue;
      const key = `${target}\u0000${m.entityId}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(relation('HELD_AT', target, m.entityId, ctx.view.toSource(sentence)));
    }
  }
  return out;
}

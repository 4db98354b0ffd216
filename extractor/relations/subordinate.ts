// SUBORDINATE_TO: one union under another, when the text says so: A下属（的）B, A所属B, B隶属于A.
import type { Relation } from '../types.js';
import { relation, type RelationContext } from './context.js';

export function findSubordinateTo(ctx: RelationContext): Relation[] {
  const { view } = ctx;
  const { text } = view;
  const out: Relation[] = [];
  for (let s = 0; s < ctx.bySentence.length; s++) {
    const mentions = ctx.bySentence[s]!;
    const unions = mentions.filter((m) => m.type === 'Union');
    for (let i = 0; i + 1 < unions.length; i++) {
      const a = unions[i]!;
      const b = unions[i + 1]!;
      const between = text.slice(a.end, b.start);
      if (/^(?:下属|所属|下辖)的?$/.test(between)) out.push(relation('SUBORDINATE_TO', b.entityId, a.entityId, ctx.view.toSource(view.sentences[s]!)));
      else if (/^隶属于$/.test(between)) out.push(relation('SUBORDINATE_TO', a.entityId, b.entityId, ctx.view.toSource(view.sentences[s]!)));
    }
  }
  return out;
}

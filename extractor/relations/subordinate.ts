// SUBORDINATE_TO: one union under another — when the text says so (A下属（的）B, A所属B,
// B隶属于A), and when a union's name says it is a branch of another the article names: …分会,
// …分工会, …工会小组, …车间工会 under the union whose name it begins with (X局工会 ← X局工会Y分会),
// and a branch company's union under its company's (X公司工会 ← X公司Y分公司工会).
import type { ResolvedMention } from '../resolve/article.js';
import type { Entity, Relation } from '../types.js';
import { relation, type RelationContext } from './context.js';

/** How the name of a branch union ends. */
const BRANCH = /(?:分会|分工会|工会小组|车间工会|分公司工会|分厂工会|支会)$/;
/** The head of a union's name, taken off to find what its branches' names begin with. */
const HEAD = /(?:工会委员会|工会)$/;

/** The union each branch union of the article is under, by their names. */
function branchesByName(unions: readonly Entity[]): [Entity, Entity][] {
  const pairs: [Entity, Entity][] = [];
  for (const branch of unions) {
    if (!BRANCH.test(branch.name)) continue;
    let parent: Entity | undefined;
    for (const u of unions) {
      if (u === branch || (BRANCH.test(u.name) && u.name.length >= branch.name.length)) continue;
      const stem = u.name.replace(HEAD, '');
      // The longest such name is the nearest union above (a 分会's 局工会, not the 总工会 of the city).
      if (stem.length >= 2 && stem !== u.name && branch.name.startsWith(stem) && branch.name.length > u.name.length && (!parent || u.name.length > parent.name.length)) parent = u;
    }
    if (parent) pairs.push([branch, parent]);
  }
  return pairs;
}

export function findSubordinateTo(ctx: RelationContext): Relation[] {
  const { view, resolved } = ctx;
  const { text } = view;
  const out: Relation[] = [];
  for (let s = 0; s < ctx.bySentence.length; s++) {
    const mentions = ctx.bySentence[s]!;
    const unions = mentions.filter((m) => m.type === 'Union');
    for (let i = 0; i + 1 < unions.length; i++) {
      const a = unions[i]!;
      const b = unions[i + 1]!;
      const between = text.slice(a.end, b.start);
      if (/^(?:下属|所属|下辖)的?$/.test(between)) out.push(relation('SUBORDINATE_TO', b.entityId, a.entityId, view.toSource(view.sentences[s]!)));
      else if (/^隶属于$/.test(between)) out.push(relation('SUBORDINATE_TO', a.entityId, b.entityId, view.toSource(view.sentences[s]!)));
    }
  }
  const first = new Map<string, ResolvedMention>();
  for (const m of resolved.mentions) if (!first.has(m.entityId) && !m.anaphor) first.set(m.entityId, m);
  const unions = resolved.entities.filter((e) => e.type === 'Union');
  for (const [branch, parent] of branchesByName(unions)) {
    const m = first.get(branch.id);
    if (m) out.push(relation('SUBORDINATE_TO', branch.id, parent.id, view.toSource(m)));
  }
  return out;
}

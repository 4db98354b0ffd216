// SUBORDINATE_TO: one union under another — when the text says so (A下属（的）B, A所属B,
// B隶属于A); when a union acts on a higher federation's plan or under its guidance (A按照B的统一
// 部署, 在B的指导下A…), B being the federation of a place that holds A's (federation.ts); and when
// a union's name says it is a branch of another: …分会, …分工会, …工会小组, …车间工会 under the union
// its name begins with (X局工会Y中心分会 ← X局工会, printed inside it or on its own), and a branch
// company's union under its company's (X公司工会 ← X公司Y分公司工会).
import type { ResolvedMention } from '../resolve/article.js';
import { BRANCH_NAME } from '../recognize/union.js';
import type { Entity, Relation } from '../types.js';
import { relation, type RelationContext } from './context.js';
import { isFederationOver } from './federation.js';

/** The head of a union's name, taken off to find what its branches' names begin with. */
const HEAD = /(?:工会委员会|工会)$/;

/** Words before the union whose plan is followed: A按照B的部署. */
const FOLLOWING = /(?:按照|根据|遵照|依照)$/;
/** After it: 的（统一）部署, 的要求, 统一安排. */
const PLAN = /^的?(?:统一|总体|工作)?(?:部署|要求|安排)/;
/** After a union printed after 在: 在B的指导下, 在B的领导下. */
const GUIDANCE = /^的?(?:大力|具体)?(?:指导|领导)下/;
/** What may stand between the acting union and the frame: a time word, a comma. */
const GAP = /^[，,]?(?:今年|近日|日前|近期|近年来)?[，,]?$/;

/** The union each branch union of the article is under, by their names. */
function branchesByName(unions: readonly Entity[]): [Entity, Entity][] {
  // Unions by the stem their branches' names begin with: each branch asks for its own beginnings,
  // so many unions stay linear.
  const byStem = new Map<string, Entity[]>();
  for (const u of unions) {
    const stem = u.name.replace(HEAD, '');
    if (stem.length < 2 || stem === u.name) continue;
    const list = byStem.get(stem);
    if (list) list.push(u);
    else byStem.set(stem, [u]);
  }
  const pairs: [Entity, Entity][] = [];
  for (const branch of unions) {
    if (!BRANCH_NAME.test(branch.name)) continue;
    let parent: Entity | undefined;
    for (let end = 2; end < branch.name.length; end++) {
      // The longest such name is the nearest union above (a 分会's 局工会, not the 总工会 of the city).
      for (const u of byStem.get(branch.name.slice(0, end)) ?? []) {
        if (u.name.length < branch.name.length && (!parent || u.name.length > parent.name.length)) parent = u;
      }
    }
    if (parent) pairs.push([branch, parent]);
  }
  return pairs;
}

/**
 * In one sentence's union mentions (nested ones left out), the pairs of a union and the
 * federation whose plan it follows or whose guidance it works under: [union, federation].
 */
function followedFederations(ctx: RelationContext, s: number, unions: readonly ResolvedMention[]): [ResolvedMention, ResolvedMention][] {
  const { text, sentences } = ctx.view;
  const from = sentences[s]!.start;
  const pairs: [ResolvedMention, ResolvedMention][] = [];
  for (let k = 0; k < unions.length; k++) {
    const b = unions[k]!;
    const after = text.slice(b.end, b.end + 8);
    const word = FOLLOWING.exec(text.slice(Math.max(from, b.start - 2), b.start))?.[0];
    const frame = word !== undefined ? PLAN.exec(after) : text[b.start - 1] === '在' && b.start > from ? GUIDANCE.exec(after) : null;
    if (!frame) continue;
    const opens = b.start - (word?.length ?? 1);
    const prev = unions[k - 1];
    const next = unions[k + 1];
    // The acting union is printed right before the frame (A按照B的部署…) or right after it (在B的指导下，A…).
    const a = prev && GAP.test(text.slice(prev.end, opens)) ? prev : next && GAP.test(text.slice(b.end + frame[0].length, next.start)) ? next : undefined;
    if (a && a.entityId !== b.entityId) pairs.push([a, b]);
  }
  return pairs;
}

export function findSubordinateTo(ctx: RelationContext): Relation[] {
  const { view, resolved, entities } = ctx;
  const { text } = view;
  const out: Relation[] = [];
  for (let s = 0; s < ctx.bySentence.length; s++) {
    const mentions = ctx.bySentence[s]!.filter((m) => m.type === 'Union');
    // A union printed at the start of a branch's name is the union it belongs to (the recognizer
    // nests no other union in a union's name); the pairs below are read between names printed apart.
    const unions: ResolvedMention[] = [];
    for (const m of mentions) {
      const outer = unions.at(-1);
      if (outer === undefined || m.start >= outer.end) unions.push(m);
      else if (m.start === outer.start && BRANCH_NAME.test(entities.get(outer.entityId)?.name ?? '')) {
        out.push(relation('SUBORDINATE_TO', outer.entityId, m.entityId, view.toSource(outer)));
      }
    }
    for (let i = 0; i + 1 < unions.length; i++) {
      const a = unions[i]!;
      const b = unions[i + 1]!;
      const between = text.slice(a.end, b.start);
      if (/^(?:下属|所属|下辖)的?$/.test(between)) out.push(relation('SUBORDINATE_TO', b.entityId, a.entityId, view.toSource(view.sentences[s]!)));
      else if (/^隶属于$/.test(between)) out.push(relation('SUBORDINATE_TO', a.entityId, b.entityId, view.toSource(view.sentences[s]!)));
    }
    for (const [a, b] of followedFederations(ctx, s, unions)) {
      if (isFederationOver(entities.get(b.entityId)!.name, entities.get(a.entityId)!.name)) {
        out.push(relation('SUBORDINATE_TO', a.entityId, b.entityId, view.toSource(view.sentences[s]!)));
      }
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

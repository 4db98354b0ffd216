// ORGANIZED: a union or organization hosts, undertakes, guides or carries out an initiative; the
// role is the verb printed. Patterns, within one sentence:
// - 由A、B主办/承办/指导 … I  (the bodies between 由 and the verb);
// - A …(verb)… I            (the sentence's subject body, with the bodies listed alongside it);
// - A“X”活动                 (a body printed right before the initiative's name);
// - 携手B / 联合B            (a partner body of the subject is a co-organizer).
import { ORGANIZING_VERBS } from '../lexicon/terms.js';
import type { ResolvedMention } from '../resolve/article.js';
import type { Relation } from '../types.js';
import { evidenceOf, isBody, relation, type RelationContext } from './context.js';

/** Verbs of carrying out an initiative that union news uses besides the lexicon's. */
const EXTRA_VERBS = ['启动', '实施', '打造', '推出', '推进', '创新', '探索', '深化', '举行', '开设', '组建', '评选认定', '评选', '组织开展', '联合举办', '召开'];
const VERBS: readonly string[] = [...new Set([...ORGANIZING_VERBS, ...EXTRA_VERBS])].sort((a, b) => b.length - a.length);

/** Words right before a body that make it an object or a place, not the subject. */
const NOT_SUBJECT_BEFORE = /(?:在|到|走进|来到|前往|向|为|对|给|邀请|携手|联合|与|和|同|跟|深入|慰问|看望|走访|依托|通过|针对|面向|从)$/;
const PARTNER_BEFORE = /(?:携手|联合)$/;

function verbAt(text: string, pos: number): string | undefined {
  return VERBS.find((v) => text.startsWith(v, pos));
}

export function findOrganized(ctx: RelationContext): Relation[] {
  const { view } = ctx;
  const { text } = view;
  const out: Relation[] = [];
  const seen = new Set<string>();
  const add = (from: string, to: string, role: string | undefined, s: number): void => {
    const key = `${from}\u0000${to}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(relation('ORGANIZED', from, to, evidenceOf(ctx, view.sentences[s]!), role));
  };

  ctx.bySentence.forEach((mentions, s) => {
    const sentence = view.sentences[s]!;
    const initiatives = mentions.filter((m) => m.type === 'Initiative');
    if (initiatives.length === 0) return;
    const bodies = mentions.filter((m) => isBody(m) && !m.nested);
    const firstInitiativeAfter = (pos: number): ResolvedMention | undefined =>
      initiatives.find((i) => i.start >= pos) ?? undefined;

    // 由A、B主办
    for (let at = text.indexOf('由', sentence.start); at >= 0 && at < sentence.end; at = text.indexOf('由', at + 1)) {
      let pos = at + 1;
      const listed: ResolvedMention[] = [];
      for (const b of bodies) {
        if (b.start < pos) continue;
        if (b.start !== pos) break;
        listed.push(b);
        pos = b.end;
        if (text[pos] === '、' || text[pos] === '和' || text[pos] === '与') pos++;
      }
      const verb = listed.length > 0 ? verbAt(text, pos) : undefined;
      if (!verb) continue;
      const target = firstInitiativeAfter(pos) ?? initiatives[initiatives.length - 1]!;
      for (const b of listed) add(b.entityId, target.entityId, verb, s);
    }

    // Subject … verb … initiative.
    const subject = bodies.find((b) => !NOT_SUBJECT_BEFORE.test(text.slice(Math.max(sentence.start, b.start - 4), b.start)) && text[b.start - 1] !== '由');
    if (subject) {
      const group = [subject];
      let pos = subject.end;
      for (const b of bodies) {
        if (b.start <= subject.start) continue;
        if (b.start === pos + 1 && /[、和与及]/.test(text[pos]!)) {
          group.push(b);
          pos = b.end;
        }
      }
      for (let v = pos; v < sentence.end; v++) {
        const verb = verbAt(text, v);
        if (!verb) continue;
        const target = firstInitiativeAfter(v + verb.length);
        if (target) {
          for (const b of group) add(b.entityId, target.entityId, verb, s);
          for (const b of bodies) {
            if (b.start > subject.end && b.start < v && PARTNER_BEFORE.test(text.slice(Math.max(sentence.start, b.start - 2), b.start))) {
              add(b.entityId, target.entityId, text.slice(b.start - 2, b.start), s);
            }
          }
          break;
        }
      }
    }

    // A body printed right before the initiative's name.
    for (const i of initiatives) {
      const b = bodies.find((x) => x.end === i.start);
      if (b) add(b.entityId, i.entityId, undefined, s);
    }
  });
  return out;
}

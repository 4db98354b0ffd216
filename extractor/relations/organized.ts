// ORGANIZED: a union or organization hosts, undertakes, guides or carries out an initiative; the
// role is the verb printed. Patterns, within one sentence:
// - 由A、B（共同）主办，C协办 … I  (the bodies between 由 and each verb);
// - A …(verb)… I             (the clause's subject body, with the bodies listed alongside it;
//                              a clause without one continues the last subject named);
// - A“X”活动, A今年“X”活动    (a body printed right before the initiative's name);
// - 携手B / 联合B             (a partner body of the subject is a co-organizer).
import { ORGANIZING_VERBS } from '../lexicon/terms.js';
import type { ResolvedMention } from '../resolve/article.js';
import { wordIndex } from '../lexicon/wordset.js';
import { byEnd, firstIndexFrom, firstStartingFrom } from '../recognize/ordered-spans.js';
import type { Relation } from '../types.js';
import { evidenceOf, isBody, relation, type RelationContext } from './context.js';

/** Verbs of carrying out an initiative that union news uses besides the lexicon's. */
const EXTRA_VERBS = ['启动', '实施', '打造', '推出', '推进', '创新', '探索', '深化', '举行', '开设', '组建', '评选认定', '组织开展', '联合举办', '召开', '做实做细'];
const VERBS = wordIndex([...ORGANIZING_VERBS, ...EXTRA_VERBS]);

/** Words right before a body that make it an object or a place, not the subject. */
const NOT_SUBJECT_BEFORE = /(?:在|到|走进|来到|前往|向|为|对|给|邀请|携手|联合|与|和|同|跟|深入|慰问|看望|走访|依托|通过|针对|面向|从|赴|由|下属|所属)$/;
const PARTNER_BEFORE = /(?:携手|联合)$/;
/** Words right after a body that make it a place where something happens (…内, …现场). */
const PLACE_AFTER = /^(?:内|里|中|门口|现场)/;
/** Marks that end a clause, and those that end a verb's clause, as char codes (tested at every character). */
const codes = (marks: string): Set<number> => new Set([...marks].map((ch) => ch.charCodeAt(0)));
const CLAUSE = codes('，,；;：:。！？');
const CLAUSE_END = codes('，,；;。！？');
/** Between the bodies of a 由 list and its verb: separators and adverbs of doing it together. */
const LIST_GLUE = /^(?:、|和|与|及|以及)$/;
const TOGETHER = /^(?:共同|联合|一起|一同)/;
/** Longest of the words allowed between a body and the initiative printed after it (本年度). */
const BETWEEN_MAX = 3;

function verbAt(text: string, pos: number): string | undefined {
  return VERBS.startingAt(text, pos);
}

export function findOrganized(ctx: RelationContext): Relation[] {
  const { view, resolved } = ctx;
  const { text } = view;
  const out: Relation[] = [];
  const seen = new Set<string>();
  const add = (from: string, to: string, role: string | undefined, s: number): void => {
    const key = `${from}\u0000${to}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(relation('ORGANIZED', from, to, evidenceOf(ctx, view.sentences[s]!), role));
  };
  let lastSubject: string[] | undefined;

  for (let s = 0; s < ctx.bySentence.length; s++) {
    const mentions = ctx.bySentence[s]!;
    // Nothing to relate, and no subject to carry on to the next sentence.
    if (mentions.length === 0) continue;
    const sentence = view.sentences[s]!;
    const initiatives = mentions.filter((m) => m.type === 'Initiative');
    const bodies = mentions.filter((m) => isBody(m) && !m.nested);
    // Asked at every verb of the sentence: each body is checked once.
    const subjectChecked = new Map<ResolvedMention, boolean>();
    const validSubject = (b: ResolvedMention): boolean => {
      let ok = subjectChecked.get(b);
      if (ok === undefined) {
        ok = !NOT_SUBJECT_BEFORE.test(text.slice(Math.max(sentence.start, b.start - 4), b.start)) && !PLACE_AFTER.test(text.slice(b.end, b.end + 2));
        subjectChecked.set(b, ok);
      }
      return ok;
    };
    // A body listed with its partners: A、B和C.
    const withListed = (first: ResolvedMention): ResolvedMention[] => {
      const group = [first];
      let pos = first.end;
      for (let k = firstIndexFrom(bodies, first.start + 1); k < bodies.length; k++) {
        const b = bodies[k]!;
        const glue = text.slice(pos, b.start);
        if (!LIST_GLUE.test(glue)) break;
        group.push(b);
        pos = b.end;
      }
      return group;
    };
    // 下属: the body after it is the one acting (丰台区医疗卫生工会下属长辛店医院工会…开展).
    const actor = (b: ResolvedMention): ResolvedMention => {
      const next = firstStartingFrom(bodies, b.end + 1);
      return next && /^(?:下属|所属)的?$/.test(text.slice(b.end, next.start)) ? next : b;
    };

    // 由A、B（共同）主办，C协办
    for (let at = text.indexOf('由', sentence.start); at >= 0 && at < sentence.end; at = text.indexOf('由', at + 1)) {
      let pos = at + 1;
      for (;;) {
        const listed: ResolvedMention[] = [];
        for (let k = firstIndexFrom(bodies, pos); k < bodies.length; k++) {
          const b = bodies[k]!;
          if (b.start < pos) continue;
          if (b.start !== pos) break;
          listed.push(b);
          pos = b.end;
          const glue = /^(?:、|和|与|及)/.exec(text.slice(pos));
          if (glue) pos += glue[0].length;
        }
        const together = TOGETHER.exec(text.slice(pos));
        if (together) pos += together[0].length;
        const verb = listed.length > 0 ? verbAt(text, pos) : undefined;
        if (!verb) break;
        pos += verb.length;
        const target = firstStartingFrom(initiatives, pos) ?? initiatives[initiatives.length - 1];
        if (target) for (const b of listed) add(b.entityId, target.entityId, verb, s);
        if (!/[，、]/.test(text[pos] ?? '')) break;
        pos++;
      }
    }

    // Subject … verb … initiative, clause by clause.
    let subjectIds: string[] | undefined;
    // Clause bounds move forward with the scan, so a long sentence is read in linear time.
    let clauseStart = sentence.start;
    let clauseEnd = sentence.start;
    // Verbs inside a name (职工创新工作室, …联合工会) are not the clause's verbs: the scan steps
    // past every name that has begun, to the furthest end among them.
    const names = mentions.filter((m) => m.type !== 'Person').sort((a, b) => a.start - b.start);
    let nextName = 0;
    let namedUntil = 0;
    // Bodies in the order they end, and the first (in the sentence's order) valid one ended so far.
    const endOrder = bodies.map((_, k) => k).sort((a, b) => bodies[a]!.end - bodies[b]!.end || a - b);
    let nextEnded = 0;
    let firstEnded = Infinity;
    for (let v = sentence.start; v < sentence.end; v++) {
      if (v > sentence.start && CLAUSE.has(text.charCodeAt(v - 1))) clauseStart = v;
      for (; nextName < names.length && names[nextName]!.start <= v; nextName++) namedUntil = Math.max(namedUntil, names[nextName]!.end);
      if (v < namedUntil) continue;
      const verb = verbAt(text, v);
      if (!verb) continue;
      // The first valid body of the sentence ended by v, kept as v moves on: bodies are read once.
      for (; nextEnded < endOrder.length && bodies[endOrder[nextEnded]!]!.end <= v; nextEnded++) {
        if (validSubject(bodies[endOrder[nextEnded]!]!)) firstEnded = Math.min(firstEnded, endOrder[nextEnded]!);
      }
      let subject: ResolvedMention | undefined;
      for (let k = firstIndexFrom(bodies, clauseStart); k < bodies.length && bodies[k]!.start < v && !subject; k++) {
        if (bodies[k]!.end <= v && validSubject(bodies[k]!)) subject = bodies[k];
      }
      subject ??= bodies[firstEnded];
      if (subject) subjectIds = withListed(actor(subject)).map((b) => b.entityId);
      // A clause without a subject continues the last one named (in its paragraph, else before it).
      const ids = subjectIds ?? lastSubject ?? (resolved.mainUnion ? [resolved.mainUnion] : []);
      if (clauseEnd < v + verb.length) {
        clauseEnd = v + verb.length;
        while (clauseEnd < sentence.end && !CLAUSE_END.has(text.charCodeAt(clauseEnd))) clauseEnd++;
      }
      // The object follows its verb closely (开展“春送岗位”活动, 举办2025年…竞赛).
      // The first initiative after the verb decides: a later one is further away still.
      const next = firstStartingFrom(initiatives, v + verb.length);
      const target = next && next.start < clauseEnd && next.start - (v + verb.length) <= 24 ? next : undefined;
      if (target) {
        for (const id of ids) add(id, target.entityId, verb, s);
        if (subject) {
          for (let k = firstIndexFrom(bodies, subject.end + 1); k < bodies.length && bodies[k]!.start < v; k++) {
            const b = bodies[k]!;
            if (PARTNER_BEFORE.test(text.slice(Math.max(sentence.start, b.start - 2), b.start))) {
              add(b.entityId, target.entityId, text.slice(b.start - 2, b.start), s);
            }
          }
        }
      }
      v += verb.length - 1;
    }
    if (subjectIds) lastSubject = subjectIds;

    // A union's meeting named after it (…联合工会第一次会员大会召开) is the union's own.
    const unionsAt = new Map<number, ResolvedMention[]>();
    for (const m of mentions) if (m.type === 'Union') unionsAt.set(m.start, [...(unionsAt.get(m.start) ?? []), m]);
    for (const i of initiatives) {
      const own = unionsAt.get(i.start)?.find((b) => b.end < i.end);
      if (own) add(own.entityId, i.entityId, verbAt(text, i.end), s);
    }

    // A body printed right before the initiative's name, or with only a time word between.
    const bodiesEnding = byEnd(bodies);
    const orderOf = new Map(bodies.map((b, k) => [b, k]));
    for (const i of initiatives) {
      // The words allowed between are short: only bodies ending just before are looked at, the first in order kept.
      let b: ResolvedMention | undefined;
      for (let end = Math.max(0, i.start - BETWEEN_MAX); end <= i.start; end++) {
        for (const x of bodiesEnding.get(end) ?? []) {
          if (/^(?:今年|今年的|年度|本年度|此次|本次)?$/.test(text.slice(x.end, i.start)) && (!b || orderOf.get(x)! < orderOf.get(b)!)) b = x;
        }
      }
      if (b) add(actor(b).entityId, i.entityId, undefined, s);
    }
  }
  return out;
}

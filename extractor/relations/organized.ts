// ORGANIZED: a union or organization hosts, undertakes, guides or carries out an initiative; the
// role is the verb printed. Patterns, within one sentence:
// - 由A、B（共同）主办，C协办 … I  (the bodies between 由 and each verb);
// - A …(verb)… I             (the clause's subject body, with the bodies listed alongside it;
//                              a clause without one continues the last subject named);
// - A“X”活动, A今年“X”活动    (a body printed right before the initiative's name);
// - 携手B / 联合B             (a partner body of the subject is a co-organizer);
// - 在A的指导下, A统一部署     (A guides the event of the sentence, or the article's).
import { ORGANIZING_VERBS } from '../lexicon/terms.js';
import type { ResolvedMention } from '../resolve/article.js';
import { wordIndex } from '../lexicon/wordset.js';
import { byEnd, byStart, firstIndexFrom, firstStartingFrom } from '../recognize/ordered-spans.js';
import type { Relation } from '../types.js';
import { isBody, isPlace, relation, type RelationContext } from './context.js';

/** Verbs of carrying out an initiative that union news uses besides the lexicon's. */
const EXTRA_VERBS = ['颁奖', '启动', '实施', '打造', '推出', '推进', '创新', '探索', '深化', '举行', '开设', '组建', '评选认定', '组织开展', '联合举办', '召开', '做实做细'];
const VERBS = wordIndex([...ORGANIZING_VERBS, ...EXTRA_VERBS]);

/** Words right before a body that make it an object, a place or a credit (作者：某报刊社), not the subject. */
const NOT_SUBJECT_BEFORE = /(?:在|到|走进|来到|前往|向|为|对|给|邀请|携手|联合|与|和|同|跟|深入|慰问|看望|走访|依托|通过|针对|面向|从|赴|由|下属|所属|(?:来源|作者|供稿|编辑|通讯员|记者)[:：])$/;
const PARTNER_BEFORE = /(?:携手|联合)$/;
/** Words right after a body that make it a place where something happens (…内, …现场). */
const PLACE_AFTER = /^(?:内|里|中|门口|现场)/;
/** Marks that end a clause, and those that end a verb's clause, as a table by char code (asked at every character). */
const codes = (marks: string): Uint8Array => {
  const table = new Uint8Array(0x10000);
  for (const ch of marks) table[ch.charCodeAt(0)] = 1;
  return table;
};
const CLAUSE = codes('，,；;：:。！？');
const CLAUSE_END = codes('，,；;。！？');
/** Between the bodies of a 由 list and its verb: separators and adverbs of doing it together. */
const LIST_GLUE = /^(?:、|和|与|及|以及)$/;
const TOGETHER = /^(?:共同|联合|一起|一同)/;
/** A speech reported: what follows is called for, not done (会议强调，要…; 他希望…). */
const CALLING = /强调|指出|要求|希望|号召|倡议/;
/**
 * 要 as a modal (要聚焦…，实施…计划; 要着眼…，大力推进…): what must be done, not what was. Not 重要,
 * 主要, 需要, 要求 … where 要 is part of another word.
 */
const MODAL = /(?<![重主需只必首紧纪摘扼简提想])要(?![求素点闻是害件务领])/;
/**
 * A sentence whose subject is a counted or distributive noun (5家学院…, 各基层工会…), after a
 * leading time phrase: its bodies are unnamed, not the union named before.
 */
const UNNAMED_SUBJECT = /^(?:[^，,。；;]{1,8}[，,])?(?:\d+|[一二三四五六七八九十百两几多]+)(?:家|个|所|支)|^(?:[^，,。；;]{1,8}[，,])?各(?:级|基层|类|单位|企业)/;
/** Verbs of handing out awards at an event (A、B共同为…颁奖): their object is a winner, not the event. */
const AWARDING = new Set(['颁奖']);
/** 在A、开展B、C等方面: the verb is an item of a list of fields, not an act. */
const FIELDS_AFTER = /^[^，,；;。！？]*?等?(?:方面|领域)/;
/** After a body guiding an event: 的指导下 (with 在 before the body), or 统一部署. */
const GUIDING = /^的?(?:(?:大力)?(?:指导|支持|领导|指导和支持|关心和支持)下|统一(部署))/;
/** The characters GUIDING can begin with, asked before it (most bodies are followed by none). */
const GUIDING_FIRST = '的大指支领关统';

function verbAt(text: string, pos: number): string | undefined {
  const verb = VERBS.startingAt(text, pos);
  // 组织部, 宣传部: a party department's name, not the verb.
  return verb !== undefined && text[pos + verb.length] === '部' ? undefined : verb;
}

/** Facts of a sentence that every verb in it is checked against. */
interface SentenceFacts {
  /** Whether each body can be the subject of a verb. */
  valid: boolean[];
  firstValid: ResolvedMention | undefined;
  /** Bodies preceded by a partner word (携手/联合 B), the only ones the partner loop can take. */
  partners: ResolvedMention[];
  /** Where the sentence starts reporting a call (会议强调，…), or -1. */
  callingAt: number;
  /** Where a modal 要 is, or -1. */
  modalAt: number;
  unnamedSubject: boolean;
  /** Ends of the places (not nested in a name) of the sentence. */
  placeEnds: Set<number>;
}

function sentenceFacts(text: string, sentence: { start: number; end: number }, mentions: readonly ResolvedMention[], bodies: readonly ResolvedMention[]): SentenceFacts {
  const words = text.slice(sentence.start, sentence.end);
  const call = words.search(CALLING);
  const modal = words.search(MODAL);
  const valid = bodies.map((b) => !NOT_SUBJECT_BEFORE.test(text.slice(Math.max(sentence.start, b.start - 4), b.start)) && !PLACE_AFTER.test(text.slice(b.end, b.end + 2)));
  return {
    valid,
    firstValid: bodies[valid.indexOf(true)],
    partners: bodies.filter((b) => PARTNER_BEFORE.test(text.slice(Math.max(sentence.start, b.start - 2), b.start))),
    callingAt: call < 0 ? -1 : sentence.start + call,
    modalAt: modal < 0 ? -1 : sentence.start + modal,
    unnamedSubject: UNNAMED_SUBJECT.test(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 24))),
    placeEnds: new Set(mentions.filter((m) => isPlace(m) && !m.nested).map((m) => m.end)),
  };
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
    out.push(relation('ORGANIZED', from, to, ctx.view.toSource(view.sentences[s]!), role));
  };
  let lastSubject: string[] | undefined;
  // The next 由 from where the scan stands: a sentence without one does not search on to the next that has one.
  let nextBy = text.indexOf('由');
  /** The last initiative named before the sentence, the event a later sentence goes on about (晚会上，…). */
  let lastEvent: string | undefined;

  for (let s = 0; s < ctx.bySentence.length; s++) {
    const mentions = ctx.bySentence[s]!;
    // Nothing to relate, and no subject to carry on to the next sentence.
    if (mentions.length === 0) continue;
    const sentence = view.sentences[s]!;
    const initiatives = mentions.filter((m) => m.type === 'Initiative');
    const bodies = mentions.filter((m) => isBody(m) && !m.nested);
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
    if (nextBy >= 0 && nextBy < sentence.start) nextBy = text.indexOf('由', sentence.start);
    for (; nextBy >= 0 && nextBy < sentence.end; nextBy = text.indexOf('由', nextBy + 1)) {
      let pos = nextBy + 1;
      for (;;) {
        const listed: ResolvedMention[] = [];
        for (let k = firstIndexFrom(bodies, pos); k < bodies.length && bodies[k]!.start === pos; k++) {
          const b = bodies[k]!;
          listed.push(b);
          pos = b.end;
          const glue = /^(?:、|和|与|及)/.exec(text.slice(pos, pos + 2));
          if (glue) pos += glue[0].length;
        }
        const together = TOGETHER.exec(text.slice(pos, pos + 2));
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

    // What the verbs of the sentence are checked against, found at its first verb: most sentences have none.
    let facts: SentenceFacts | undefined;

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
    // The first valid body from the clause's start: moves forward with the clause.
    let clauseBody = 0;
    for (let v = sentence.start; v < sentence.end; v++) {
      if (v > sentence.start && CLAUSE[text.charCodeAt(v - 1)] === 1) clauseStart = v;
      for (; nextName < names.length && names[nextName]!.start <= v; nextName++) namedUntil = Math.max(namedUntil, names[nextName]!.end);
      if (v < namedUntil) continue;
      const verb = verbAt(text, v);
      if (!verb) continue;
      facts ??= sentenceFacts(text, sentence, mentions, bodies);
      const { valid, firstValid, partners, callingAt, modalAt, unnamedSubject, placeEnds } = facts;
      clauseBody = Math.max(clauseBody, firstIndexFrom(bodies, clauseStart));
      while (clauseBody < bodies.length && !valid[clauseBody]) clauseBody++;
      const inClause = bodies[clauseBody];
      const subject = inClause !== undefined && inClause.end <= v ? inClause : firstValid !== undefined && firstValid.end <= v ? firstValid : undefined;
      if (subject) subjectIds = withListed(actor(subject)).map((b) => b.entityId);
      // A clause without a subject continues the last one named (in its paragraph, else before it).
      // 自某区开展…活动以来, 5家学院…承办: an area or unnamed bodies doing it are the clause's own
      // subject, and no body is carried on from before.
      const otherSubject = (placeEnds.has(v) && !(subject && subject.start >= clauseStart)) || (subject === undefined && unnamedSubject);
      const ids = otherSubject ? [] : (subjectIds ?? lastSubject ?? (resolved.mainUnion ? [resolved.mainUnion] : []));
      if (clauseEnd < v + verb.length) {
        clauseEnd = v + verb.length;
        while (clauseEnd < sentence.end && CLAUSE_END[text.charCodeAt(clauseEnd)] !== 1) clauseEnd++;
      }
      // The object follows its verb closely (开展“春送岗位”活动, 举办2025年…竞赛).
      const next = firstStartingFrom(initiatives, v + verb.length);
      let target: { entityId: string } | undefined = next !== undefined && next.start < clauseEnd && next.start - (v + verb.length) <= 24 ? next : undefined;
      // 晚会上，A、B共同为某某等颁奖: a body of the clause handing out awards hosts the event it is at.
      if (target === undefined && AWARDING.has(verb) && subject !== undefined && subject.start >= clauseStart) {
        let before: ResolvedMention | undefined;
        for (const i of initiatives) if (i.end <= clauseStart && !i.nested) before = i;
        const event = before?.entityId ?? lastEvent ?? resolved.mainInitiative;
        if (event !== undefined) target = { entityId: event };
      }
      // 在人才培养、开展技能竞赛等方面: a field the sentence lists, not something done.
      if (target !== undefined && text.lastIndexOf('在', v) >= clauseStart && FIELDS_AFTER.test(text.slice(v, clauseEnd))) target = undefined;
      // 会议强调，要大力推进…活动: what a speech calls for is not an act of the union named before.
      const called = !(subject && subject.start >= clauseStart) && callingAt >= 0 && callingAt < v;
      // 全区各级工会要…实施…计划: a duty set for no body named in the sentence is no act of the last one named.
      const bidden = subject === undefined && modalAt >= 0 && modalAt < v;
      if (target && !called && !bidden) {
        for (const id of ids) add(id, target.entityId, verb, s);
        if (subject) {
          for (let k = firstIndexFrom(partners, subject.end + 1); k < partners.length && partners[k]!.start < v; k++) {
            const b = partners[k]!;
            // 联合A、B开展: every body listed after the partner word is a partner.
            for (const listed of withListed(b)) if (listed.end <= v) add(listed.entityId, target.entityId, text.slice(b.start - 2, b.start), s);
          }
        }
      }
      v += verb.length - 1;
    }
    if (subjectIds) lastSubject = subjectIds;
    for (const i of initiatives) if (!i.nested) lastEvent = i.entityId;

    // A union's meeting named after it (…联合工会第一次会员大会召开) is the union's own.
    if (initiatives.length > 0) {
      const unionsAt = byStart(mentions.filter((m) => m.type === 'Union'));
      for (const i of initiatives) {
        const own = unionsAt.get(i.start)?.find((b) => b.end < i.end);
        if (own) add(own.entityId, i.entityId, verbAt(text, i.end), s);
      }
    }

    // 在A的指导下, 在A的大力支持下, 按照A统一部署: A guides the sentence's event.
    for (const b of bodies) {
      if (!GUIDING_FIRST.includes(text.charAt(b.end))) continue;
      const frame = GUIDING.exec(text.slice(b.end, b.end + 10));
      if (!frame || (frame[1] === undefined && !/在$/.test(text.slice(Math.max(sentence.start, b.start - 1), b.start)))) continue;
      const target = firstStartingFrom(initiatives, b.end)?.entityId ?? resolved.mainInitiative;
      if (target) add(b.entityId, target, frame[1] !== undefined ? '部署' : /支持/.test(frame[0]) ? '支持' : '指导', s);
    }

    // A body printed right before the initiative's name, or with only a time word between.
    // What stands between is at most a three-character time word: only bodies ending that close are asked.
    if (initiatives.length === 0) continue;
    const bodiesEnding = byEnd(bodies);
    const order = new Map(bodies.map((b, k) => [b, k]));
    for (const i of initiatives) {
      let b: ResolvedMention | undefined;
      for (let end = Math.max(sentence.start, i.start - 3); end <= i.start; end++) {
        for (const x of bodiesEnding.get(end) ?? []) {
          if (/^(?:今年|今年的|年度|本年度|此次|本次)?$/.test(text.slice(x.end, i.start)) && (b === undefined || order.get(x)! < order.get(b)!)) b = x;
        }
      }
      if (b) add(actor(b).entityId, i.entityId, undefined, s);
    }
  }
  return out;
}

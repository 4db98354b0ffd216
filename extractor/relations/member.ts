// MEMBER_OF: a person holds a post in, or works for, a union or organization — printed as the body,
// then the title, then the name (北京市总工会党组成员李振华, 区总工会主席何建平); a second body and
// title before a comma belong to the same person (延庆区人大常委会党组副书记、副主任，区总工会主席何建平).
import type { ResolvedMention } from '../resolve/article.js';
import { byEnd, byStart, firstIndexFrom } from '../recognize/ordered-spans.js';
import { endsWithTitle } from '../recognize/person.js';
import type { Relation } from '../types.js';
import { isBody, relation, type RelationContext } from './context.js';

/** Text between a body and the name: titles only (no clause punctuation, at most a few words). */
const TITLE_RUN = /^[”"]?[\p{Script=Han}、]{1,14}$/u;
/** Words no title holds: what stands between them is a clause (区总工会共同为张某颁奖), not a post. */
const NOT_A_TITLE = /为|向|对|给|在|共同|将|把|被|让|从|等/;
/** Between two names of one list of posts: a separator and the next one's title, if any (empty, or ending like a post). */
const LISTED = /^[，、,](|[\p{Script=Han}]{0,8}(?:主席|书记|主任|委员|部长|经理|巡视员|秘书长|会长|院长|校长|局长|处长|科长|队长|组长|干事|成员|代表))$/u;

/** A federation of unions (区总工会, 工会联合会): a bare 工会 in its article is not its own post. */
const FEDERATION = /总工会|工会联合会/;

export function findMemberOf(ctx: RelationContext): Relation[] {
  const { view, entities } = ctx;
  const { text } = view;
  const out: Relation[] = [];
  // On a company's or an institution's own union page, a bare 工会 in a post (公司党委副书记、工会主席某)
  // is the article's union.
  const ownUnion = ctx.resolved.mainUnion === undefined ? undefined : entities.get(ctx.resolved.mainUnion);
  const bareUnion = ownUnion !== undefined && !FEDERATION.test(ownUnion.name) ? ownUnion : undefined;
  // A studio named after a person (韩冬创新工作室, 全国劳模马春生创新工作室) is led by that person.
  const persons = [...entities.values()].filter((e) => e.type === 'Person');
  const firstMention = new Map<string, ResolvedMention>();
  for (const m of ctx.resolved.mentions) if (!firstMention.has(m.entityId)) firstMention.set(m.entityId, m);
  for (const studio of entities.values()) {
    if (studio.type !== 'Organization' || !studio.name.endsWith('工作室')) continue;
    const leader = persons.find((p) => studio.name.includes(p.name));
    const m = firstMention.get(studio.id);
    if (leader && m) out.push(relation('MEMBER_OF', leader.id, studio.id, view.toSource(m)));
  }
  for (let s = 0; s < ctx.bySentence.length; s++) {
    const mentions = ctx.bySentence[s]!;
    const people = mentions.filter((m) => m.type === 'Person');
    // Every pattern below relates a person: a sentence naming none is spared the maps.
    if (people.length === 0) continue;
    const sentence = view.sentences[s]!;
    const bodies = mentions.filter((m) => isBody(m));
    // Bodies and persons looked up by position: a long sentence with many of both stays linear.
    const bodiesEnding = byEnd(bodies);
    const bodiesStarting = byStart(bodies);
    const order = new Map(bodies.map((b, k) => [b, k]));
    // 来自北京市颐和园管理处的刘洋, 某公司的陈某、某厂的林某: a person introduced by where they work.
    for (const person of mentions) {
      if (person.type !== 'Person') continue;
      const body = bodiesEnding.get(person.start - 1)?.find((b) => text[b.end] === '的' && !b.nested);
      if (body) out.push(relation('MEMBER_OF', person.entityId, body.entityId, view.toSource(sentence)));
      // 孙立伟是北京宏远建设集团的一名电焊工: the body a person is said to work at, with the post.
      const employer = text[person.end] === '是' ? bodiesStarting.get(person.end + 1)?.find((b) => text[b.end] === '的') : undefined;
      if (employer) {
        const post = /^的(?:一名|一位)?([\p{Script=Han}]{2,8}?)(?=[，。；、]|$)/u.exec(text.slice(employer.end, sentence.end))?.[1];
        out.push(relation('MEMBER_OF', person.entityId, employer.entityId, view.toSource(sentence), post));
      }
    }
    // 选举刘洋为区总工会副主席: the post a person is elected or appointed to, in the body printed after 为.
    for (const person of people) {
      const body = text[person.end] === '为' ? bodiesStarting.get(person.end + 1)?.find((b) => !b.nested) : undefined;
      const post = body && /^[\p{Script=Han}、]{1,12}?(?=[，。；,;]|$)/u.exec(text.slice(body.end, sentence.end))?.[0];
      if (body && post && endsWithTitle(post)) out.push(relation('MEMBER_OF', person.entityId, body.entityId, view.toSource(sentence), post));
    }
    /** The first body and post found for each person of the sentence, for the names listed after them. */
    const posted = new Map<ResolvedMention, { bodyId: string; role: string | undefined }>();
    for (const person of mentions) {
      if (person.type !== 'Person') continue;
      // 某某股份张三: a body printed right against the name is where the person works.
      const against = bodiesEnding.get(person.start)?.find((b) => !b.nested);
      if (against && !(person.roles && person.roles.length > 0)) {
        out.push(relation('MEMBER_OF', person.entityId, against.entityId, view.toSource(sentence)));
        posted.set(person, { bodyId: against.entityId, role: undefined });
        continue;
      }
      if (!person.roles || person.roles.length === 0) continue;
      const title = person.roles[0]!;
      const titleStart = person.start - title.length;
      if (
        bareUnion !== undefined &&
        text.startsWith('工会', titleStart - 2) &&
        // A bare 工会 opens the post: at the sentence's start, after a separator, or where a list
        // of those present begins (参加慰问的有工会常务副主席某).
        (titleStart - 2 === sentence.start || /[、，,\s：:]/.test(text[titleStart - 3] ?? '') || /(?:的有|还有|包括)$/.test(text.slice(titleStart - 5, titleStart - 2))) &&
        !bodiesEnding.get(titleStart)?.some((b) => b.type === 'Union')
      ) {
        out.push(relation('MEMBER_OF', person.entityId, bareUnion.id, view.toSource(sentence), title));
        posted.set(person, { bodyId: bareUnion.id, role: title });
        continue;
      }
      let end = person.start;
      let afterComma = false;
      for (;;) {
        // The last body (in mention order) ending within the 15 characters before `end`.
        let body: ResolvedMention | undefined;
        for (let e = end; e > end - 16; e--) {
          for (const b of bodiesEnding.get(e) ?? []) if (body === undefined || order.get(b)! > order.get(body)!) body = b;
        }
        if (!body) break;
        const titles = text.slice(body.end, end);
        if (!TITLE_RUN.test(titles) || /^(?:、|和)/.test(titles) || NOT_A_TITLE.test(titles)) break;
        // Someone else's name between the body and this person: the posts are theirs.
        let other = false;
        for (let k = firstIndexFrom(people, body.end); k < people.length && people[k]!.start < end && !other; k++) {
          other = people[k] !== person && people[k]!.end <= end;
        }
        if (other) break;
        // 某公司的快递员张某: the post is 快递员.
        const role = titles.replace(/^[”"]/, '').replace(/^的(?:一名|一位)?/, '').replace(/[，,、]$/, '');
        if (role === '') break;
        // A body before a comma holds another post of the same person only when a title ends what
        // follows it (…副主任，区总工会主席某; not 某公司工会出席会议，区总工会代表某).
        if (afterComma && !endsWithTitle(role)) break;
        out.push(relation('MEMBER_OF', person.entityId, body.entityId, view.toSource(sentence), role));
        if (!posted.has(person)) posted.set(person, { bodyId: body.entityId, role });
        // Another body and its titles before a comma or 、 describe the same person
        // (区人大常委会副主任、区总工会主席张某).
        const sep = text[body.start - 1];
        if (sep !== '，' && sep !== ',' && sep !== '、') break;
        afterComma = sep !== '、';
        end = body.start - 1;
      }
    }
    // 区总工会主席张某，常务副主席李某、副主席王某、赵某: names listed after a posted one, each with
    // its own title or the one before it, hold their posts in the same body.
    let last: { person: ResolvedMention; at: number; bodyId: string; role: string | undefined } | undefined;
    for (let at = 0; at < mentions.length; at++) {
      const person = mentions[at]!;
      if (person.type !== 'Person') continue;
      const own = posted.get(person);
      if (own) {
        last = { person, at, ...own };
        continue;
      }
      // Mentions are in order: another one between the two names is one printed between them.
      const between = last !== undefined && at - last.at > 1;
      const gap = last && !between ? LISTED.exec(text.slice(last.person.end, person.start)) : null;
      if (!last || !gap || between || (gap[1] === '' && gap[0] !== '、')) {
        last = undefined;
        continue;
      }
      const role = gap[1] === '' ? last.role : gap[1];
      out.push(relation('MEMBER_OF', person.entityId, last.bodyId, view.toSource(sentence), role));
      last = { person, at, bodyId: last.bodyId, role };
    }
  }
  return out;
}

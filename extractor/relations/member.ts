// MEMBER_OF: a person holds a post in, or works for, a union or organization — printed as the body,
// then the title, then the name (北京市总工会党组成员李振华, 区总工会主席何建平); a second body and
// title before a comma belong to the same person (延庆区人大常委会党组副书记、副主任，区总工会主席何建平).
import type { ResolvedMention } from '../resolve/article.js';
import type { Relation } from '../types.js';
import { byEnd, firstIndexFrom } from '../recognize/ordered-spans.js';
import { evidenceOf, isBody, relation, type RelationContext } from './context.js';

/** Text between a body and the name: titles only (no clause punctuation, at most a few words). */
const TITLE_RUN = /^[”"]?[\p{Script=Han}、]{1,14}$/u;

export function findMemberOf(ctx: RelationContext): Relation[] {
  const { view, entities } = ctx;
  const { text } = view;
  const out: Relation[] = [];
  // A studio named after a person (韩冬创新工作室, 全国劳模马春生创新工作室) is led by that person.
  const persons = [...entities.values()].filter((e) => e.type === 'Person');
  // Looked up per studio, not searched: each entity's first mention, and persons by name.
  const firstMention = new Map<string, ResolvedMention>();
  for (const x of ctx.resolved.mentions) if (!firstMention.has(x.entityId)) firstMention.set(x.entityId, x);
  const personOrder = new Map(persons.map((p, k) => [p.name, k]));
  const longestPerson = persons.reduce((max, p) => Math.max(max, p.name.length), 0);
  for (const studio of entities.values()) {
    if (studio.type !== 'Organization' || !studio.name.endsWith('工作室')) continue;
    // The first person (in entity order) whose name the studio's name includes.
    let first = Infinity;
    for (let i = 0; i < studio.name.length; i++) {
      for (let j = i + 1; j <= Math.min(studio.name.length, i + longestPerson); j++) first = Math.min(first, personOrder.get(studio.name.slice(i, j)) ?? Infinity);
    }
    const leader = persons[first];
    const m = firstMention.get(studio.id);
    if (leader && m) out.push(relation('MEMBER_OF', leader.id, studio.id, evidenceOf(ctx, m)));
  }
  for (let s = 0; s < ctx.bySentence.length; s++) {
    const mentions = ctx.bySentence[s]!;
    const sentence = view.sentences[s]!;
    const bodies = mentions.filter((m) => isBody(m));
    // Bodies by where they start and end, and the persons in order: looked up near each person.
    const bodiesEnding = byEnd(bodies);
    const bodiesStarting = new Map<number, ResolvedMention[]>();
    for (const b of bodies) bodiesStarting.set(b.start, [...(bodiesStarting.get(b.start) ?? []), b]);
    const bodyOrder = new Map(bodies.map((b, k) => [b, k]));
    const personsHere = mentions.filter((p) => p.type === 'Person');
    // 来自北京市颐和园管理处的刘洋: a person introduced by where they work.
    for (const person of mentions) {
      if (person.type !== 'Person') continue;
      const body = bodiesEnding.get(person.start - 1)?.find((b) => text[b.end] === '的' && text.slice(Math.max(sentence.start, b.start - 2), b.start) === '来自');
      if (body) out.push(relation('MEMBER_OF', person.entityId, body.entityId, evidenceOf(ctx, sentence)));
      // 孙立伟是北京宏远建设集团的一名电焊工: the body a person is said to work at, with the post.
      const employer = bodiesStarting.get(person.end + 1)?.find((b) => text[person.end] === '是' && text[b.end] === '的');
      if (employer) {
        const post = /^的(?:一名|一位)?([\p{Script=Han}]{2,8}?)(?=[，。；、]|$)/u.exec(text.slice(employer.end, sentence.end))?.[1];
        out.push(relation('MEMBER_OF', person.entityId, employer.entityId, evidenceOf(ctx, sentence), post));
      }
    }
    for (const person of mentions) {
      if (person.type !== 'Person' || !person.roles || person.roles.length === 0) continue;
      let end = person.start;
      for (;;) {
        // The last body (in order) ending within 16 characters before: only those ends are looked at.
        let body: ResolvedMention | undefined;
        for (let e = end - 15; e <= end; e++) {
          for (const b of bodiesEnding.get(e) ?? []) if (!body || bodyOrder.get(b)! > bodyOrder.get(body)!) body = b;
        }
        if (!body) break;
        const titles = text.slice(body.end, end);
        if (!TITLE_RUN.test(titles) || /^(?:、|和)/.test(titles)) break;
        // Someone else's name between the body and this person: the posts are theirs.
        let other = false;
        for (let k = firstIndexFrom(personsHere, body.end); k < personsHere.length && personsHere[k]!.start < end && !other; k++) {
          other = personsHere[k] !== person && personsHere[k]!.end <= end;
        }
        if (other) break;
        const role = titles.replace(/^[”"]/, '').replace(/[，,、]$/, '');
        if (role === '') break;
        out.push(relation('MEMBER_OF', person.entityId, body.entityId, evidenceOf(ctx, sentence), role));
        // Another body and its titles before a comma or 、 describe the same person.
        const sep = text[body.start - 1];
        if (sep !== '，' && sep !== ',') break;
        end = body.start - 1;
      }
    }
  }
  return out;
}

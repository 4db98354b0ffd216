// MEMBER_OF: a person holds a post in, or works for, a union or organization — printed as the body,
// then the title, then the name (北京市总工会党组成员李振华, 区总工会主席何建平); a second body and
// title before a comma belong to the same person (延庆区人大常委会党组副书记、副主任，区总工会主席何建平).
import type { ResolvedMention } from '../resolve/article.js';
import type { Relation } from '../types.js';
import { isBody, relation, type RelationContext } from './context.js';

/** Text between a body and the name: titles only (no clause punctuation, at most a few words). */
const TITLE_RUN = /^[”"]?[\p{Script=Han}、]{1,14}$/u;

export function findMemberOf(ctx: RelationContext): Relation[] {
  const { view, entities } = ctx;
  const { text } = view;
  const out: Relation[] = [];
  // A studio named after a person (韩冬创新工作室, 全国劳模马春生创新工作室) is led by that person.
  const persons = [...entities.values()].filter((e) => e.type === 'Person');
  for (const studio of entities.values()) {
    if (studio.type !== 'Organization' || !studio.name.endsWith('工作室')) continue;
    const leader = persons.find((p) => studio.name.includes(p.name));
    const m = ctx.resolved.mentions.find((x) => x.entityId === studio.id);
    if (leader && m) out.push(relation('MEMBER_OF', leader.id, studio.id, ctx.view.toSource(m)));
  }
  for (let s = 0; s < ctx.bySentence.length; s++) {
    const mentions = ctx.bySentence[s]!;
    const sentence = view.sentences[s]!;
    const bodies = mentions.filter((m) => isBody(m));
    // 来自北京市颐和园管理处的刘洋: a person introduced by where they work.
    for (const person of mentions) {
      if (person.type !== 'Person') continue;
      const body = bodies.find((b) => b.end === person.start - 1 && text[b.end] === '的' && text.slice(Math.max(sentence.start, b.start - 2), b.start) === '来自');
      if (body) out.push(relation('MEMBER_OF', person.entityId, body.entityId, ctx.view.toSource(sentence)));
      // 孙立伟是北京宏远建设集团的一名电焊工: the body a person is said to work at, with the post.
      const employer = bodies.find((b) => b.start === person.end + 1 && text[person.end] === '是' && text[b.end] === '的');
      if (employer) {
        const post = /^的(?:一名|一位)?([\p{Script=Han}]{2,8}?)(?=[，。；、]|$)/u.exec(text.slice(employer.end, sentence.end))?.[1];
        out.push(relation('MEMBER_OF', person.entityId, employer.entityId, ctx.view.toSource(sentence), post));
      }
    }
    for (const person of mentions) {
      if (person.type !== 'Person' || !person.roles || person.roles.length === 0) continue;
      let end = person.start;
      for (;;) {
        const body: ResolvedMention | undefined = [...bodies].reverse().find((b) => b.end <= end && b.end > end - 16);
        if (!body) break;
        const titles = text.slice(body.end, end);
        if (!TITLE_RUN.test(titles) || /^(?:、|和)/.test(titles)) break;
        // Someone else's name between the body and this person: the posts are theirs.
        if (mentions.some((p) => p.type === 'Person' && p !== person && p.start >= body.end && p.end <= end)) break;
        const role = titles.replace(/^[”"]/, '').replace(/[，,、]$/, '');
        if (role === '') break;
        out.push(relation('MEMBER_OF', person.entityId, body.entityId, ctx.view.toSource(sentence), role));
        // Another body and its titles before a comma or 、 describe the same person.
        const sep = text[body.start - 1];
        if (sep !== '，' && sep !== ',') break;
        end = body.start - 1;
      }
    }
  }
  return out;
}

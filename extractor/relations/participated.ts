// PARTICIPATED_IN: a person, union or organization attends, speaks at, competes in, is trained in,
// wins or performs at an initiative. A sentence with a taking-part verb links the persons and
// bodies before the verb to the initiative it names, or to the article's initiative when the
// sentence names none (李振华出席会议并讲话, 会上……作经验交流).
import { PARTICIPATION_VERBS } from '../lexicon/terms.js';
import { wordIndex } from '../lexicon/wordset.js';
import type { Relation } from '../types.js';
import { isBody, relation, type RelationContext } from './context.js';

const EXTRA_VERBS = ['讲话', '致辞', '带队', '揭牌', '授牌', '看望', '慰问', '经验交流', '专题讲座', '作交流', '受邀', '获评', '获得认定', '夺得', '参训', '学员', '发言'];
const VERBS = wordIndex([...PARTICIPATION_VERBS, ...EXTRA_VERBS].filter((v) => v !== '走进'));

/**
 * `organized`: ORGANIZED relations already found (an organizer does not also take part);
 * `reporters`: ids of byline persons (a reporter covers the event, not attends it).
 */
const ATTENDING = /^(?:出席|参加|参与|讲话|致辞|带队|揭牌|授牌|看望|慰问|经验交流|专题讲座|作交流|受邀|发言|参训|参赛)$/;

export function findParticipated(ctx: RelationContext, organized: Relation[], reporters: Set<string>): Relation[] {
  const { view, resolved } = ctx;
  const { text } = view;
  const out: Relation[] = [];
  const seen = new Set<string>();
  for (let s = 0; s < ctx.bySentence.length; s++) {
    const mentions = ctx.bySentence[s]!;
    const sentence = view.sentences[s]!;
    if (sentence.start < view.titleRange.end) continue;
    // 邀请X…开展…活动: the invited body takes part in the event of its sentence.
    const event = mentions.find((m) => m.type === 'Initiative' && !m.anaphor) ?? mentions.find((m) => m.type === 'Initiative');
    for (const m of mentions) {
      if (!event || !isBody(m) || m.nested || text.slice(Math.max(sentence.start, m.start - 2), m.start) !== '邀请') continue;
      const key = `${m.entityId}\u0000${event.entityId}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(relation('PARTICIPATED_IN', m.entityId, event.entityId, ctx.view.toSource(sentence), '受邀'));
    }
    let verbPos = -1;
    let verb = '';
    for (let i = sentence.start; i < sentence.end && verbPos < 0; i++) {
      const v = VERBS.startingAt(text, i);
      // 参与者, 讲授者: the verb made a noun names a role, not an act of taking part.
      if (v && text[i + v.length] !== '者') {
        verbPos = i;
        verb = v;
      }
    }
    if (verbPos < 0) continue;
    // With no event in the sentence, only attending verbs point at the article's event (李振华出席会议并讲话),
    // not winning or visiting something unnamed.
    const initiative = mentions.find((m) => m.type === 'Initiative' && m.start >= verbPos)?.entityId
      ?? mentions.find((m) => m.type === 'Initiative')?.entityId
      ?? (ATTENDING.test(verb) ? resolved.mainInitiative : undefined);
    if (!initiative) continue;
    const organizers = new Set(organized.filter((r) => r.to === initiative).map((r) => r.from));
    for (const m of mentions) {
      if (m.start >= verbPos) break;
      const person = m.type === 'Person';
      if (!person && !(isBody(m) && !m.nested && !m.anaphor)) continue;
      // Bodies take part only through the verbs of speaking or exchanging at it (作经验交流), and
      // a body printed before a post and a name is that person's employer (…公司职工孙立伟获得…).
      if (!person && !/交流|讲座|受邀|参加|参与|参赛|获/.test(verb)) continue;
      // A venue (走进…, 在…) or a union named for what it oversees (…下属) is not a participant.
      if (!person && (/(?:在|走进|来到|到|赴)$/.test(text.slice(Math.max(0, m.start - 2), m.start)) || /^(?:下属|所属)/.test(text.slice(m.end, m.end + 2)))) continue;
      if (!person && mentions.some((p) => p.type === 'Person' && p.start > m.end && p.start - m.end <= 12 && /^[\p{Script=Han}、]+$/u.test(text.slice(m.end, p.start)))) continue;
      const key = `${m.entityId}\u0000${initiative}`;
      if (seen.has(key) || organizers.has(m.entityId) || reporters.has(m.entityId)) continue;
      seen.add(key);
      out.push(relation('PARTICIPATED_IN', m.entityId, initiative, ctx.view.toSource(sentence), verb));
    }
  }
  return out;
}

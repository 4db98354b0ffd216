// PARTICIPATED_IN: a person, union or organization attends, speaks at, competes in, is trained in,
// wins or performs at an initiative. A sentence with a taking-part verb links the persons and
// bodies before the verb to the initiative it names, or to the article's initiative when the
// sentence names none (李振华出席会议并讲话, 会上……作经验交流).
import { isAwardName } from '../lexicon/awards.js';
import { PARTICIPATION_VERBS } from '../lexicon/terms.js';
import { wordIndex } from '../lexicon/wordset.js';
import type { ResolvedMention } from '../resolve/article.js';
import { firstIndexFrom } from '../recognize/ordered-spans.js';
import type { Relation, Span } from '../types.js';
import { isBody, relation, type RelationContext } from './context.js';

const EXTRA_VERBS = ['讲话', '致辞', '带队', '揭牌', '授牌', '看望', '慰问', '经验交流', '专题讲座', '作交流', '受邀', '获评', '获得认定', '夺得', '参训', '学员', '发言', '主持', '上榜', '入选', '分享'];
const VERBS = wordIndex([...PARTICIPATION_VERBS, ...EXTRA_VERBS].filter((v) => v !== '走进'));

const ATTENDING = new Set(['出席', '参加', '参与', '观看', '讲话', '致辞', '带队', '揭牌', '授牌', '看望', '慰问', '经验交流', '专题讲座', '作交流', '受邀', '发言', '分享', '参训', '参赛', '主持']);
const WINNING = new Set(['荣获', '夺得', '获评', '上榜', '入选']);
/** 获得一等奖, 获得“…”称号: what makes 获得 a win at the event rather than getting something. */
const PRIZE = /^[^，。；！？,;!?]{0,12}?(?:奖|冠军|亚军|季军|称号|名次|荣誉|第[一二三四五六七八九十\d]+名|[金银铜]牌)/;
/** 张某是…大赛冠军: a person said to be a winner or competitor of an event took part in it. */
const IS_WINNER = /^[^，。；！？,;!?]{0,8}?(冠军|亚军|季军|获奖者|获得者|一等奖|二等奖|三等奖|金奖|选手|学员)/;
/** What a speaker standing for a body does at the event (代表…向大会表示祝贺, 代表…致辞). */
const SPEAKING = /^[^。；！？;!?]{0,16}?(?:表示祝贺|表示热烈祝贺|致辞|讲话|发言|祝贺)/;
/** A person titled as a competitor or trainee takes part in the event of the sentence (选手张某). */
const COMPETITOR = /选手|学员|队员|参赛者/;

/** 某公司组织职工参加…: the body that sends others to the event arranges it; it does not take part. */
const SENDS_OTHERS = /(?<!的)(?:组织|动员|号召|引导|鼓励|发动|吸引|带动)/;

/** Words that end a person's speech verb (张某表示, 他说：…, 她感慨道). */
const SPEECH = /(?:表示|谈到|坦言|感慨道?|告诉记者|说道|说(?=[：:，,“]))/g;
/** A speech verb right after a name that a quotation before it is said by. */
const SPOKE = /^[^，。；！？,;!?“”]{0,4}?(?:表示|谈到|坦言|感慨|说)/;
/** The speaker's own experience in what they say: 我 (not 我们, the organizers' voice) or 自己. */
const FIRST_PERSON = /我(?!们)|自己/;
/**
 * What the speaker says of the event: this one (这次培训, 在本次研修中) or taking part in it
 * (通过比赛, 参加比赛); each kind of event is named by the words of its kind.
 */
const EVENT_TALK = /(?:这次|本次|此次|这场|本届|这届|通过|参加|参与)(?:的)?(培训|研修|学习|课程|比赛|竞赛|大赛|比武|展览|展会)/;
const KIND_OF: Record<string, RegExp> = {
  培训: /培训|研修|训练|班|课|讲堂|营/,
  研修: /培训|研修|训练|班|课|讲堂|营/,
  学习: /培训|研修|训练|班|课|讲堂|营|学习/,
  课程: /培训|研修|训练|班|课|讲堂/,
  比赛: /赛|比武|竞技|运动会/,
  竞赛: /赛|比武|竞技/,
  大赛: /赛/,
  比武: /赛|比武/,
  展览: /展/,
  展会: /展|博览会/,
};
/** Posts of those who speak for the organizers or guests, not of those taking part in it themselves. */
const OFFICIAL = /主席|书记|主任|部长|局长|处长|厅长|区长|市长|县长|镇长|会长|负责人|领导|院长|校长|经理|董事长|总裁|秘书长|裁判/;
/** 此次书画展的发起人是劳模张某, …大赛的主讲人为: the person the event's own role is given to. */
const EVENT_ROLE_IS = /^的(发起人|主讲人|主讲嘉宾|授课老师|主持人|策划人)(?:之一)?(?:是|为)([\p{Script=Han}、]{0,12})$/u;
/** 为张某等“十佳职工”颁奖: those an award is presented to. */
const PRESENTED = /^(?:等)?[^，。；！？,;!?]{0,16}?(?:颁奖|颁发|授予|颁授|颁证)/;

/** 参加慰问的有, 出席会议的还有: what introduces the list of those attending, after the verb. */
const ATTENDED_BY = /^[^，。；！？,;!?]{0,12}?的(?:还)?有/;
/** Unnamed officials standing for the body printed before them (有关负责人, 相关领导). */
const OFFICIALS_AFTER = /^的?(?:有关|相关|主要)?(?:负责人|负责同志|领导)/;
/** A title or award won (荣获…称号) is not the event the winner took part in. */
const AWARD_AFTER = /^(?:称号|荣誉|奖|荣誉称号)/;

/**
 * The event a taking-part verb is about: the initiative after it in its sentence, else the one
 * before it, else — for attending, presiding and winning — the article's own.
 */
function eventOf(ctx: RelationContext, events: readonly ResolvedMention[], verb: string, verbPos: number, verbEnd: number): string | undefined {
  const { text } = ctx.view;
  const after = events[firstIndexFrom(events, verbEnd)];
  if (after) return after.entityId;
  for (const m of events) {
    if (m.start >= verbPos) break;
    if (m.end <= verbPos) return m.entityId;
  }
  // With no event in the sentence, only attending and winning point at the article's event
  // (李某出席会议并讲话, 张某荣获一等奖), not visiting something unnamed.
  const main = ctx.resolved.mainInitiative;
  if (main === undefined) return undefined;
  const won = WINNING.has(verb) || (verb === '获得' && PRIZE.test(text.slice(verbEnd, verbEnd + 16)));
  return ATTENDING.has(verb) || won ? main : undefined;
}

/** The organizers of each initiative, so that they are not also taken for participants. */
function organizersOf(organized: readonly Relation[]): Map<string, Set<string>> {
  const by = new Map<string, Set<string>>();
  for (const r of organized) {
    const set = by.get(r.to) ?? new Set<string>();
    set.add(r.from);
    by.set(r.to, set);
  }
  return by;
}

const NONE: ReadonlySet<string> = new Set();

/**
 * 某局有关负责人出席, 甲、乙有关负责人出席: the body at `at`, alone or listed with the bodies after it,
 * is followed by unnamed officials who stand for it.
 */
function officialsAttend(text: string, mentions: readonly ResolvedMention[], at: number): boolean {
  let last = mentions[at]!;
  for (let k = at + 1; k < mentions.length; k++) {
    const next = mentions[k]!;
    if (next.start < last.end) continue;
    if (!isBody(next) || !/^(?:、|和|及|与)$/.test(text.slice(last.end, next.start))) break;
    last = next;
  }
  return OFFICIALS_AFTER.test(text.slice(last.end, last.end + 6));
}

/** Whether a mention before a taking-part verb is one of those taking part. */
function takesPart(ctx: RelationContext, mentions: readonly ResolvedMention[], at: number, verb: string, contest: boolean): boolean {
  const m = mentions[at]!;
  const { text } = ctx.view;
  if (m.type === 'Person') return true;
  if (!(isBody(m) && !m.nested && !m.anaphor)) return false;
  // Bodies take part only through the verbs of speaking or exchanging at it (作经验交流), of
  // competing and of winning, or as where the people taking part come from.
  // 来自A、B等企业的小哥们观看节目: bodies listed after 来自 stand for the people taking part.
  const window = text.slice(Math.max(0, m.start - 40), m.start);
  const from = window.lastIndexOf('来自');
  const listedFrom = from >= 0 && !/[，。；！？,;!?]/.test(window.slice(from));
  if (!listedFrom && !/交流|讲座|受邀|参加|参与|参赛|获|夺得|上榜|入选/.test(verb) && !officialsAttend(text, mentions, at)) return false;
  // A venue (走进…, 在…) or a union named for what it oversees (…下属) is not a participant.
  if (/(?:在|走进|来到|到|赴)$/.test(text.slice(Math.max(0, m.start - 2), m.start)) || /^(?:下属|所属)/.test(text.slice(m.end, m.end + 2))) return false;
  // 来自某公司的张某获得一等奖: in a contest, the body a winner comes from competed too.
  if (contest && /^(?:获|荣获|夺得)/.test(verb) && text.slice(m.start - 2, m.start) === '来自' && text[m.end] === '的') {
    for (let k = at + 1; k < mentions.length && mentions[k]!.start <= m.end + 1; k++) {
      if (mentions[k]!.type === 'Person' && mentions[k]!.start === m.end + 1) return true;
    }
  }
  // A body printed before a post and a name is that person's employer (…公司职工孙某获得…).
  for (let k = at + 1; k < mentions.length && mentions[k]!.start - m.end <= 12; k++) {
    const p = mentions[k]!;
    if (p.type === 'Person' && p.start > m.end && /^[\p{Script=Han}、]*$/u.test(text.slice(m.end, p.start))) return false;
  }
  return true;
}

/** The end of what a speaker says from `from`: its closing quotation mark when it opens one, else the sentence's end. */
function speechEnd(text: string, from: number, sentenceEnd: number): number {
  const open = /^[：:，,]?\s*“/.exec(text.slice(from, from + 3));
  if (!open) return sentenceEnd;
  const close = text.indexOf('”', from + open[0].length);
  return close < 0 ? sentenceEnd : Math.min(close, from + 300);
}

/**
 * What a person of the sentence says, if the sentence quotes them: after their speech verb (张某表示,
 * 张某是…冠军，他说：“…”), or the quotation printed right before their name (“……”职工张某说).
 */
function speechOf(text: string, mentions: readonly ResolvedMention[], at: number, sentence: { start: number; end: number }): string | undefined {
  const p = mentions[at]!;
  let until = Math.min(sentence.end, p.end + 60);
  for (let k = at + 1; k < mentions.length && mentions[k]!.start < until; k++) {
    if (mentions[k]!.type === 'Person' && mentions[k]!.start >= p.end) until = mentions[k]!.start;
  }
  const window = text.slice(p.end, until);
  for (const found of window.matchAll(SPEECH)) {
    const gap = window.slice(0, found.index);
    if (/[。；！？;!?]/.test(gap)) return undefined;
    // Across a clause the speaker is taken up again by a pronoun (…冠军，他说).
    if (/[，,]/.test(gap) && !/[他她](?:还|也|则)?$/.test(gap)) continue;
    const from = p.end + found.index + found[0].length;
    return text.slice(from, speechEnd(text, from, sentence.end));
  }
  const before = /”([\p{Script=Han}、]{0,12})$/u.exec(text.slice(Math.max(0, p.start - 13), p.start));
  if (!before || !SPOKE.test(text.slice(p.end, p.end + 8))) return undefined;
  const close = p.start - before[1]!.length - 1;
  const open = text.lastIndexOf('“', close);
  return open < 0 || close - open > 300 ? undefined : text.slice(open + 1, close);
}

/**
 * A person who speaks of the article's event as their own experience of it (本次课程让我…; 参加比赛
 * 让自己找到了差距) took part in it: what they name must be of the event's kind, and a speaker with
 * an official's post speaks for the hosts or guests instead.
 */
function speaksAsParticipant(ctx: RelationContext, speech: string, person: ResolvedMention, main: string): string | undefined {
  if (person.roles?.some((r) => OFFICIAL.test(r))) return undefined;
  const talk = EVENT_TALK.exec(speech);
  if (!talk || !FIRST_PERSON.test(speech)) return undefined;
  const name = ctx.entities.get(main)?.name ?? '';
  if (!KIND_OF[talk[1]!]!.test(name)) return undefined;
  return /赛|比武/.test(talk[1]!) ? '参赛' : /培训|研修|学习|课程/.test(talk[1]!) ? '参训' : '参观';
}

/**
 * `organized`: ORGANIZED relations already found (an organizer does not also take part);
 * `reporters`: ids of byline persons (a reporter covers the event, not attends it).
 */
export function findParticipated(ctx: RelationContext, organized: Relation[], reporters: Set<string>): Relation[] {
  const { view, resolved } = ctx;
  const { text } = view;
  const out: Relation[] = [];
  const seen = new Set<string>();
  const organizerSets = organizersOf(organized);
  /** Records that `from` took part in `to`, once per pair, the sentence as evidence. */
  const add = (from: string, to: string, sentence: Span, role: string | undefined): void => {
    const key = `${from}\u0000${to}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(relation('PARTICIPATED_IN', from, to, view.toSource(sentence), role));
  };
  // What a speaker says is part of the text: an article without such words quotes no one taking part.
  const mayTalk = /我|自己/.test(text) && EVENT_TALK.test(text);
  for (let s = 0; s < ctx.bySentence.length; s++) {
    const mentions = ctx.bySentence[s]!;
    // Whoever takes part is one of the sentence's mentions: a sentence with none is not scanned for verbs.
    if (mentions.length === 0) continue;
    const sentence = view.sentences[s]!;
    if (sentence.start < view.titleRange.end) continue;
    // 邀请X…开展…活动: the invited body takes part in the event of its sentence.
    const event = mentions.find((m) => m.type === 'Initiative' && !m.anaphor) ?? mentions.find((m) => m.type === 'Initiative');
    // A title or award won (荣获…称号) is not an event taken part in.
    // An award that is the article's subject is what its winners take part in (荣获“…”荣誉).
    const events = mentions.filter(
      (m) => m.type === 'Initiative' && (!AWARD_AFTER.test(text.slice(m.end, m.end + 4)) || isAwardName(ctx.entities.get(m.entityId)?.name ?? '')),
    );
    for (const m of mentions) {
      if (!event || !isBody(m) || m.nested || text.slice(Math.max(sentence.start, m.start - 2), m.start) !== '邀请') continue;
      add(m.entityId, event.entityId, sentence, '受邀');
    }
    for (const m of mentions) {
      if (m.type !== 'Person' || text[m.end] !== '是') continue;
      const named = mentions.find((i) => i.type === 'Initiative' && i.start > m.end && i.start - m.end <= 5);
      const won = named ? IS_WINNER.exec(text.slice(named.end, named.end + 12)) : null;
      if (!named || !won || reporters.has(m.entityId)) continue;
      add(m.entityId, named.entityId, sentence, won[1]);
    }
    // 王某代表市总工会向大会表示祝贺: the body a speaker stands for takes part in the event.
    for (const m of mentions) {
      const speaking = event?.entityId ?? resolved.mainInitiative;
      if (speaking === undefined || !isBody(m) || m.nested || text.slice(m.start - 2, m.start) !== '代表') continue;
      const speaker = mentions.find((p) => p.type === 'Person' && p.end === m.start - 2);
      if (!speaker || !SPEAKING.test(text.slice(m.end, Math.min(sentence.end, m.end + 24))) || organizerSets.get(speaking)?.has(m.entityId)) continue;
      add(m.entityId, speaking, sentence, '代表');
    }
    // 此次书画展的发起人是劳模张某: the person given the event's own role.
    for (const m of events) {
      if (!text.startsWith('的', m.end) || !/^的(?:发起人|主讲|授课|主持人|策划人)/.test(text.slice(m.end, m.end + 5))) continue;
      let person: ResolvedMention | undefined;
      let role: RegExpExecArray | null = null;
      for (let k = firstIndexFrom(mentions, m.end); !person && k < mentions.length && mentions[k]!.start - m.end <= 20; k++) {
        const p = mentions[k]!;
        if (p.type === 'Person' && (role = EVENT_ROLE_IS.exec(text.slice(m.end, p.start)))) person = p;
      }
      if (!person || reporters.has(person.entityId)) continue;
      add(person.entityId, m.entityId, sentence, role![1]);
    }
    // 为张某、李某等“十佳职工”颁奖: those the award is presented to are at the event where it is.
    const awarding = event?.entityId ?? resolved.mainInitiative;
    for (let k = 0; k < mentions.length && awarding !== undefined; k++) {
      if (mentions[k]!.type !== 'Person' || text[mentions[k]!.start - 1] !== '为') continue;
      let last = k;
      while (last + 1 < mentions.length && mentions[last + 1]!.type === 'Person' && /^[、和及与]$/.test(text.slice(mentions[last]!.end, mentions[last + 1]!.start))) last++;
      if (!PRESENTED.test(text.slice(mentions[last]!.end, Math.min(sentence.end, mentions[last]!.end + 24)))) continue;
      for (let j = k; j <= last; j++) if (!reporters.has(mentions[j]!.entityId)) add(mentions[j]!.entityId, awarding, sentence, '获奖');
      k = last;
    }
    // 职工张某说：“参加比赛让我找到了差距”: a speaker telling of taking part.
    const main = resolved.mainInitiative;
    for (let k = 0; k < mentions.length && main !== undefined && mayTalk; k++) {
      const p = mentions[k]!;
      if (p.type !== 'Person' || p.anaphor || reporters.has(p.entityId) || seen.has(`${p.entityId}\u0000${main}`)) continue;
      const speech = speechOf(text, mentions, k, sentence);
      const role = speech === undefined ? undefined : speaksAsParticipant(ctx, speech, p, main);
      if (role === undefined || organizerSets.get(main)?.has(p.entityId)) continue;
      add(p.entityId, main, sentence, role);
    }
    const competing = event?.entityId ?? resolved.mainInitiative;
    for (const m of mentions) {
      if (competing === undefined || m.type !== 'Person' || !m.roles?.some((r) => COMPETITOR.test(r)) || reporters.has(m.entityId)) continue;
      add(m.entityId, competing, sentence, m.roles.find((r) => COMPETITOR.test(r)));
    }
    // Each verb of the sentence takes the names printed since the verb before it
    // (王某出席开幕式，李某主持会议: each attends).
    let since = sentence.start;
    for (let i = sentence.start; i < sentence.end; i++) {
      const verb = VERBS.startingAt(text, i);
      // 参与者, 讲授者, 获得感: the verb made a noun names a role or a feeling, not an act of taking part.
      if (!verb || text[i + verb.length] === '者' || text[i + verb.length] === '感') continue;
      const verbPos = i;
      const verbEnd = i + verb.length;
      i = verbEnd - 1;
      const initiative = eventOf(ctx, events, verb, verbPos, verbEnd);
      const from = since;
      since = verbEnd;
      if (!initiative) continue;
      const organizers = organizerSets.get(initiative) ?? NONE;
      const contest = /赛|比武/.test(ctx.entities.get(initiative)?.name ?? '');
      const take = (m: ResolvedMention): void => {
        if (!organizers.has(m.entityId) && !reporters.has(m.entityId)) add(m.entityId, initiative, sentence, verb);
      };
      for (let k = firstIndexFrom(mentions, from); k < mentions.length && mentions[k]!.start < verbPos; k++) {
        // 某街道总工会组织职工参与宣讲: who sends others arranges the event rather than takes part.
        if (SENDS_OTHERS.test(text.slice(mentions[k]!.end, verbPos))) continue;
        if (takesPart(ctx, mentions, k, verb, contest)) take(mentions[k]!);
      }
      // 参加慰问的有A、B及C: the names after 的有 are the ones taking part.
      const listed = ATTENDING.has(verb) ? ATTENDED_BY.exec(text.slice(verbEnd, Math.min(sentence.end, verbEnd + 16))) : null;
      if (listed) {
        const listStart = verbEnd + listed[0].length;
        for (let k = firstIndexFrom(mentions, listStart); k < mentions.length; k++) if (mentions[k]!.type === 'Person') take(mentions[k]!);
        break;
      }
    }
  }
  return out;
}

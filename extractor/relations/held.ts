// HELD_AT: where an initiative takes place, read from the frames of its sentence —
// 在/于P(二楼会议室)召开/举办/举行/开展 …, 走进/来到/前往/先后到P (and every place listed after it),
// and a place holding the event itself (顺义区召开…座谈会). The event is the one the verb governs:
// the initiative right after the verb, else the nearest one before the venue in the sentence,
// else the article's own.
import type { ResolvedMention } from '../resolve/article.js';
import { firstIndexFrom } from '../recognize/ordered-spans.js';
import { venueHead } from '../recognize/venue.js';
import type { Relation, Span } from '../types.js';
import { isPlace, opensClause, relation, type RelationContext } from './context.js';

const AT_VERBS = /^(?:召开|举办|举行|开班|开幕|启动|进行|开展|展出|拉开帷幕|落下帷幕|成立|隆重召开|隆重举行|顺利召开|顺利举行|正式开班|正式启动)/;
const HOSTS = /^(?:召开|举办|举行|开展)/;
const HOSTS_LATER = /(?:召开|举办|举行|开展)了?/;
/** What may stand between a venue and the verb: a part of it (二楼会议室, 一楼中庭, 内) and an adverb. */
const VENUE_TAIL =
  /^(?:[一二三四五六七八九十\d]+[楼层号])?(?:东|西|南|北|主)?(?:会议室|报告厅|中庭|大厅|礼堂|广场|剧场|展厅|多功能厅|会场|门前广场|门前|操场|院内|大堂)?(?:内|里)?(?:隆重|顺利|正式)?(?=召开|举办|举行|开班|开幕|启动|进行|开展|展出|拉开帷幕|落下帷幕|成立)/;
/** A preposition of place right before the venue (在, 于 but not 位于, 对于, 由于, 关于, 等于). */
const AT = /(?:^|[^位对由关等属])[在于]$/;
const VISIT = /(?:走进|来到|前往|深入|赴|走访|漫步于|游览|(?:先后|分别|相继|一行|还|又|再|并|先)到)$/;
/** A later item of a list after a visiting verb, past items not recognized themselves (先后到A工地、B中心). */
const VISIT_LIST = /(?:走进|来到|前往|深入|赴|走访|(?:先后|分别|相继|一行)到)[^，。；：！？,;:!?\n]{2,30}[、—和及]$/;
/** Between two items of one list: a separator and at most a short item not recognized itself. */
const CLAUSE = /[，。；！？,;!?]/;
/**
 * 在大兴某某项目举办: after a place, the spot in it that no recognizer names, then the verb; not a
 * frame of help (在A的支持下, 在A领导下) and not past a clause.
 */
const UNNAMED_SPOT = /^(\p{Script=Han}{1,10}?)(?:隆重|顺利|正式)?(?=召开|举办|举行|开展|开班|开幕|启动)/u;
const NOT_A_SPOT = /[的下]|^(?:指导|支持|领导|帮助|带领|推动|组织)/;
/** 两地联手开展了…, 三地共同举办…: the places the sentence named before hold the event together. */
const PLACES_TOGETHER = /[两三四]地(?:联手|共同|携手|一起|一同|联合)?(?:开展|举办|举行|召开)了?/;
/** A venue setting the scene at its clause's start: 某驿站内热闹非凡…, 某礼堂里座无虚席…. */
const SCENE_AFTER = /^(?:内|里)(?![容部外])/;
const LIST_GAP = /^(?:|[、和及与](?:[^，。；：！？,;:!?\n]{0,24}[、—和及与])?)$/;

/** The initiative right after the verb ending at `verbEnd`, its object, if any. */
function objectOf(text: string, initiatives: readonly ResolvedMention[], verbEnd: number): string | undefined {
  const next = initiatives[firstIndexFrom(initiatives, verbEnd)];
  return next && next.start - verbEnd <= 24 && !CLAUSE.test(text.slice(verbEnd, next.start)) ? next.entityId : undefined;
}

/** The initiative the verb at `verbEnd` governs, else the nearest before `venue`, else the article's. */
function governed(text: string, initiatives: readonly ResolvedMention[], venue: Span, verbEnd: number, main: string | undefined): string | undefined {
  const object = objectOf(text, initiatives, verbEnd);
  if (object !== undefined) return object;
  // Initiatives starting before the venue: the last of them that ends before it.
  for (let k = firstIndexFrom(initiatives, venue.start) - 1; k >= 0; k--) if (initiatives[k]!.end <= venue.start) return initiatives[k]!.entityId;
  return initiatives[firstIndexFrom(initiatives, venue.end)]?.entityId ?? main;
}

export function findHeldAt(ctx: RelationContext): Relation[] {
  const { view, resolved } = ctx;
  const { text } = view;
  const out: Relation[] = [];
  const seen = new Set<string>();
  /** Records that `event` took place at `place`, once per pair, the sentence as evidence. */
  const add = (event: string, place: string, sentence: Span): void => {
    const key = `${event}\u0000${place}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(relation('HELD_AT', event, place, view.toSource(sentence)));
  };
  // 两地联手…: an article that never prints 两地/三地/四地 has no sentence for heldTogether.
  const placesTogether = /[两三四]地/.test(text);
  for (let s = 0; s < ctx.bySentence.length; s++) {
    const mentions = ctx.bySentence[s]!;
    const sentence = view.sentences[s]!;
    const initiatives = mentions.filter((m) => m.type === 'Initiative' && !m.nested);
    // Places inside an organization's name are the organization's, not a venue of their own, and
    // inside an initiative's name (2025年朝阳区职工篮球赛) part of that name. Mentions come in text
    // order, an enclosing one first: the furthest end of each kind so far tells what encloses.
    const venues: { m: ResolvedMention; at: number }[] = [];
    let orgUntil = -1;
    let initiativeUntil = -1;
    for (let at = 0; at < mentions.length; at++) {
      const m = mentions[at]!;
      const enclosed = m.end <= orgUntil || m.end <= initiativeUntil;
      if (m.type === 'Organization') orgUntil = Math.max(orgUntil, m.end);
      if (m.type === 'Initiative' && !m.nested) initiativeUntil = Math.max(initiativeUntil, m.end);
      if (!m.nested && !enclosed && (isPlace(m) || m.type === 'Organization')) venues.push({ m, at });
    }
    let visiting: string | undefined;
    let visitEnd = -1;
    let previous: ResolvedMention | undefined;
    let previousBefore = '';
    for (const { m, at } of venues) {
      // 在浙江杭州举办: a place printed right after a bigger one shares its preposition.
      const chained = previous !== undefined && isPlace(previous) && isPlace(m) && previous.end === m.start;
      const before = chained ? previousBefore : text.slice(Math.max(sentence.start, m.start - 4), m.start);
      previous = m;
      previousBefore = before;
      const rest = text.slice(m.end, Math.min(sentence.end, m.end + 20));
      const tail = VENUE_TAIL.exec(rest);
      let after = at + 1;
      while (after < mentions.length && mentions[after]!.start < m.end) after++;
      const next = mentions[after];
      let target: string | undefined;
      let spot: RegExpExecArray | null = null;
      let hosting: RegExpExecArray | null = null;
      if (AT.test(before) && tail && (!next || next.start >= m.end + tail[0].length)) {
        const verbStart = m.end + tail[0].length;
        const verb = AT_VERBS.exec(text.slice(verbStart, verbStart + 6))?.[0] ?? '';
        target = governed(text, initiatives, m, verbStart + verb.length, resolved.mainInitiative);
      } else if (isPlace(m) && AT.test(before) && (spot = UNNAMED_SPOT.exec(rest)) && !NOT_A_SPOT.test(spot[1]!) && (!next || next.start >= m.end + spot[0].length)) {
        const verbStart = m.end + spot[0].length;
        const verb = AT_VERBS.exec(text.slice(verbStart, verbStart + 6))?.[0] ?? '';
        target = governed(text, initiatives, m, verbStart + verb.length, resolved.mainInitiative);
      } else if (SCENE_AFTER.test(rest) && opensClause(text, mentions, at, sentence.start) && (hosting = HOSTS_LATER.exec(text.slice(m.end, sentence.end)))) {
        // 某驿站内热闹非凡，某工会开展了…活动: the scene is where the event the clause goes on to hold takes place.
        target = objectOf(text, initiatives, m.end + hosting.index + hosting[0].length);
      } else if (isPlace(m) && HOSTS.test(rest)) {
        // 顺义区召开…座谈会: an area holding an event is where it takes place.
        target = governed(text, initiatives, m, m.end + 2, undefined);
      } else if (VISIT.test(before) || (VISIT_LIST.test(text.slice(Math.max(sentence.start, m.start - 40), m.start)) && !rest.startsWith('等'))) {
        // 赴美团、京东等站点: businesses listed with 等 name the kind of site visited, not a venue.
        target = governed(text, initiatives, m, m.end, resolved.mainInitiative);
      } else if (visiting !== undefined && LIST_GAP.test(text.slice(visitEnd, m.start))) {
        // 走进A、B和C, 前往A基地B酒店: every place of the list is visited, past an item not recognized itself.
        target = visiting;
      }
      visiting = target !== undefined && (VISIT.test(before) || visiting !== undefined) ? target : undefined;
      visitEnd = m.end;
      if (target === undefined) continue;
      add(target, m.entityId, sentence);
      // 前往某某县职工疗休养基地: a venue named for the district or county it stands in places the event there too.
      if (m.type !== 'Organization' || venueHead(ctx.entities.get(m.entityId)?.name ?? '') === undefined) continue;
      for (let k = at + 1; k < mentions.length && mentions[k]!.start === m.start; k++) {
        if (mentions[k]!.type === 'District' && mentions[k]!.end < m.end) add(target, mentions[k]!.entityId, sentence);
      }
    }
    const together = placesTogether ? heldTogether(ctx, s) : undefined;
    if (together) for (const place of together.places) add(together.event, place, sentence);
  }
  return out;
}

/** 甲区与乙县毗邻，两地联手开展了…活动: the event, and the places named before 两地 that each hold it. */
function heldTogether(ctx: RelationContext, s: number): { event: string; places: string[] } | undefined {
  const { text } = ctx.view;
  const sentence = ctx.view.sentences[s]!;
  const together = PLACES_TOGETHER.exec(text.slice(sentence.start, sentence.end));
  if (!together) return undefined;
  const mentions = ctx.bySentence[s]!;
  const at = sentence.start + together.index;
  const event = objectOf(text, mentions.filter((m) => m.type === 'Initiative' && !m.nested), at + together[0].length);
  const places = mentions.filter((m) => isPlace(m) && !m.nested && m.end <= at);
  if (event === undefined || new Set(places.map((p) => p.entityId)).size < 2) return undefined;
  return { event, places: places.map((p) => p.entityId) };
}

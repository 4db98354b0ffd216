// Venues: the named place in the venue slot of a holding frame (在胡庄健身公园举办, 前往某县疗休养基地,
// 先后到A工地、B中心) is an Organization when it ends in a venue head and has a specific part. The frame
// bounds the name on both sides, so words that stop an ordinary name's walk (休闲/v, 处理/v) stay in it.
import { VENUE_SUFFIXES } from '../lexicon/terms.js';
import type { Candidate } from './candidate.js';
import { hasProperPart, isCounted } from './names.js';
import { leadingPlaces } from './places.js';
import type { ArticleView } from './view.js';

/** The verbs of holding that close a venue slot (在X举行). */
const HOLDING = '举行|举办|召开|开展|开幕|闭幕|启动|开班|进行';
/** 在/于X then a room of it (一楼中庭, 内) and the holding verb; not 位于, 对于, 由于, 关于, 等于, 属于. */
const HELD_IN = new RegExp(
  `(?<![位对由关等属])[在于]([\\p{Script=Han}A-Za-z0-9“”]{3,30}?)(?:[一二三四五六七八九十\\d]+[楼层号])?(?:东|西|南|北|主)?(?:会议室|报告厅|中庭|大厅|礼堂|剧场|展厅|多功能厅|会场|门前广场|门前|操场|院内|大堂)?(?:内|里)?(?:隆重|顺利|正式)?(?:${HOLDING})`,
  'gu',
);
/** A sentence without a holding verb has no holding frame, and the costly pattern is not tried on it. */
const HOLDING_VERB = new RegExp(HOLDING);
/** 走进/来到/前往X and a list of places after it, up to the clause's end. */
const VISITED = /(?:走进|来到|前往|赴|漫步于|(?:先后|分别|相继|一行)到)([^，。；：！？,;:!?\n]{3,60})/gu;
/** Every VISITED verb holds one of these: most sentences hold none, and matchAll is not begun on them. */
const VISITING = /[到赴]|走进|前往|漫步于/;
/** Marks between the items of a list of visited places. */
const LIST_MARK = /[、和及与—“”]+/gu;
/** What may follow a visited place's name in its item: being inside it. */
const INSIDE = /(?:内|里)$/;

/** The venue head a name ends in, or undefined. */
export function venueHead(name: string): string | undefined {
  return VENUE_SUFFIXES.find((s) => name.endsWith(s) && name.length > s.length);
}

export function recognizeVenues(view: ArticleView): Candidate[] {
  const { text, tokens } = view;
  const found: Candidate[] = [];
  const atTokenEdges = (start: number, end: number): boolean =>
    tokens[view.tokenAt[start]!]!.start === start && tokens[view.tokenAt[end - 1]!]!.end === end;
  /** Each name of a slot: split after an inner venue head where a place begins the next name (…基地某镇…酒店). */
  const addSlot = (start: number, end: number): void => {
    let from = start;
    for (let at = start + 2; at < end - 1; at++) {
      if (!venueHead(text.slice(from, at)) || leadingPlaces(text.slice(at, end)).places.length === 0) continue;
      addName(from, at);
      from = at;
    }
    addName(from, end);
  };
  const addName = (start: number, end: number): void => {
    while (text[start] === '“' || text[start] === '”') start++;
    const name = text.slice(start, end);
    const head = venueHead(name);
    if (!head || /[“”]/.test(name) || !atTokenEdges(start, end) || isCounted(text, start)) return;
    if (!hasProperPart(view, start, end - head.length)) return;
    found.push({ type: 'Organization', start, end, name, head });
  };
  for (const sentence of view.sentences) {
    const body = text.slice(sentence.start, sentence.end);
    for (const match of HOLDING_VERB.test(body) ? body.matchAll(HELD_IN) : []) {
      const start = sentence.start + match.index + 1;
      addSlot(start, start + match[1]!.length);
    }
    for (const match of VISITING.test(body) ? body.matchAll(VISITED) : []) {
      let at = sentence.start + match.index + match[0].length - match[1]!.length;
      for (const item of match[1]!.split(LIST_MARK)) {
        const itemStart = text.indexOf(item, at);
        at = itemStart + item.length;
        if (item.length < 3) continue;
        // 前往某某大道开展…活动: the item ends where the holding verb begins.
        const holding = item.search(HOLDING_VERB);
        const itemEnd = holding > 0 ? itemStart + holding : at;
        const inside = INSIDE.exec(text.slice(itemStart, itemEnd));
        addSlot(itemStart, itemEnd - (inside ? inside[0].length : 0));
      }
    }
  }
  return found;
}

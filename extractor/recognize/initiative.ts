// Initiative: a named event, campaign, programme, competition, class, meeting, exhibition or
// performance. Named ones carry a quoted part (“春送岗位”活动, 2025年大兴区“技能杯”电工技能竞赛);
// unquoted ones end in an event head word (新职工交友活动, 结对共建座谈会) and count when their
// name is specific or the article is about them (they appear in the title or the lead). A bare
// head or a determiner phrase (研修班, 此次活动) is an anaphor: a mention of the initiative in focus.
import { INITIATIVE_HEADS } from '../lexicon/terms.js';
import type { Candidate } from './candidate.js';
import { wordIndex } from '../lexicon/wordset.js';
import { nameStart } from './names.js';
import { firstStartingFrom } from './ordered-spans.js';
import { scanPlaces } from './places.js';
import type { ArticleView } from './view.js';

/** Event heads common in union news that the lexicon does not list. */
const EXTRA_HEADS = [
  '研修班', '微课堂', '大讲堂', '讲堂', '课堂', '工作法', '工作模式', '模式', '品牌', '规划', '宣教', '摄影展', '展览会',
  '书画展', '联谊会', '沟通会', '会员大会', '代表大会', '职代会', '座谈会', '集训', '大赛', '技能竞赛',
  '专场演出', '演出', '慰问活动', '主题活动', '疗休养', '健步走', '运动会', '义诊', '文艺汇演', '汇演',
  '授牌仪式', '揭牌仪式', '成立仪式', '开班仪式', '签约仪式', '体系', '工程', '行动方案', '健康检查', '体检', '思政课',
  '球赛', '联赛', '锦标赛', '邀请赛', '友谊赛', '接力赛', '拔河赛', '马拉松', '行动', '计划', '评选', '认定', '征集',
  // Contests, festivals, fairs and meetings by the kind of event they are.
  '联谊赛', '擂台赛', '对抗赛', '挑战赛', '表演赛', '争霸赛', '团体赛', '知识竞答', '大比武', '比武', '练兵',
  '文化节', '艺术节', '读书节', '体育节', '科技节', '美食节', '音乐节', '嘉年华', '开放日',
  '博览会', '展销会', '交易会', '洽谈会', '推介会', '招聘会', '巡展', '展演', '巡演', '巡讲',
  '研讨会', '培训会', '观摩会', '现场会', '表彰会', '表彰大会', '动员会', '部署会', '恳谈会', '茶话会', '宣讲会', '见面会',
  '音乐会', '故事会', '读书会', '演讲会', '夏令营', '冬令营', '工作坊', '沙龙',
];

const HEADS = wordIndex([...INITIATIVE_HEADS, ...EXTRA_HEADS]);

/** Heads too weak to make an unquoted name on their own (工程, 项目, 培训 are everyday nouns). */
const WEAK_HEADS = new Set(['工程', '项目', '培训', '展示', '宣讲', '体系', '模式', '品牌', '规划', '评选', '认定', '征集', '宣教', '工作法', '工作模式']);

/** What may sit between a closing quote and the head: a few name-like characters. */
const MIDDLE = /^(?![一二三四五六七八九十两几多\d]+[个项大条类种])(?!.*的)[\p{Script=Han}A-Za-z0-9·]{0,12}$/u;
const DETERMINER = /^(?:此次|本次|该|这次|这场|此项|该项|本届|本场|此|各项|各类|系列|相关|上述)/;
const YEAR_ORDINAL = /^(?:\d{4}年(?:度)?|第[一二三四五六七八九十百\d]+届|首届)+/;

/** The head word that `text` ends with at `end`, longest first. */
function headEndingAt(text: string, end: number): string | undefined {
  return HEADS.endingAt(text, end);
}

function keyOf(name: string): string {
  const quoted = /“([^”]{1,30})”/.exec(name);
  if (quoted) return quoted[1]!;
  return name.replace(YEAR_ORDINAL, '');
}

/** Ends of the heads in the view: token ends where a head word finishes. */
function headEnds(view: ArticleView, from: number, to: number): { end: number; head: string }[] {
  const ends: { end: number; head: string }[] = [];
  for (let k = view.tokenAt[from]!; k < view.tokens.length && view.tokens[k]!.start < to; k++) {
    const token = view.tokens[k]!;
    const head = headEndingAt(view.text, token.end);
    if (!head) continue;
    // The next token must not continue the head into another noun (活动中心, 计划书).
    const next = view.tokens[k + 1];
    if (next && next.start === token.end && /^(?:中心|室|站|书|表|方案|部|处|队|组|费|经费)/.test(next.word)) continue;
    ends.push({ end: token.end, head });
  }
  return ends;
}

/** A name does not run back over another event's head (…提升行动2025年“技能杯”竞赛 is two names). */
function afterOtherHead(view: ArticleView, start: number, limit: number): number {
  let result = start;
  for (let k = view.tokenAt[start]!; k < view.tokens.length && view.tokens[k]!.end <= limit; k++) {
    const end = view.tokens[k]!.end;
    const head = headEndingAt(view.text, end);
    // Only where a new name visibly begins: a year, an ordinal or a quotation.
    if (head && !WEAK_HEADS.has(head) && end < limit && /^(?:\d{4}年|第|首届|“)/.test(view.text.slice(end, end + 5))) result = end;
  }
  return result;
}

/** Kinds of stage pieces printed before their quoted title. */
const PIECE = /(?:原创)?(?:诗朗诵|朗诵|合唱|大合唱|舞蹈|小品|快板|情景剧|相声|歌曲|歌伴舞)$/;

/** Verbs of holding an event: what precedes them is who holds it, not the event's name (…总工会举行仪式). */
const HOLDING = /(?:举行|举办|召开|开展|启动)/g;

/** Where a name begins once the last holding verb inside it and everything before it are left out. */
function afterHoldingVerb(text: string, start: number, headStart: number): number {
  let after = start;
  for (const m of text.slice(start, headStart).matchAll(HOLDING)) after = start + m.index + m[0].length;
  return after;
}

/** Verbs after which a bare quotation names what is carried out (开展“春送岗位”). */
const CARRY_OUT = /(?:开展|启动|举办|实施|做实做细|持续深化|深化|推进|推出|打造)$/;

/**
 * A dated event named by a list (2025年劳动模范、先进工作者及模范集体获得者座谈会): when the name
 * stops at 、/及/和 and a year begins the list a little earlier, the name starts at the year.
 */
function listedFromYear(view: ArticleView, start: number, floor: number): number {
  const { text } = view;
  if (!/[、及和与]/.test(text[start - 1] ?? '')) return start;
  const from = Math.max(floor, start - 24);
  const window = text.slice(from, start);
  const year = /\d{4}年(?:度)?[^，。；：！？“”\s\d]*$/.exec(window);
  if (!year || /[，。；：！？]/.test(year[0])) return start;
  return from + year.index;
}

/** Whether a word that begins a clause (adverb, pronoun, preposition, conjunction, time) lies in [start, end). */
function clauseWordIn(view: ArticleView, start: number, end: number): boolean {
  for (let k = view.tokenAt[start]!; k < view.tokens.length && view.tokens[k]!.start < end; k++) {
    const t = view.tokens[k]!;
    if (t.start >= start && t.end <= end && /^(?:d|r|p|c|t)$/.test(t.tag)) return true;
  }
  return false;
}

/** Whether a place name lies in [start, end) (places come sorted and apart: the first from `start` decides). */
function placeIn(view: ArticleView, start: number, end: number): boolean {
  const place = firstStartingFrom(scanPlaces(view), start);
  return place !== undefined && place.end <= end;
}

/** 送温暖进工地, 法律进社区: a campaign named by what it brings where, 进 a word of its own. */
const BRINGS_INTO = /^[\p{Script=Han}]{1,5}进[\p{Script=Han}]{1,4}$/u;

/** Whether an event's own words name a campaign that brings something somewhere (送温暖进工地活动). */
function bringsInto(view: ArticleView, start: number, headStart: number): boolean {
  const prefix = view.text.slice(start, headStart);
  const at = prefix.indexOf('进');
  if (at < 1 || !BRINGS_INTO.test(prefix)) return false;
  const token = view.tokens[view.tokenAt[start + at]!]!;
  return token.word === '进' && !clauseWordIn(view, start, headStart);
}

/** Verbs of holding a named event (举办了…培训班, 召开…推进会): the name that follows is one the article reports. */
const HELD_BEFORE = /(?:举办|举行|召开)了?$/;

/** A class, meeting or contest held by the clause's subject, named by four characters or more of its own. */
function heldHere(text: string, start: number, head: string, prefix: string): boolean {
  return head !== '活动' && prefix.length >= 4 && HELD_BEFORE.test(text.slice(Math.max(0, start - 3), start));
}

/**
 * 暨 joins two events into one name (…颁奖暨庆“五一”文艺演出, …闭幕式暨…启动仪式): a name that
 * begins at 暨 takes in the event named before it.
 */
function overJoinedEvent(view: ArticleView, start: number, floor: number): number {
  const at = view.text[start] === '暨' ? start : view.text[start - 1] === '暨' ? start - 1 : -1;
  if (at <= floor) return start;
  const before = nameStart(view, at, floor, { event: true });
  return before < at ? before : start;
}

export function recognizeInitiatives(view: ArticleView): Candidate[] {
  const { text } = view;
  const found: Candidate[] = [];
  for (let open = text.indexOf('“'); open >= 0; open = text.indexOf('“', open + 1)) {
    // A performance piece announced by its kind: 原创诗朗诵“春风暖万家”.
    const kind = PIECE.exec(text.slice(Math.max(0, open - 6), open));
    const pieceEnd = text.slice(open, open + 32).indexOf('”');
    if (kind && pieceEnd > 2 && !/[，。；！？\n]/.test(text.slice(open, open + pieceEnd))) {
      const start = open - kind[0].length;
      found.push({ type: 'Initiative', start, end: open + pieceEnd + 1, name: text.slice(start, open + pieceEnd + 1), key: text.slice(open + 1, open + pieceEnd) });
      continue;
    }
    // Bounded look-ahead: a page of “ without ” must stay linear.
    const at = text.slice(open, open + 15).indexOf('”');
    const close = at < 0 ? -1 : open + at;
    if (close < 0 || close - open < 3) continue;
    const key = text.slice(open + 1, close);
    if (/[，。；、！？\n]/.test(key) || !CARRY_OUT.test(text.slice(Math.max(0, open - 4), open)) || headEndingAt(text, close)) continue;
    if (headEndingAt(text, close + 1 + 4) || /^[\p{Script=Han}]{0,4}(?:活动|行动|计划)/u.test(text.slice(close + 1))) continue;
    found.push({ type: 'Initiative', start: open, end: close + 1, name: text.slice(open, close + 1), key });
  }
  const lead = view.lead ?? view.titleRange;
  // Unspecific names kept back: a fuller form of a name the article is about counts (结对共建座谈会).
  const fuller: Candidate[] = [];
  const inFocus = (start: number): boolean =>
    (start >= view.titleRange.start && start < view.titleRange.end) || (start >= lead.start && start < lead.end);

  for (const sentence of view.sentences) {
    for (const { end, head } of headEnds(view, sentence.start, sentence.end)) {
      const headStart = end - head.length;
      // Look back a bounded window only: a long sentence must stay linear.
      const windowStart = Math.max(sentence.start, headStart - 48);
      const window = text.slice(windowStart, headStart);
      const closeAt = window.lastIndexOf('”');
      const closeQuote = closeAt < 0 ? -1 : windowStart + closeAt;
      const openAt = closeAt < 0 ? -1 : window.lastIndexOf('“', closeAt);
      const openQuote = openAt < 0 ? -1 : windowStart + openAt;
      const quoted = openQuote >= sentence.start && MIDDLE.test(text.slice(closeQuote + 1, headStart)) && closeQuote - openQuote <= 30;
      if (quoted) {
        const start = overJoinedEvent(view, afterOtherHead(view, nameStart(view, openQuote, sentence.start, { quoted: true }), openQuote), sentence.start);
        const name = text.slice(start, end);
        found.push({ type: 'Initiative', start, end, name, head, key: text.slice(openQuote + 1, closeQuote) });
        continue;
      }
      if (text[end] === '”') {
        // The whole quotation is the name (“街道职工恳谈会”).
        const from = Math.max(sentence.start, end - 30);
        const open = text.slice(from, headStart).lastIndexOf('“');
        if (open >= 0 && end - (from + open + 1) > head.length && !/[”，。；、]/.test(text.slice(from + open + 1, end))) {
          const name = text.slice(from + open + 1, end);
          found.push({ type: 'Initiative', start: from + open + 1, end, name, head, key: keyOf(name) });
          continue;
        }
      }
      const start = afterHoldingVerb(
        text,
        listedFromYear(
          view,
          overJoinedEvent(view, afterOtherHead(view, nameStart(view, headStart, sentence.start, { event: true }), headStart), sentence.start),
          sentence.start,
        ),
        headStart,
      );
      const prefix = text.slice(start, headStart);
      const before = text.slice(Math.max(sentence.start, headStart - 4), headStart);
      if (prefix === '' || DETERMINER.test(prefix) || DETERMINER.test(before.slice(-2))) {
        // A bare weak head (培训, 展示, 项目) is an everyday noun, not a reference to the event,
        // unless a determiner points back (本届评选).
        if (WEAK_HEADS.has(head) && !DETERMINER.test(prefix) && !DETERMINER.test(before.slice(-2))) continue;
        found.push({ type: 'Initiative', start: headStart, end, name: head, head, anaphor: true });
        continue;
      }
      // Quotations the quoted pattern refused (“甲”“乙”四个计划) do not make an unquoted name either.
      if (prefix.includes('“')) continue;
      // Without quotes, a weak head is never a name, and a name must say which event it is.
      // A weak head names an event only with its edition (第十届…成果评选).
      if ((WEAK_HEADS.has(head) && !/^(?:第[一二三四五六七八九十百\d]+届|首届)/.test(prefix)) || prefix.length < 2) continue;
      // A programme named by four or more characters of its own (携手同行行动, 职工技能提升计划).
      const programme =
        (head === '行动' || head === '计划') &&
        prefix.length >= 4 &&
        !/\d/.test(prefix) &&
        !clauseWordIn(view, start, headStart);
      const specific =
        programme ||
        YEAR_ORDINAL.test(prefix) ||
        /^(?:全国|首届|首都|世界)/.test(prefix) ||
        placeIn(view, start, headStart) ||
        heldHere(text, start, head, prefix) ||
        (head === '活动' && bringsInto(view, start, headStart));
      const name = text.slice(start, end);
      const candidate: Candidate = { type: 'Initiative', start, end, name, head, key: keyOf(name) };
      if (specific || inFocus(start)) found.push(candidate);
      else fuller.push(candidate);
    }
  }
  // A name counts when it ends with a found name at most four characters shorter: those endings
  // are looked up, not every name found compared.
  const names = new Set(found.filter((f) => !f.anaphor && f.name.length >= 4).map((f) => f.name));
  for (const c of fuller) {
    let ends = false;
    for (let cut = 0; cut <= 4 && c.name.length - cut >= 4 && !ends; cut++) ends = names.has(c.name.slice(cut));
    if (!ends) continue;
    found.push(c);
    if (c.name.length >= 4) names.add(c.name);
  }
  return found;
}

// Person: a named person. Evidence for a name is its context, never the name alone: a byline or
// credit, a title or role right before it (党组成员李振华, 全国劳动模范赵立新), a list continuing such a
// name (刘海涛、周明远), or a speech verb right after it (郑国强介绍). Anonymous people (张女士, 小张,
// 一名快递员) have no such name and are never reported.
import { surnameAt } from '../lexicon/surnames.js';
import { ANONYMOUS_PREFIXES, ANONYMOUS_SUFFIXES, SPEECH_VERBS, TITLES } from '../lexicon/terms.js';
import type { Candidate } from './candidate.js';
import { wordIndex } from '../lexicon/wordset.js';
import type { ArticleView } from './view.js';

/** Roles printed before names in union news that the lexicon's title list lacks. */
const EXTRA_TITLES = [
  '代表', '冠军', '亚军', '季军', '匠师', '发起人', '创始人', '技术人员', '先进工作者', '劳动模范', '劳模', '选手', '书记', '领导',
  // Civil-service ranks held in a union or department (一级巡视员, 二级调研员).
  '巡视员', '调研员',
  // Frontline workers this news writes about, named after their trade (环卫工人周家玲).
  '环卫工人', '环卫工', '快递员', '快递小哥', '外卖员', '送餐员', '骑手', '司机', '驾驶员', '电焊工', '焊工', '电工', '保安员',
];

const ALL_TITLES = wordIndex([...TITLES, ...EXTRA_TITLES]);

/** Whether a run of text ends in a person's title or post (党组副书记、副主任; not 出席会议). */
export function endsWithTitle(text: string): boolean {
  return ALL_TITLES.endingAt(text, text.length) !== undefined;
}

/** The title or post printed right before `text[at]` (区总工会主席|何某), if any. */
export function titleBefore(text: string, at: number): string | undefined {
  return ALL_TITLES.endingAt(text, at);
}

/** Characters that cannot be part of a given name: they begin the next word of the clause. */
const NOT_GIVEN = new Set([...'的了在和与及等是为从将把被说讲称指也都还就又并而或个位名们时日月年以、，。；：！？“”‘’（）()《》 \n'].map((ch) => ch.charCodeAt(0)));

/** Words that begin right after a name and show where it ends (李振华出席, 韩冬领衔, 孙丽表示). */
const AFTER_NAME = wordIndex([
  ...SPEECH_VERBS, '出席', '参加', '带队', '领衔', '揭牌', '主持', '进行', '获得', '荣获', '带领', '一行', '同志',
  '现场', '等', '和', '与', '及', '、', '，', '。', '）', ')', '（', ',', ';', '\n', '在', '为', '向', '对', '说', '也', '还', '现', '已', '是', '共同', '一同', '分别', '亲自', '再次', '同时',
  // 作报告, 作讲座, 作经验交流, 作为: what a speaker does (主任医师刘某作健康讲座).
  '作', '以',
  '的', '将', '从', '率', '深耕', '担任', '作为', '拥有', '分享', '讲述', '通过', '正在', '一直', '曾', '先后', '带',
  // Where a guest goes (劳模某某走进课堂, 来到工地, 深入一线).
  '走进', '来到', '深入',
  // A studio named after its leader (全国劳模马春生创新工作室), a team after its head.
  '创新工作室', '工作室', '团队', '等人',
]);
const SPEECH = wordIndex(SPEECH_VERBS);
/** Verbs of electing or appointing someone to a post (选举X为…). */
const ELECTING = wordIndex(['选举', '当选', '增补', '补选', '推选', '任命', '聘任', '聘请', '选举产生', '推举']);

/** Not names although they start with a surname and follow a title (主席团, 代表们 …). */
const NOT_NAMES = new Set(['代表', '同志', '一行', '本人', '们', '称号', '团队', '师傅']);

const HAN = /\p{Script=Han}/u;
const GIVEN_LENGTHS = [2, 1] as const;

/** The CJK unified ideographs, every one of them Han: most characters asked about, told without a string. */
const isUnifiedIdeograph = (code: number): boolean => code >= 0x4e00 && code <= 0x9fff;

/** Every character of text[from, to) can be part of a given name (a surrogate pair cut at `to` cannot). */
function givenChars(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (NOT_GIVEN.has(code)) return false;
    if (isUnifiedIdeograph(code)) continue;
    const point = i + 1 < to ? text.codePointAt(i)! : code;
    if (!HAN.test(String.fromCodePoint(point))) return false;
    if (point > 0xffff) i++;
  }
  return true;
}

/** The given-name length (1 or 2) that makes `text[at..]` a name ending cleanly, or 0. */
function nameLengthAt(text: string, at: number): number {
  const surname = surnameAt(text, at);
  if (!surname) return 0;
  const g = at + surname.length;
  for (const given of GIVEN_LENGTHS) {
    const end = g + given;
    if (end > text.length) continue;
    if (!givenChars(text, g, end)) continue;
    if (ANONYMOUS_SUFFIXES.some((s) => text.startsWith(s, g))) return 0;
    if (end === text.length || AFTER_NAME.startingAt(text, end) !== undefined) return end - at;
  }
  return 0;
}

function isAnonymous(text: string, at: number): boolean {
  return at > 0 && ANONYMOUS_PREFIXES.includes(text[at - 1]!) && !HAN.test(text[at - 2] ?? '');
}

/** Tags jieba gives names (or words it does not know). */
const NAME_TAG = /^(?:nr|x)/;
/** Tags of words no name starts with: prepositions, conjunctions, particles, adverbs, pronouns, verbs … */
const NOT_NAME_START = /^(?:p|c|u|d|r|v|f|m|q)/;

/**
 * jieba must not contradict the name: it begins on a token boundary, and it is not itself an
 * ordinary word (表示, 成长, 之家) nor the start of a longer one.
 */
function tokenAgrees(view: ArticleView, start: number, end: number): boolean {
  const k = view.tokenAt[start]!;
  const token = view.tokens[k];
  if (!token || token.start !== start) return false;
  // A surname jieba reads as a measure word or a pronoun, the given name one word after it, whatever
  // jieba makes of that word (张/q 得志/n, 张/q 立新/d, 何/r 秀英/nr).
  if ((token.tag === 'q' || token.tag === 'r') && token.end - token.start === 1 && view.tokens[k + 1]?.end === end) return true;
  if (NOT_NAME_START.test(token.tag)) return false;
  if (token.end > end) return false;
  // A longer ordinary word at the start (风筝 in 风筝制) is not a surname and given name.
  // jieba reads some surnames with a given character as a place (吴国强 → 吴国/ns 强): that is no objection.
  if (token.end < end && token.end - token.start > 1 && !NAME_TAG.test(token.tag) && token.tag !== 'ns') return false;
  if (token.end === end) return NAME_TAG.test(token.tag);
  return true;
}

export function recognizePersons(view: ArticleView): Candidate[] {
  const { text } = view;
  const found: Candidate[] = [];
  const seen = new Set<number>();
  // listed: a later item of a 、-list, whose place in the list is evidence enough, whatever jieba cut (许/m 庆春).
  const add = (at: number, length: number, roles: string[], listed = false): boolean => {
    const name = text.slice(at, at + length);
    if (seen.has(at)) return true;
    if (NOT_NAMES.has(name) || isAnonymous(text, at) || (!listed && !tokenAgrees(view, at, at + length))) return false;
    seen.add(at);
    found.push({ type: 'Person', start: at, end: at + length, name, roles });
    return true;
  };

  // Names right after a title; a list after the title shares it (北京市劳动模范刘海涛、周明远).
  for (let p = 1; p < text.length; p++) {
    const title = titleBefore(text, p);
    if (!title) continue;
    // 主席：周某 on a line of its own, in a list of officials.
    const listed = /[：:]/.test(text[p] ?? '') && (p - title.length === 0 || text[p - title.length - 1] === '\n');
    let pos = listed ? p + 1 : p;
    let length = nameLengthAt(text, pos);
    while (length > 0) {
      // The list is only as good as its first name.
      const first = pos === (listed ? p + 1 : p);
      if (!add(pos, length, [title], !first) && first) break;
      pos += length;
      if (text[pos] !== '、') break;
      pos += 1;
      length = nameLengthAt(text, pos);
    }
  }

  // 来自…的吴晓东是…, 来自…的巩彦宏，…: the person a clause introduces by where they come from.
  for (let at = text.indexOf('来自'); at >= 0; at = text.indexOf('来自', at + 2)) {
    const de = text.slice(at, at + 40).search(/的[^的，。；,]{2,4}[是，,]/);
    if (de < 0 || /[，。；！？,]/.test(text.slice(at, at + de))) continue;
    const start = at + de + 1;
    for (const length of [3, 2, 4]) {
      if (/^[是，,]/.test(text[start + length] ?? '') && nameLengthAt(text, start) === length) {
        add(start, length, []);
        break;
      }
    }
  }

  // A list of names closed by 等 and a count (潘尚华、张智德等4名选手): read back from the 等.
  for (let at = text.indexOf('等'); at >= 0; at = text.indexOf('等', at + 1)) {
    if (!/^(?:\d+|[一二三四五六七八九十两几]+)(?:名|位|人)/.test(text.slice(at + 1, at + 6))) continue;
    const listed: [number, number][] = [];
    let end = at;
    for (;;) {
      const length = [3, 2].find((n) => end - n >= 0 && nameLengthAt(text, end - n) === n);
      if (length === undefined) break;
      listed.push([end - length, length]);
      end -= length;
      if (text[end - 1] !== '、') break;
      end -= 1;
    }
    if (listed.length >= 2) for (const [start, length] of listed) add(start, length, [], true);
  }

  // 选举刘洋为某工会副主席, 任命王某为…: the person an election or appointment names, before 为.
  for (let at = 0; at < text.length; at++) {
    const verb = ELECTING.startingAt(text, at);
    if (verb === undefined) continue;
    const start = at + verb.length;
    const length = [3, 2, 4].find((n) => text[start + n] === '为' && nameLengthAt(text, start) === n);
    if (length !== undefined) add(start, length, [], true);
  }

  // Names right before a speech verb, at the start of a clause (郑国强介绍, ……孙丽表示).
  for (let at = 2; at < text.length; at++) {
    if (SPEECH.startingAt(text, at) === undefined) continue;
    for (const length of [3, 2, 4]) {
      const start = at - length;
      if (start < 0) continue;
      const before = text[start - 1] ?? '\n';
      if (!/[，。；：！？”\n、（(　 ]/.test(before)) continue;
      if (nameLengthAt(text, start) === length) {
        add(start, length, []);
        break;
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

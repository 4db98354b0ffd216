// Organization: a named non-union body, in full as printed (北京宏远建设集团培训中心, 韩冬创新工作室,
// 延庆区人力资源和社会保障局). A head word ends the name; the name must have a specific part, so
// generic nouns (职工创新工作室, 实训基地) are left out.
import { surnameAt } from '../lexicon/surnames.js';
import { ORGANIZATION_SUFFIXES } from '../lexicon/terms.js';
import type { Token } from '../tokens.js';
import type { Candidate } from './candidate.js';
import { leadingPlaces } from './places.js';
import { wordIndex } from '../lexicon/wordset.js';
import { hasProperPart, isCounted, isCountedAfter, isEventTeam, isGenericWord, nameStart } from './names.js';
import { firstStartingFrom, spanAround } from './ordered-spans.js';
import { recognizeVenues } from './venue.js';
import { recognizeDepartments } from './department.js';
import type { ArticleView } from './view.js';

/** Head words the lexicon does not list that name bodies in union news. */
const EXTRA_SUFFIXES = [
  '分局', '常委会', '卫健委', '区委', '市委', '县委', '团委', '宣传部', '组织部', '党校', '分校', '职业高中', '疗养院',
  '陈列室', '管理处', '商圈', '大厦', '加速器', '服务队', '护卫队', '文联', '企联', '区政府', '市政府', '县政府', '人民政府',
  '纪念馆', '总站', '车队', '分会', '联合会', '促进会', '研究会', '合作社', '实验室', '工作站', '服务站', '技师学院',
  '部', '陈列馆', '展览馆', '科技馆', '职业高中', '高中', '初中', '中专', '分行', '支行', '门店', '总队', '支队', '大队', '大道',
  '代表队', '俱乐部', '艺术馆', '领导小组', '党工委', '工委', '纪委', '报社', '报刊社', '出版社', '杂志社', '通讯社', '工业园',
  '产业园', '科技园', '火锅店', '饭店', '餐厅', '超市', '商场',
];

const SUFFIXES = wordIndex([...ORGANIZATION_SUFFIXES, ...EXTRA_SUFFIXES]);

const UNION_COMMITTEE = /工会(?:联合会)?第[一二三四五六七八九十\d]+届$/;

/** The country's central bodies, named without a head word (党中央、国务院决策部署). */
const CENTRAL_BODIES = new Set(['党中央', '中共中央', '国务院', '全国人大', '全国政协', '中央军委']);

/** Bodies of the district or city in focus, printed without its name. */
const LOCAL_BODIES = new Set(['区委', '市委', '区政府', '市政府']);

/** Words ending in a head word that are not bodies. */
const NOT_BODIES = new Set([
  '格局', '大局', '布局', '结局', '全局', '开局', '当局', '重心', '核心', '中心城区', '党和政府', '干部', '全部',
  '内部', '外部', '局部', '东部', '西部', '南部', '北部', '中部', '总部', '各部', '本部', '头部', '底部', '腹部',
  '背部', '胸部', '面部', '脑部', '基层干部', '一部', '这部',
]);
/** Word endings that are not bodies whatever precedes them (开好局, 党员干部, 城市副中心). */
const NOT_BODY_ENDINGS = /(?:好局|开局|布局|格局|大局|干部|局面|副中心)$/;

/** What follows 中心 when it is a body's central task (中心工作, 中心任务), not a centre (中心工作人员 is one). */
const CENTRAL_TASK = /^(?:工作(?!人员|者|站|室)|任务)/;

/** One-character heads need a word of three or more characters around them (公安局, not 好局). */
const SHORT_HEAD = /^(?:局|部)$/;
/** 党委副书记, 党组成员: a party committee followed by a post is part of a title, not a body. */
const PARTY_POST = /^(?:副?书记|委员|成员|常委)/;
const PARTY_COMMITTEE = /^(?:党委|党组|党工委)$/;
/** 区委书记 is one jieba word: the body is its first part. */
const LOCAL_BODY_TITLE = /^(区委|市委|县委)(?:副?书记|常委)$/;
/** The second character of every LOCAL_BODY_TITLE word. */
const WEI = '委'.charCodeAt(0);

/**
 * The head of a place's own party committee or people's congress that jieba printed apart from the
 * place (丰台区/委, 区/人大), or undefined.
 */
function localBodyCut(before: Token, token: Token): string | undefined {
  if (token.start !== before.end) return undefined;
  if (token.word === '委' && before.tag === 'ns' && /[区市县]$/.test(before.word)) return '委';
  if (token.word === '人大' && /^[区市县]$/.test(before.word)) return '人大';
  return undefined;
}

/** 顺丰、美团、韵达等平台: a list closed by 等 and a kind of business names businesses. */
const BUSINESS_KIND = /^等(?:快递企业|快递公司|外卖平台|互联网平台|平台|站点|企业|公司|品牌|商户|网点)/;

/** What introduces a list of businesses right before its first item (来自美团、…). */
const LIST_OPENER = /(?:来自|包括|比如|例如|如|有|是|与|和|及|[，。、：；“（\s])$/;

/**
 * Where a 等-list's first item begins: after the words that introduce the list, else as long as the
 * second item (no other boundary is printed).
 */
function firstItemStart(text: string, end: number, secondLength: number): number {
  for (let start = end - 2; start >= Math.max(0, end - 6); start--) {
    if (LIST_OPENER.test(text.slice(Math.max(0, start - 2), start))) return start;
  }
  return end - secondLength;
}

/** Brand names in a 等-list. */
function listedBrands(view: ArticleView): Candidate[] {
  const { text, tokens } = view;
  const found: Candidate[] = [];
  const brand = (start: number, end: number): boolean => {
    const word = text.slice(start, end);
    if (end - start < 2 || end - start > 6 || !/^[\p{Script=Han}A-Za-z0-9]+$/u.test(word) || isGenericWord(word)) return false;
    if (SUFFIXES.endingAt(word, word.length) === word) return false;
    const first = tokens[view.tokenAt[start]!]!;
    if (first.start !== start) return false;
    // A single dictionary word that is a common noun or verb (学校, 企业) is a kind, not a brand;
    // brands are words jieba does not know (顺丰/x), splits (美/团) or takes for a place (京东/ns).
    return first.end !== end || !/^(?:n|v|vn|nnt|a|d|nt)$/.test(first.tag);
  };
  for (let at = text.indexOf('等'); at >= 0; at = text.indexOf('等', at + 1)) {
    if (!BUSINESS_KIND.test(text.slice(at, at + 6))) continue;
    const items: [number, number][] = [];
    let end = at;
    for (;;) {
      const sep = text.lastIndexOf('、', end - 1);
      if (sep < 0 || end - sep - 1 > 6 || end - sep - 1 < 2) break;
      items.unshift([sep + 1, end]);
      end = sep;
    }
    if (items.length === 0) continue;
    items.unshift([firstItemStart(text, end, items[0]![1] - items[0]![0]), end]);
    const brands = items.filter(([s, e]) => s >= 0 && brand(s, e));
    if (brands.length < 2) continue;
    for (const [s, e] of brands) found.push({ type: 'Organization', start: s, end: e, name: text.slice(s, e), head: '' });
  }
  return found;
}

/** What a studio's leader is called in its name (程来友工匠创新工作室, 孙锡武劳模创新工作室). */
const STUDIO_QUALIFIER = /(?:劳模|工匠|职工|技能大师|大师)$/;
/** What may come right before a leader's name that begins a studio's name: a list mark, a clause start. */
const BEFORE_LEADER = /[、，。；：“\s是和及与为了]/;

/**
 * Where a studio's name begins when it is named after its leader: a surname and one or two given
 * characters right after a list mark (、彭松工匠创新工作室), whatever jieba made of them (程/n 来/v 友/ng).
 * -1 when there is no such name.
 */
function leaderNameStart(text: string, headStart: number, floor: number): number {
  const qualifier = STUDIO_QUALIFIER.exec(text.slice(Math.max(floor, headStart - 4), headStart));
  const end = headStart - (qualifier ? qualifier[0].length : 0);
  for (const length of [3, 2]) {
    const start = end - length;
    if (start < floor || (start > floor && !BEFORE_LEADER.test(text[start - 1]!))) continue;
    const name = text.slice(start, end);
    const surname = surnameAt(text, start);
    if (surname !== undefined && surname.length < length && /^\p{Script=Han}+$/u.test(name) && !name.endsWith('级')) return start;
  }
  return -1;
}

/** Organization names can contain 工会 (河北省总工会职工学校) but must not end in a union's own head. */
export function recognizeOrganizations(view: ArticleView): Candidate[] {
  const { text, tokens } = view;
  const found: Candidate[] = [];
  // Names that failed only for want of a specific part: a word the article already uses to begin a
  // specific name (首钢 of 首钢集团有限公司) makes them specific too (首钢技师学院).
  const generic: Candidate[] = [];
  for (const sentence of view.sentences) {
    for (let k = view.tokenAt[sentence.start]!; k < tokens.length && tokens[k]!.start < sentence.end; k++) {
      const token = tokens[k]!;
      const suffix = SUFFIXES.endingAt(token.word, token.word.length);
      if (CENTRAL_BODIES.has(token.word)) {
        found.push({ type: 'Organization', start: token.start, end: token.end, name: token.word, head: '' });
        continue;
      }
      // jieba cuts a place's own committee and congress apart (丰台区/委, 区/人大).
      const local = k > 0 ? localBodyCut(tokens[k - 1]!, token) : undefined;
      if (local !== undefined) {
        found.push({ type: 'Organization', start: tokens[k - 1]!.start, end: token.end, name: text.slice(tokens[k - 1]!.start, token.end), head: local });
        continue;
      }
      // Most tokens end in no head and are no 区委书记-style title: nothing more to ask of them.
      if (!suffix && token.word.charCodeAt(1) !== WEI) continue;
      if (NOT_BODIES.has(token.word) || NOT_BODY_ENDINGS.test(token.word)) continue;
      // 围绕区委中心工作: a body's central task, not a centre.
      if (suffix === '中心' && CENTRAL_TASK.test(text.slice(token.end, token.end + 4))) continue;
      const titled = token.word.charCodeAt(1) === WEI ? LOCAL_BODY_TITLE.exec(token.word) : null;
      if (titled) {
        const start = nameStart(view, token.start, sentence.start);
        const end = token.start + titled[1]!.length;
        found.push({ type: 'Organization', start, end, name: text.slice(start, end), head: titled[1]! });
        continue;
      }
      if (!suffix) continue;
      // 局 or 部 alone is a head only after a noun (农业农村局), not inside a phrase (开好局).
      if (SHORT_HEAD.test(suffix) && token.word.length < 3 && !(token.word === suffix && k > 0 && /^(?:n|nt|j|ns)$/.test(tokens[k - 1]!.tag))) continue;
      // A name printed in quotes is the whole quotation (“暖心驿站”).
      if (text[token.end] === '”') {
        const from = Math.max(sentence.start, token.end - 20);
        const open = text.slice(from, token.end).lastIndexOf('“');
        const inner = open < 0 ? '' : text.slice(from + open + 1, token.end);
        if (inner.length > suffix.length && !/[“”，。、；：！？\s]/.test(inner) && !/^[一二三四五六七八九十两几\d]+个/.test(inner) && !isCountedAfter(text, token.end)) {
          found.push({ type: 'Organization', start: from + open + 1, end: token.end, name: inner, head: suffix });
          continue;
        }
      }
      // 区委区政府 is two bodies.
      if (LOCAL_BODIES.has(token.word) && k > 0 && LOCAL_BODIES.has(tokens[k - 1]!.word)) {
        found.push({ type: 'Organization', start: token.start, end: token.end, name: token.word, head: suffix });
        continue;
      }
      const partyPost = PARTY_COMMITTEE.test(suffix) && PARTY_POST.test(text.slice(token.end, token.end + 3));
      // 服务站/联合会 after 工会 belong to a union's name.
      const headStart = token.end - suffix.length;
      if (text.slice(Math.max(0, headStart - 2), headStart) === '工会') continue;
      // The whole word ending in the head is part of the name (活动中心, 人大常委会), whatever its tag.
      const start = nameStart(view, token.start, sentence.start, { allowHe: true });
      // A place's own party committee is a body its secretary belongs to (某镇党委副书记); a company's
      // (某集团党委副书记) is a post in the company.
      if (partyPost && (start === headStart || leadingPlaces(text.slice(start, headStart)).rest !== '')) continue;
      if (start === token.start && token.word === suffix) {
        // 区委, 市政府: the district's or city's own body, completed during resolution.
        if (LOCAL_BODIES.has(token.word)) found.push({ type: 'Organization', start: token.start, end: token.end, name: token.word, head: suffix });
        continue;
      }
      // 海淀区中关村街道科贸大厦骑手驿站: a district-and-street address before a name is not part of it.
      let nameFrom = start;
      const { places, rest } = leadingPlaces(text.slice(start, token.end));
      if (places.length >= 2 && places[places.length - 1]!.level === 'street' && rest.length >= 4) nameFrom = token.end - rest.length;
      const leader = suffix.endsWith('工作室') ? leaderNameStart(text, headStart, sentence.start) : -1;
      if (leader >= 0 && leader < nameFrom) nameFrom = leader;
      // 两所…学校 counts a kind of body, it names none.
      if (isCounted(text, nameFrom) || isCountedAfter(text, token.end)) continue;
      if (isEventTeam(text, nameFrom, token.end)) continue;
      // 某工会第一届委员会 is the union's own elected committee, not another body.
      if (suffix === '委员会' && UNION_COMMITTEE.test(text.slice(nameFrom, headStart))) continue;
      const candidate: Candidate = { type: 'Organization', start: nameFrom, end: token.end, name: text.slice(nameFrom, token.end), head: suffix };
      if (leader === nameFrom || hasProperPart(view, nameFrom, headStart)) found.push(candidate);
      else generic.push(candidate);
    }
  }
  found.push(...listedBrands(view));
  const known = new Set(
    found
      .map((c) => tokens[view.tokenAt[c.start]!]!)
      .filter((t) => t.end - t.start >= 2 && /^(?:n|nz|nt|x|j)$/.test(t.tag) && !isGenericWord(t.word))
      .map((t) => t.word),
  );
  for (const c of generic) {
    const first = tokens[view.tokenAt[c.start]!]!;
    if (known.has(first.word) && first.end < c.end - (c.head?.length ?? 0) + 1) found.push(c);
  }
  // The frame bounds a venue's name: a name reaching across it (…基地某镇…酒店, A工地和B中心) is two.
  const venues: Candidate[] = [];
  for (const v of recognizeVenues(view).sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (venues.length === 0 || venues[venues.length - 1]!.end <= v.start) venues.push(v);
  }
  const crossesVenue = (c: Candidate): boolean => {
    const v = spanAround(venues, c.start) ?? firstStartingFrom(venues, c.start);
    return v !== undefined && v.start < c.end && (c.start < v.start || c.end > v.end);
  };
  // Departments first: of two equal spans, the one that knows it names a department is kept (barePlace).
  return [...[...recognizeDepartments(view), ...found].filter((c) => !crossesVenue(c)), ...venues].sort((a, b) => a.start - b.start);
}

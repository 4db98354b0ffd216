// Finding where a name starts: from a head word (总工会, 有限公司, 研修班 …) walk left over the
// tokens a name is made of (places, nouns, unknown words, numbers, quoted and bracketed parts) and
// stop at punctuation, verbs, prepositions and the little words that begin a clause.
import { INITIATIVE_HEADS, ORGANIZATION_SUFFIXES } from '../lexicon/terms.js';
import { dictionaryTag } from '../tokens.js';
import type { ArticleView, Token } from './view.js';

/** Longest name we accept; beyond it the walk has run into the clause. */
const MAX_NAME = 40;

/** Tags of tokens that can be part of a name. */
const NAME_TAGS = new Set(['n', 'nr', 'nrt', 'nrfg', 'ns', 'nt', 'nz', 'ng', 'nnt', 'j', 'eng', 'b', 'vn', 'm', 'an']);

/** Words jieba tags otherwise that still build names (首都/d, 创新/v, 服务/vn …). */
const NAME_WORDS = new Set([
  '首都', '创新', '服务', '保障', '管理', '发展', '研究', '培训', '示范', '职业', '技术', '建设', '交通',
  '运输', '信息', '科技', '国际', '全国', '中国', '中华', '国家', '城市', '文化', '人民', '公共', '劳动', '新',
  '大', '小', '东', '西', '南', '北', '中', '第一', '第二', '第三', '高级', '特别', '专项', '专题', '主题',
  '智慧', '安全', '环保', '医疗', '卫生', '健康', '社会', '经济', '综合', '数字', '金融', '投资', '控股', '实业',
  '保安', '物流', '电力', '电子', '电气', '机械', '制造', '工业', '商业', '农业', '青年', '妇女', '老年', '职工',
  '东方', '西方', '南方', '北方',
]);

/** Words that end a name on the left even when their tag would let them in. */
const STOP_WORDS = new Set([
  '该', '本', '各', '其', '此', '这', '那', '每', '全体', '多家', '一家', '多名', '全市', '全区', '辖区', '区内',
  '市内', '下属', '所属', '隶属', '隶属于', '近日', '日前', '昨天', '今天', '目前', '当天', '会上', '活动', '现场',
  '记者', '通讯员', '本报讯', '本报', '相关', '有关', '以及', '和', '与', '及', '或', '等', '由', '在', '向', '为',
  '对', '把', '被', '将', '让', '给', '同', '跟', '从', '于', '是', '了', '的', '之', '们', '还', '也', '并',
  '其中', '包括', '作为', '通过', '依托', '联合会', '了解', '一行', '部分', '来自', '各级', '市级', '区级', '这一',
  '一个', '这个', '一场', '一次', '这些', '各类', '多个', '双重', '乡镇', '县区', '暨', '建立健全', '内设', '下设',
]);

/** Verbs that begin the clause an event name sits in (开展安全知识宣讲志愿服务活动): never part of it. */
const TRIGGERS = new Set([
  '开展', '举办', '组织', '推动', '启动', '召开', '参加', '参与', '通过', '实施', '举行', '推进', '深化', '落实', '助力',
  '打造', '推出', '进行', '发起', '承办', '主办', '协办', '指导', '完成', '成为', '获得', '荣获', '作为', '围绕', '聚焦',
  '依托', '借助', '利用', '结合', '持续', '积极', '精心', '共同', '联合', '携手', '邀请', '开启', '迎来', '出席', '观看',
  '创新', '探索', '建立', '建设', '加强', '做好', '做实', '完善', '制定', '出台', '印发', '用', '以', '让', '使', '是', '有', '为', '将', '已',
]);

/** Word endings of a complete body's name: 和 after one lists two bodies rather than joining one name. */
const BODY_END = /(?:公司|集团|学院|大学|中心|局|委员会|工会|协会|联盟|基地|医院|学校|高中|工作室|站|所|馆)$/;

/** Person titles end a body's name on the left (…副主席冯玉兰和北京宏远建设集团党委). */
const PERSON_TITLE_TAG = 'nnt';
const TITLES_IN_NAMES = new Set(['工匠', '劳模', '劳动模范', '职工', '技师', '工程师', '教师', '班组长', '摄影', '记者']);

/** Tokens made only of these characters are punctuation. */
const PUNCT = /^[\s\p{P}\p{S}]+$/u;
const CJK_OR_ALNUM = /^[\p{Script=Han}A-Za-z0-9]+$/u;

/** Closing marks and their openers; a Map, since looking up every token's word as a property costs more. */
const OPENERS = new Map([['”', '“'], ['」', '「'], ['）', '（'], [')', '('], ['』', '『']]);

/** 安华里, 和平里: 里 after a place-like word is part of a place name. */
function placeLi(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  return tokens[k]!.word === '里' && before !== undefined && before.end === tokens[k]!.start && /^(?:ns|nz|x)$/.test(before.tag);
}

/** Place words a place's own name comes before (朱家湾街道, 杨柳青镇). */
const PLACE_WORDS = /^(?:街道|镇|乡|村|社区|地区|新区|区|县|市)$/;

/**
 * 朱家/nrfg 湾/zg 街道: a character jieba leaves on its own between a proper name and a place word
 * is the end of the place's name (a place the gazetteer lacks).
 */
function placeCharacter(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k]!;
  const left = tokens[k - 1];
  const right = tokens[k + 1];
  return (
    token.tag === 'zg' && token.end - token.start === 1 && right !== undefined && PLACE_WORDS.test(right.word) &&
    left !== undefined && left.end === token.start && PROPER_TAGS.has(left.tag) && CJK_OR_ALNUM.test(left.word)
  );
}

function nameish(token: Token): boolean {
  if (STOP_WORDS.has(token.word)) return false;
  // 精心组织, 联合举办: a word ending in the clause's verb is the clause, whatever jieba tags it.
  if (token.word.length >= 3 && TRIGGERS.has(token.word.slice(-2))) return false;
  if (TRIGGERS.has(token.word) && !NAME_WORDS.has(token.word)) return false;
  // Words jieba does not know that end like a verb phrase (喝上, 送到) are the clause, not a name.
  if (token.tag === 'x' && /[上到了着过给]$/.test(token.word)) return false;
  if (NAME_TAGS.has(token.tag)) return CJK_OR_ALNUM.test(token.word);
  if (NAME_WORDS.has(token.word)) return true;
  // Words jieba does not know (tag x) are often the proper part of a name: 禹宏信安, 卫健委.
  return token.tag === 'x' && CJK_OR_ALNUM.test(token.word);
}

/** In event names verbs and adjectives are welcome, except the clause's own verbs. */
function eventish(token: Token): boolean {
  return /^(?:v|a|ad|an|vn|d)$/.test(token.tag) && !TRIGGERS.has(token.word) && !TRIGGERS.has(token.word.slice(-2)) && !STOP_WORDS.has(token.word) && CJK_OR_ALNUM.test(token.word);
}

/** Words tagged otherwise that may begin a name. */
const START_WORDS = new Set([...NAME_WORDS, '健康', '绿色'].filter((w) => !['联合', '创新', '服务', '发展', '建设', '研究', '培训', '管理'].includes(w)));

/** A set phrase jieba keeps whole (身心健康检查 → 身心健康/l): part of an event's name unless it is the clause's verb (出席会议). */
function phrase(token: Token): boolean {
  return /^(?:l|i)$/.test(token.tag) && !TRIGGERS.has(token.word.slice(0, 2)) && !TRIGGERS.has(token.word.slice(-2)) && CJK_OR_ALNUM.test(token.word);
}

/** Tags that may not begin a name (a verb or adverb at the left edge belongs to the clause). */
const BAD_FIRST = new Set(['v', 'vn', 'd', 'p', 'c', 'uj', 'ul', 'r', 't', 'f', 'm', 'q', 'a', 'l', 'i']);
/** An event's name may begin with a verb or adjective (创建座谈会, 健康宣教活动), not a clause word. */
const BAD_FIRST_IN_EVENTS = new Set(['p', 'c', 'uj', 'ul', 'r', 't', 'f', 'm', 'q', 'l', 'i']);

/**
 * Start of the name whose head begins at view position `headStart`. `floor` bounds the walk on the
 * left (a sentence start). Returns headStart when nothing precedes the head.
 */
export interface NameOptions {
  /** Quoted names: a one-character word right before the quote belongs to it (聚“力”行动). */
  quoted?: boolean;
  /** 和 may join two nouns (government bodies: 人力资源和社会保障局). */
  allowHe?: boolean;
  /** Event names: verbs and adjectives inside are part of the name (安全知识宣讲志愿服务活动). */
  event?: boolean;
}

export function nameStart(view: ArticleView, headStart: number, floor: number, options: NameOptions = {}): number {
  const { allowHe = false, event = false, quoted = false } = options;
  if (quoted && headStart > floor) {
    const before = view.tokens[view.tokenAt[headStart - 1]!]!;
    if (before.end === headStart && before.end - before.start === 1 && /^(?:v|a|an|vn)$/.test(before.tag) && /\p{Script=Han}/u.test(before.word)) {
      const outer = before.start > floor ? view.tokens[view.tokenAt[before.start - 1]!]! : undefined;
      if (!outer || /^a/.test(before.tag) || PUNCT.test(outer.word) || TRIGGERS.has(outer.word) || outer.tag === 'v' || outer.tag === 'nt') return before.start;
    }
  }
  const { tokens, text } = view;
  if (headStart <= floor) return headStart;
  let k = view.tokenAt[headStart - 1]!;
  let start = headStart;
  // The head may begin inside a token (北京市总工会 is one token): that token belongs to the name.
  const first = tokens[view.tokenAt[headStart]!];
  // …only when it could be part of a name (出席会议 is not: its 会议 stands alone).
  if (first && first.start < headStart && (nameish(first) || (event && (eventish(first) || phrase(first))))) {
    start = first.start;
    k = view.tokenAt[headStart]! - 1;
  }
  const base = start;
  const accepted: Token[] = [];
  while (k >= 0) {
    const token = tokens[k]!;
    if (token.start < floor || headStart - token.start > MAX_NAME) break;
    const opener = OPENERS.get(token.word);
    if (opener !== undefined) {
      // A quoted or bracketed part of the name: jump to its opening mark, if close enough.
      const windowStart = Math.max(floor, token.start - 24);
      const at = text.slice(windowStart, token.start).lastIndexOf(opener);
      const open = at < 0 ? -1 : windowStart + at;
      const inside = text.slice(open + 1, token.start);
      // （以下简称“经开区”） is a note about the name, not part of it.
      if (open < floor || token.start - open > 24 || /[，。；！？、,;\n]|简称/.test(inside)) break;
      start = open;
      k = view.tokenAt[open]! - 1;
      accepted.push({ word: text.slice(open, token.end), tag: 'nz', start: open, end: token.end });
      continue;
    }
    // 人力资源和社会保障局, 发展和改革委员会: 和 joins two nouns inside a government body's name.
    // 和 inside a name joins two common nouns (劳模和工匠人才, 发展和改革); a name or a person before it
    // means two bodies were listed (北京宏远建设集团和京华职工技能学院).
    const left = k > 0 ? tokens[k - 1]! : undefined;
    const he =
      allowHe && token.word === '和' && accepted.length > 0 && left !== undefined && nameish(left) && /^(?:n|vn|nnt)$/.test(left.tag) &&
      !BODY_END.test(left.word) && !ORGANIZATION_SUFFIXES.some((s) => left.word.endsWith(s));
    if (token.tag === PERSON_TITLE_TAG && !TITLES_IN_NAMES.has(token.word)) break;
    // 某区总工会代表某公司工会出席: 代表 after a complete body's name is the clause's verb or a delegate, not
    // part of another body's name (an event's may hold it: 某省工会代表会议).
    if (!event && token.word === '代表' && left !== undefined && BODY_END.test(left.word)) break;
    // 联合 inside a company's name (钢铁联合有限责任公司), never between two bodies (…总工会联合…工作室).
    const right = tokens[k + 1];
    if (token.word === '联合' && right !== undefined && /^(?:有限|股份|集团|公司|工会|会|体|社)/.test(right.word)) {
      accepted.push(token);
      start = token.start;
      k--;
      continue;
    }
    if (!he && !placeLi(tokens, k) && !placeCharacter(tokens, k) && (PUNCT.test(token.word) || !(nameish(token) || (event && eventish(token))))) break;
    accepted.push(token);
    start = token.start;
    k--;
  }
  // A bracketed part cannot begin a name: （示范性）职工创新工作室 is not named by it.
  while (start < headStart && (text[start] === '（' || text[start] === '(')) {
    const close = text.indexOf(text[start] === '（' ? '）' : ')', start);
    if (close < 0 || close >= headStart) break;
    start = close + 1;
    while (accepted.length > 0 && accepted[accepted.length - 1]!.start < start) accepted.pop();
  }
  // Trim tokens at the left edge that cannot begin a name.
  for (let i = accepted.length - 1; i >= 0; i--) {
    const t = accepted[i]!;
    const bad = event ? BAD_FIRST_IN_EVENTS : BAD_FIRST;
    // An event's name may begin with its year or ordinal (2025年…竞赛, 第八届…); a body's may not.
    const yearOrOrdinal = (event || quoted) && /^(?:第|首届|\d{4}年)/.test(text.slice(t.start, t.start + 5));
    // 一对一, 一站式: numerals that describe rather than count may begin an event's name.
    const describing = event && t.tag === 'm' && /^[一二三四五六七八九十两]/.test(t.word) && !/[\d名个场次位家人余批期项届年月日天周多万千百十]$/.test(t.word);
    if ((!bad.has(t.tag) && !TRIGGERS.has(t.word)) || START_WORDS.has(t.word) || yearOrOrdinal || describing) break;
    start = i === 0 ? base : accepted[i - 1]!.start;
  }
  return start;
}

/** True when a name has a part that makes it specific (a place, a proper noun, a quote, a number). */
const PROPER_TAGS = new Set(['ns', 'nr', 'nrt', 'nrfg', 'nt', 'nz', 'j', 'eng', 'x']);
const PROPER_WORDS = new Set(['首都', '全国', '中国', '中华', '国家', '国际']);
/** Words jieba does not know or tags as proper that are still generic in this domain. */
const GENERIC_WORDS = new Set(['实训', '党群', '新就业', '快递员', '外卖员', '网约车', '骑手', '工匠', '劳模', '职工', '工会', '人均', '城市', '公司', '集团', '单位', '企业']);

/** Domain words that never make a name specific (职工, 工匠, 实训 …). */
export function isGenericWord(word: string): boolean {
  return GENERIC_WORDS.has(word) || STOP_WORDS.has(word);
}

/** Resultative complements: a verb and one of these (讲好, 办完, 建成, 做到) is a verb phrase jieba may not know. */
const RESULTATIVE = new Set(['好', '完', '成', '到']);

/** An unknown two-character word made of a verb and its result (讲好 in 讲好工会故事): no name. */
function isVerbResult(word: string): boolean {
  return word.length === 2 && RESULTATIVE.has(word[1]!) && dictionaryTag(word[0]!) === 'v';
}

/** A count before a name (5家, 两所, 多个): what follows is a kind of body, not one body. */
const COUNT_BEFORE = /(?:\d+|[一二两三四五六七八九十百几多数]+)(?:家|个|所|座|处)$/;

/** True when the name starting at `start` is counted (建成5家楼宇工会驿站): it names no single body. */
export function isCounted(text: string, start: number): boolean {
  return COUNT_BEFORE.test(text.slice(Math.max(0, start - 6), start));
}

/** A count right after a name (建成“工会驿站”1200余个, 职工之家500家): it names a kind of body, not one. */
const COUNT_AFTER = /^[”"]?(?:\d+|[一二两三四五六七八九十百千万几多数]+)余?(?:家|个|所|座|处)/;

export function isCountedAfter(text: string, end: number): boolean {
  return COUNT_AFTER.test(text.slice(end, end + 12));
}

const TEAM = '代表队';
const EVENT_WORD = new RegExp(`(?:${INITIATIVE_HEADS.join('|')})`);
const EVENT_BEFORE = new RegExp(`(?:${INITIATIVE_HEADS.join('|')})$`);

/**
 * A team named after the event it goes to, in its name or printed right before it (技能大赛北京代表队):
 * it stands for its place at the event, not for a body of its own.
 */
export function isEventTeam(text: string, start: number, end: number): boolean {
  if (end - start <= TEAM.length || !text.startsWith(TEAM, end - TEAM.length)) return false;
  return EVENT_WORD.test(text.slice(start, end - TEAM.length)) || EVENT_BEFORE.test(text.slice(Math.max(0, start - 4), start));
}

export function hasProperPart(view: ArticleView, start: number, headStart: number): boolean {
  const part = view.text.slice(start, headStart);
  if (/[“「"'‘（(0-9A-Za-z]/.test(part) || /^(?:首都|全国|中国|中华|国家|国际)/.test(part)) return true;
  for (let k = view.tokenAt[start]!; k < view.tokens.length; k++) {
    const t = view.tokens[k]!;
    if (t.start >= headStart) break;
    if (PROPER_WORDS.has(t.word)) return true;
    if (t.tag === 'x' && isVerbResult(t.word)) continue;
    if (PROPER_TAGS.has(t.tag) && CJK_OR_ALNUM.test(t.word) && !STOP_WORDS.has(t.word) && !GENERIC_WORDS.has(t.word)) return true;
  }
  return false;
}

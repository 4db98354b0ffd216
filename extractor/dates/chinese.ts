// Dates as Chinese news prints them, found in running text: 2025年10月13日, 10月13日, 13日,
// 2024-02-01, ranges (2025年10月13日至11月3日, 12月14日至16日, 2024—2026年) and relative words
// (近日, 昨天, 上周, 今年, 本月). Each is a mention with what it states; resolve.ts turns it into
// ISO dates against the article's date.

/** A relative time word and what it is relative to. */
export type RelativeWord =
  | 'recent' // 近日, 日前, 近期: shortly before the article
  | 'today'
  | 'yesterday'
  | 'dayBeforeYesterday'
  | 'tomorrow'
  | 'lastWeek'
  | 'thisWeek'
  | 'lastMonth'
  | 'thisMonth'
  | 'nextMonth'
  | 'lastYear'
  | 'thisYear'
  | 'nextYear';

const RELATIVE: Record<string, RelativeWord> = {
  近日: 'recent',
  日前: 'recent',
  近期: 'recent',
  今天: 'today',
  今日: 'today',
  昨天: 'yesterday',
  昨日: 'yesterday',
  前天: 'dayBeforeYesterday',
  明天: 'tomorrow',
  上周: 'lastWeek',
  上星期: 'lastWeek',
  本周: 'thisWeek',
  这周: 'thisWeek',
  本月: 'thisMonth',
  上月: 'lastMonth',
  上个月: 'lastMonth',
  下月: 'nextMonth',
  下个月: 'nextMonth',
  今年: 'thisYear',
  去年: 'lastYear',
  明年: 'nextYear',
};

/** A date as printed: some of year, month and day (the rest comes from the article's date). */
export interface StatedDate {
  year?: number;
  month?: number;
  day?: number;
}

export interface DateMention {
  /** Offsets in the text searched. */
  start: number;
  end: number;
  text: string;
  /** An absolute date (possibly without year or month) … */
  from?: StatedDate;
  /** … and the end of a range; its missing parts are those of `from`. */
  to?: StatedDate;
  /** … or a relative word. */
  relative?: RelativeWord;
}

const CN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, '○': 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 13, 十三, 二十三, 十 → number; a 4-digit year 二〇二五 digit by digit. */
export function numberOf(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  if (text.length === 4 && [...text].every((c) => c in CN_DIGITS)) return Number([...text].map((c) => CN_DIGITS[c]).join(''));
  const m = /^([一二三])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!m || text === '') return undefined;
  if (m[2] === undefined) return m[1] === undefined && m[3] !== undefined ? CN_DIGITS[m[3]] : undefined;
  return (m[1] === undefined ? 1 : CN_DIGITS[m[1]]!) * 10 + (m[3] === undefined ? 0 : CN_DIGITS[m[3]]!);
}

/** Full-width digits as ASCII, one code unit each, so offsets stay those of the original. */
export function asciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

const N = '(?:\\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])';
const Y = '(?:\\d{4}|[〇零○一二三四五六七八九]{4})';
/**
 * 2025年10月13日, 2025年10月, 2025年, 10月13日, 10月, 13日 (a bare day only before what follows a
 * date). Chinese numerals only after a year: alone, 一月 or 一日 are too often parts of words.
 */
const CN_DATE = `(?<!\\d)(?:${Y}\\s*年(?:\\s*${N}\\s*月份?(?:\\s*${N}\\s*[日号])?)?|\\d{1,2}\\s*月份?(?:\\s*\\d{1,2}\\s*[日号])?|\\d{1,2}\\s*[日号](?=[，,。、上下中晚早凌起至到—–\\-~～\\s在前后]|$))`;
const ISO_DATE = '(?<!\\d)\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}(?!\\d)(?:\\s*日)?';
const YEAR_RANGE = `(?<!\\d)\\d{4}\\s*(?:至|到|—+|–|-|～|~|－)\\s*\\d{4}\\s*年`;
const RELATIVE_WORDS = Object.keys(RELATIVE).sort((a, b) => b.length - a.length).join('|');
const DATE = new RegExp(`(${YEAR_RANGE})|(${ISO_DATE})|(${CN_DATE})|(${RELATIVE_WORDS})`, 'g');
/** What joins the two ends of a range. */
const RANGE_JOIN = /^\s*(?:至|到|—+|–|-|～|~|－)\s*/;
const RANGE_END = new RegExp(`^(?:${ISO_DATE}|${CN_DATE})`);

const CN_PARTS = new RegExp(`^(?:(${Y})\\s*年)?\\s*(?:(${N})\\s*月份?)?\\s*(?:(${N})\\s*[日号])?`);

function statedOf(text: string): StatedDate | undefined {
  const iso = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/.exec(text);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
  const m = CN_PARTS.exec(text);
  if (!m) return undefined;
  const stated: StatedDate = {};
  if (m[1] !== undefined) stated.year = numberOf(m[1]);
  if (m[2] !== undefined) stated.month = numberOf(m[2]);
  if (m[3] !== undefined) stated.day = numberOf(m[3]);
  if (stated.month !== undefined && (stated.month < 1 || stated.month > 12)) return undefined;
  if (stated.day !== undefined && (stated.day < 1 || stated.day > 31)) return undefined;
  return stated.year === undefined && stated.month === undefined && stated.day === undefined ? undefined : stated;
}

/** Every date mention in `text`, left to right, none overlapping. */
export function findDateMentions(text: string): DateMention[] {
  const ascii = asciiDigits(text);
  const found: DateMention[] = [];
  DATE.lastIndex = 0;
  for (let m = DATE.exec(ascii); m !== null; m = DATE.exec(ascii)) {
    const start = m.index;
    let end = start + m[0].length;
    if (m[4] !== undefined) {
      found.push({ start, end, text: text.slice(start, end), relative: RELATIVE[m[4]]! });
      continue;
    }
    if (m[1] !== undefined) {
      const [first, last] = m[1].match(/\d{4}/g)!;
      found.push({ start, end, text: text.slice(start, end), from: { year: Number(first) }, to: { year: Number(last) } });
      continue;
    }
    const from = statedOf(m[0].trim());
    if (from === undefined) continue;
    const mention: DateMention = { start, end, text: '', from };
    const join = RANGE_JOIN.exec(ascii.slice(end));
    if (join) {
      const rest = RANGE_END.exec(ascii.slice(end + join[0].length));
      const to = rest ? statedOf(rest[0].trim()) : undefined;
      if (rest && to !== undefined) {
        mention.to = to;
        end += join[0].length + rest[0].length;
        DATE.lastIndex = end;
      }
    }
    mention.end = end;
    mention.text = text.slice(start, end);
    found.push(mention);
  }
  return found;
}

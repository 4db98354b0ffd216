// The date of an article where a page prints it: a metadata value (2024-02-01T08:00:00+08:00),
// the visible publication line (发布时间：2024-01-24 18:24, 2016年01月15日 来源：齐鲁晚报), a
// newspaper's page header (2025年10月15日 星期三 第03版), a dateline (新华社北京1月7日电,
// 本报1月14日讯, 本报讯（2月3日）) and a file name (2024-02-01, 20240201).
import { isoDate, type IsoDate } from './calendar.js';
import { asciiDigits, findDateMentions, type StatedDate } from './chinese.js';

function isoOfStated(stated: StatedDate | undefined): IsoDate | undefined {
  if (stated?.year === undefined) return undefined;
  return isoDate(stated.year, stated.month, stated.month === undefined ? undefined : stated.day);
}

/** The first dated mention of `text` with a year, as printed (no range end, no relative word). */
function firstYearDate(text: string): IsoDate | undefined {
  for (const mention of findDateMentions(text)) {
    const date = isoOfStated(mention.from);
    if (date !== undefined && mention.to === undefined) return date;
  }
  return undefined;
}

/**
 * A date given as a value (a meta tag, a manifest cell): ISO with or without time
 * (2024-02-01T08:00:00+08:00 is the day printed, not converted), 2024/2/1, 20240201, 2024年2月1日,
 * 2024-02 or 2024. Undefined when it is none of these or names no real day.
 */
export function dateValue(value: string): IsoDate | undefined {
  const text = asciiDigits(value.trim());
  const compact = /^(\d{4})(\d{2})(\d{2})(?:\d{4,6})?$/.exec(text);
  if (compact) return isoDate(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  const iso = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?:[T\s].*)?$/.exec(text);
  if (iso) return isoDate(Number(iso[1]), iso[2] === undefined ? undefined : Number(iso[2]), iso[3] === undefined ? undefined : Number(iso[3]));
  const mentions = findDateMentions(text);
  // The whole value must be the date (a time may follow).
  if (mentions.length !== 1 || mentions[0]!.start !== 0 || !/^\s*(?:\d{1,2}[:：]\d{2}(?::\d{2})?)?\s*$/.test(text.slice(mentions[0]!.end))) return undefined;
  return isoOfStated(mentions[0]!.from);
}

/** Words of a publication line: 发布时间：…, 来源：…, 作者：…, 日期：…. */
const PUBLICATION_FIELD = /(?:发布|发表|更新|刊发|出版)(?:时间|日期)|时间[:：]|日期[:：]|来源[:：]|作者[:：]|编辑[:：]|供稿[:：]|稿源[:：]|点击/;
/** A full day with a year, as printed on a publication line. */
const FULL_DAY = /(?<!\d)(\d{4})\s*(?:[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})|年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日)(?!\d)/;
/** A time of day after the date: 18:24, 08:36:34. */
const TIME = /^\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?/;

function fullDay(text: string): { date: IsoDate; start: number; end: number } | undefined {
  const m = FULL_DAY.exec(text);
  if (!m) return undefined;
  const date = isoDate(Number(m[1]), Number(m[2] ?? m[4]), Number(m[3] ?? m[5]));
  return date === undefined ? undefined : { date, start: m.index, end: m.index + m[0].length };
}

/** A short line is all the metadata a page prints about itself; a longer one is a sentence. */
const MAX_META_LINE = 80;

/**
 * The date on a web page's publication line: a line with a full day and a publication field
 * (发布时间：2024-01-24 18:24, 2021-12-01 来源：江门市新会区总工会), or a short line that is only a
 * name and a day (国网重庆电力 2021年6月16日), or a day with a time of day.
 */
export function publicationLineDate(line: string): IsoDate | undefined {
  const trimmed = line.trim();
  // asciiDigits keeps the length: a page's many long lines are turned away before it.
  if (trimmed.length === 0 || trimmed.length > MAX_META_LINE) return undefined;
  const text = asciiDigits(trimmed);
  if (/[。！？]/.test(text) || PAGE_MARK.test(text)) return undefined;
  const day = fullDay(text);
  if (day === undefined) return undefined;
  if (PUBLICATION_FIELD.test(text) || TIME.test(text.slice(day.end))) return day.date;
  // “name date” or “date name”: nothing but the day and a few words without punctuation.
  const rest = (text.slice(0, day.start) + ' ' + text.slice(day.end)).trim();
  const atEdge = day.start === 0 || day.end === text.length;
  return atEdge && rest.length <= 20 && !/[，,；;：:、]/.test(rest) ? day.date : undefined;
}

/** The day of the week, or the page number: what makes a dated line a newspaper's page header. */
const PAGE_MARK = /星期[一二三四五六日天]|(?<![\u4e00-\u9fff])周[一二三四五六日](?![\u4e00-\u9fff])|第\s*[0-9A-Za-z一二三四五六七八九十]{1,4}\s*版|(?<![A-Za-z])[A-Z]?\d{1,2}\s*版(?![\u4e00-\u9fff])/;

/** The date of a newspaper page header: 2025年10月15日 星期三, 劳动午报 2025年10月15日 第03版. */
export function pageHeaderDate(line: string): IsoDate | undefined {
  const trimmed = line.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_META_LINE) return undefined;
  const text = asciiDigits(trimmed);
  if (/[。！？，]/.test(text) || !PAGE_MARK.test(text)) return undefined;
  return fullDay(text)?.date ?? pageHeaderChinese(text);
}

/** 二〇二五年十月十五日 星期三: the header printed in Chinese numerals. */
function pageHeaderChinese(text: string): IsoDate | undefined {
  const date = firstYearDate(text);
  return date !== undefined && date.length === 10 ? date : undefined;
}

/**
 * The date stated in a dateline, at the opening of an article's first paragraph: 新华社北京1月7日电,
 * 本报1月14日讯, 新华社北京2024年1月7日电, 本报讯（2月3日）. The parts printed (often no year).
 */
export function datelineDate(paragraph: string): StatedDate | undefined {
  const text = asciiDigits(paragraph.slice(0, 40));
  const before = /^[^\s，。,：:（(]{0,16}?((?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?:电|讯)/.exec(text);
  const after = /^[^\s，。,：:（(]{0,16}?(?:讯|电)\s*[（(]\s*((?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日)\s*[)）]/.exec(text);
  const printed = before?.[1] ?? after?.[1];
  if (printed === undefined) return undefined;
  return findDateMentions(printed)[0]?.from;
}

/** A date in a file name (or a folder of its path): 2024-02-01, 2024_02_01, 20240201, 2024-02. */
export function fileNameDate(name: string): IsoDate | undefined {
  const text = asciiDigits(name);
  for (const m of text.matchAll(/(?<!\d)((?:19|20)\d{2})([-_.]?)(0[1-9]|1[0-2])(?:\2(0[1-9]|[12]\d|3[01]))?(?!\d)/g)) {
    // 202402 alone is too often a number: a month needs its separator.
    if (m[4] === undefined && m[2] === '') continue;
    const date = isoDate(Number(m[1]), Number(m[3]), m[4] === undefined ? undefined : Number(m[4]));
    if (date !== undefined) return date;
  }
  return undefined;
}

// What each line of a page is, by layout cues: a dateline opening an article (本报讯), a credit
// (本报记者 X 摄), a continuation marker ((上接第1版)), a heading candidate (a short line without
// sentence punctuation), or body text.
import { endsSentence, type Line } from '../clean/index.js';
import type { BylineEntry } from '../types.js';
import { closingCredit, leadCredit, metaCredit, parseCredit } from './byline.js';

export type LineKind = 'dateline' | 'credit' | 'continued' | 'heading' | 'body';

export interface PageLine extends Line {
  kind: LineKind;
  /** Credit lines and datelines: the people they name. */
  byline: BylineEntry[];
  /** Lines of a credit that spans several lines (“本报记者 宋佳\n通讯员 曹立军 摄影报道”) after the first. */
  creditTail?: Line[];
  /** `continued`: where the text after the marker starts (the line end when nothing follows). */
  bodyStart?: number;
}

/** The last line of a credit, where its photo suffix (摄, 摄影报道) is printed. */
export function creditEnd(line: PageLine): string {
  return line.creditTail?.at(-1)?.text ?? line.text;
}

/** News-agency or paper dateline with its byline in brackets: 本报讯（记者 X）, 新华社北京1月7日电(记者 X). */
const DATELINE = /^([^\s，。,（(]{0,16}?(?:讯|电))\s*[（(]([^）)]{1,60})[）)]/;
const BARE_DATELINE = /^本报讯/;
/**
 * A paragraph opening with its credit in brackets and no dateline: （劳动报记者 张锐杰）近日，… A line
 * that is only the bracketed credit is a credit line (closing the article above, or over its body).
 */
const OPENING_CREDIT = /^[（(]([^）)]{1,60})[）)](?=\s*\S)/;
/** Text continued from another page: (上接第1版). */
const CONTINUED = /^[（(]\s*上接第?\s*[0-9０-９一二三四五六七八九十]+\s*版\s*[)）]/;
/** A heading is short and has no punctuation that only sentences carry. */
const MAX_HEADING = 60;
const SENTENCE_PUNCTUATION = /[，。；：！？,;:!?]/;
/** A title printed with a comma is still a short line. */
const MAX_PUNCTUATED_TITLE = 40;
/** …and may end with a question or an exclamation (“职工的急难愁盼怎么解？”). */
const QUESTION_OR_EXCLAMATION = /[！？!?]$/;

const OPEN_BRACKETS = new Set(['（'.charCodeAt(0), '('.charCodeAt(0)]);
const XUN = '讯'.charCodeAt(0);
const DIAN = '电'.charCodeAt(0);
/** How far into a line DATELINE's 讯 or 电 may stand. */
const DATELINE_REACH = 17;

/**
 * Whether a line may open an article: a dateline's 讯 or 电 near its start, or a bracket first (an
 * opening credit). Most lines fail this loop and are spared the three regexes.
 */
function mayOpenArticle(text: string): boolean {
  if (OPEN_BRACKETS.has(text.charCodeAt(0))) return true;
  const reach = Math.min(text.length, DATELINE_REACH);
  for (let i = 0; i < reach; i++) {
    const c = text.charCodeAt(i);
    if (c === XUN || c === DIAN) return true;
  }
  return false;
}

function datelineByline(line: Line): BylineEntry[] | undefined {
  if (!mayOpenArticle(line.text)) return undefined;
  const match = DATELINE.exec(line.text);
  if (!match) {
    const bare = BARE_DATELINE.exec(line.text);
    if (bare) return leadCredit(line.text.slice(bare[0].length), line.start + bare[0].length) ?? [];
    const opening = OPENING_CREDIT.exec(line.text);
    return opening ? parseCredit(opening[1]!, line.start + 1) : undefined;
  }
  const inside = match[2]!;
  const offset = line.start + match[0].indexOf(inside, match[1]!.length);
  return parseCredit(inside, offset) ?? [];
}

export function isHeadingText(text: string): boolean {
  return text.length <= MAX_HEADING && !SENTENCE_PUNCTUATION.test(text) && !endsSentence(text);
}

/** `source` is the text the lines were split from. */
export function classifyLines(lines: readonly Line[], source: string): PageLine[] {
  const page: PageLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const continued = OPEN_BRACKETS.has(line.text.charCodeAt(0)) ? CONTINUED.exec(line.text) : null;
    if (continued) {
      page.push({ ...line, kind: 'continued', byline: [], bodyStart: line.start + continued[0].length });
      continue;
    }
    const dateline = datelineByline(line);
    if (dateline) {
      page.push({ ...line, kind: 'dateline', byline: dateline });
      continue;
    }
    const credit = line.text.length <= 40 ? (parseCredit(line.text, line.start) ?? closingCredit(line.text, line.start)) : undefined;
    if (credit) {
      // A credit may go on over the next lines, without a blank line between; its suffix
      // (摄影报道) then applies to every name, so the lines are parsed together.
      const tail: Line[] = [];
      for (let next = lines[i + 1]; next && next.blankBefore === 0; next = lines[i + 1]) {
        if (next.text.length > 40 || !parseCredit(next.text, next.start)) break;
        tail.push(next);
        i++;
      }
      const end = tail.at(-1)?.end ?? line.end;
      const byline = tail.length > 0 ? (parseCredit(source.slice(line.start, end), line.start) ?? credit) : credit;
      page.push({ ...line, kind: 'credit', byline, ...(tail.length > 0 ? { creditTail: tail } : {}) });
      continue;
    }
    // A web page's meta line (来源：… 作者：X) and names in brackets closing a paragraph credit writers too.
    const byline = metaCredit(line.text, line.start) ?? closingCredit(line.text, line.start) ?? [];
    page.push({ ...line, kind: isHeadingText(line.text) ? 'heading' : 'body', byline });
  }
  // A title may carry a comma or a colon (“劳动竞赛激发活力，百名职工同台比武”, “某省：…”): a short
  // line right above a dateline, or above the reporters' credit over it, not ending a statement,
  // under a finished line or a heading, is a heading all the same.
  for (let i = 1; i < page.length; i++) {
    if (page[i]!.kind !== 'dateline') continue;
    const credited = page[i - 1]!.kind === 'credit' && i >= 2;
    const above = page[credited ? i - 2 : i - 1]!;
    const before = page[credited ? i - 3 : i - 2];
    if (
      above.kind === 'body' &&
      above.text.length <= MAX_PUNCTUATED_TITLE &&
      (!endsSentence(above.text) || QUESTION_OR_EXCLAMATION.test(above.text)) &&
      (before === undefined || before.kind !== 'body' || endsSentence(before.text))
    ) {
      above.kind = 'heading';
    }
  }
  return page;
}

// The date of an article, from the most trusted place that gives one: a manifest row, the web
// page's metadata (meta tags, <time>, the visible publication line), the newspaper page's header,
// the article's dateline, the file name (or a folder of its path).
import { basename, dirname } from 'node:path';
import type { Article, DateSource, Source } from '../types.js';
import type { IsoDate } from './calendar.js';
import { datelineDate, fileNameDate, pageHeaderDate, publicationLineDate } from './printed.js';
import { resolveMention } from './resolve.js';

export interface ArticleDate {
  date: IsoDate;
  dateSource: DateSource;
}

/** What a whole page says about its date, found once per source. */
export interface PageDates {
  header?: IsoDate;
  fileName?: IsoDate;
}

/** The lines of a text, with their offsets. */
function* lines(text: string): Generator<{ start: number; text: string }> {
  let start = 0;
  for (let at = text.indexOf('\n'); ; at = text.indexOf('\n', start)) {
    const end = at === -1 ? text.length : at;
    yield { start, text: text.slice(start, end) };
    if (at === -1) return;
    start = at + 1;
  }
}

function pathDate(path: string): IsoDate | undefined {
  const name = fileNameDate(basename(path));
  if (name !== undefined) return name;
  // A crawl's folders: …/2024-02-01/page.txt, …/20240201/3.txt.
  const folder = dirname(path);
  return folder === path ? undefined : fileNameDate(basename(folder));
}

export function pageDates(source: Source): PageDates {
  const dates: PageDates = {};
  for (const line of lines(source.text)) {
    if (line.text.length > 120) continue;
    const header = pageHeaderDate(line.text);
    if (header !== undefined) {
      dates.header = header;
      break;
    }
  }
  const fileName = fileNameDate(source.name) ?? pathDate(source.path);
  if (fileName !== undefined) dates.fileName = fileName;
  return dates;
}

/** How many lines of an article's head may hold its publication line (after title and kicker). */
const HEAD_LINES = 5;

function publicationLine(source: Source, article: Article): IsoDate | undefined {
  let count = 0;
  for (const line of lines(source.text.slice(article.span.start, article.span.end))) {
    if (line.text.trim() === '') continue;
    const date = publicationLineDate(line.text);
    if (date !== undefined) return date;
    if (++count >= HEAD_LINES) break;
  }
  return undefined;
}

function dateline(article: Article, page: PageDates): IsoDate | undefined {
  const first = article.paragraphs[0];
  if (first === undefined) return undefined;
  const stated = datelineDate(article.text.slice(first.start, first.end));
  if (stated === undefined) return undefined;
  // Datelines seldom print the year: the file name's date, if any, gives it.
  return resolveMention({ start: 0, end: 0, text: '', from: stated }, stated.year === undefined ? page.fileName : undefined)?.start;
}

/** The article's date and where it comes from; undefined when nothing gives one. `given`: the manifest's. */
export function articleDate(source: Source, article: Article, page: PageDates, given?: IsoDate): ArticleDate | undefined {
  if (given !== undefined) return { date: given, dateSource: 'manifest' };
  const html = source.published ?? publicationLine(source, article);
  if (html !== undefined) return { date: html, dateSource: 'html' };
  if (page.header !== undefined) return { date: page.header, dateSource: 'page' };
  const printed = dateline(article, page);
  if (printed !== undefined) return { date: printed, dateSource: 'dateline' };
  if (page.fileName !== undefined) return { date: page.fileName, dateSource: 'filename' };
  return undefined;
}

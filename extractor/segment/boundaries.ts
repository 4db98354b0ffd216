// Where articles start on a page. Hard cues first: a dateline (本报讯) opens an article's body
// and the heading lines right above it are its headings; a credit or a “转自《…》” closes an
// article; “(上接第N版)” opens a continuation. A heading block with no dateline opens an article
// when the layout says so: at the top of the page, after a closed article, as a block of several
// heading lines, under a section label, after a layout gap, or above a photo story. A lone short
// line inside a body is a column break, not a heading.
import { endsSentence } from '../clean/index.js';
import { isPhotoCredit, isPhotoReport } from './byline.js';
import { creditEnd, type PageLine } from './classify.js';
import { isBannerText, isDecorated } from './headings.js';

export interface ArticleBounds {
  /** Index of the article's first line. */
  first: number;
  /** Index past its last line. */
  end: number;
  /** Lines [first, headingEnd) are its headings. */
  headingEnd: number;
}

/** Blank lines that separate layout boxes rather than paragraphs. */
const BOX_GAP = 2;
/** The last line of a reprint: “转自《中工网》”, also in brackets. */
const REPRINT_END = /[（(]?\s*转自\s*《[^》]+》\s*[)）]?$/;
/** “(下转第2版)”: the article goes on on another page. */
const CONTINUED_ELSEWHERE = /\s*[（(]\s*下转第?\s*[0-9０-９一二三四五六七八九十]+\s*版\s*[)）]$/;

/** A line after which no article goes on. */
export function closesArticle(line: PageLine): boolean {
  return line.kind === 'credit' || endsReprint(line.text) || continuesElsewhere(line.text) !== null;
}

// The cheap substring test first: these run on every line of every page.
export function endsReprint(text: string): boolean {
  return text.includes('转自') && REPRINT_END.test(text);
}

export function continuesElsewhere(text: string): RegExpExecArray | null {
  return text.includes('下转') ? CONTINUED_ELSEWHERE.exec(text) : null;
}

function finished(line: PageLine | undefined): boolean {
  return line === undefined || line.kind === 'credit' || endsSentence(line.text) || closesArticle(line);
}

/** A byline line opening a body (■文/本报记者 X) rather than closing one (本报记者 X 摄). */
function isLeadByline(line: PageLine | undefined, next: PageLine | undefined): boolean {
  return line?.kind === 'credit' && !isPhotoCredit(creditEnd(line)) && (next?.kind === 'body' || next?.kind === 'dateline');
}

function isPhotoStoryAhead(page: readonly PageLine[], after: number): boolean {
  const body = page[after];
  const credit = page[after + 1];
  return body?.kind === 'body' && credit?.kind === 'credit' && isPhotoReport(creditEnd(credit));
}

export interface FindOptions {
  /** The page is one article (an HTML page's main text). */
  singleArticle: boolean;
  /** The first line is the headline whatever it looks like (the title of an HTML page). */
  titled: boolean;
}

/**
 * A reprint closed by “转自《…》” inside an article that has a reporter's dateline: the reprint
 * starts at the one heading line between them (with none or several, the page gives no answer).
 */
function openReprints(page: readonly PageLine[], starts: Map<number, number>): void {
  const firsts = [...starts.keys()].sort((a, b) => a - b);
  firsts.forEach((first, k) => {
    const end = firsts[k + 1] ?? page.length;
    const headingEnd = starts.get(first)!;
    const lines = page.slice(headingEnd, end);
    const reprintEnd = lines.findIndex((line) => line.kind !== 'credit' && endsReprint(line.text));
    if (reprintEnd === -1 || !lines.some((line) => line.kind === 'dateline' || line.kind === 'credit')) return;
    const candidates: number[] = [];
    for (let i = headingEnd + 1; i < headingEnd + reprintEnd; i++) {
      if (page[i]!.kind === 'heading' && page[i - 1]!.kind !== 'heading' && finished(page[i - 1])) candidates.push(i);
    }
    if (candidates.length !== 1) return;
    let runEnd = candidates[0]!;
    while (page[runEnd]?.kind === 'heading') runEnd++;
    starts.set(candidates[0]!, runEnd);
  });
}

/** The articles of a page in reading order; a page banner above them belongs to none. */
export function findArticles(page: readonly PageLine[], { singleArticle, titled }: FindOptions): ArticleBounds[] {
  if (singleArticle) {
    return page.length > 0 ? [{ first: 0, end: page.length, headingEnd: titled || page[0]!.kind === 'heading' ? 1 : 0 }] : [];
  }
  const top = page[0]?.kind === 'heading' && page[1]?.kind === 'heading' && isBannerText(page[0].text) ? 1 : 0;

  /** Article starts: first line → index past its headings. */
  const starts = new Map<number, number>();
  /** Datelines under a heading block that already opened their article. */
  const headed = new Set<number>();
  for (let i = top; i < page.length; ) {
    const line = page[i]!;
    if (line.kind === 'continued') {
      starts.set(i, i);
      i++;
      continue;
    }
    if (line.kind === 'dateline') {
      // A dateline with no heading block right above opens an article without a title.
      if (!headed.has(i)) starts.set(i, i);
      i++;
      continue;
    }
    if (line.kind !== 'heading') {
      i++;
      continue;
    }
    let first = i;
    let end = i;
    while (page[end]?.kind === 'heading') end++;
    i = end;
    const next = page[end];
    if (next?.kind === 'dateline') {
      starts.set(first, end);
      headed.add(end);
      continue;
    }
    // Headings, the reporters' credit, then the dateline (本报记者 X\n本报讯 …): one article.
    if (isLeadByline(next, page[end + 1]) && page[end + 1]?.kind === 'dateline') {
      starts.set(first, end);
      headed.add(end + 1);
      continue;
    }
    // A heading cannot follow an unfinished sentence: such a line ends a cut paragraph.
    while (first < end && first > top && !finished(page[first - 1])) first++;
    if (first === end) continue;
    const lines = page.slice(first, end);
    const opens =
      first === top ||
      isLeadByline(next, page[end + 1]) ||
      closesArticle(page[first - 1]!) ||
      end - first >= 2 ||
      lines.some((heading) => isDecorated(heading.text)) ||
      page[first]!.blankBefore >= BOX_GAP ||
      isPhotoStoryAhead(page, end);
    if (opens) starts.set(first, end);
  }

  // Text above the first heading (continued from elsewhere, or a page without headings).
  if (page.length > top && !starts.has(top)) starts.set(top, top);
  openReprints(page, starts);
  const firsts = [...starts.keys()].sort((a, b) => a - b);
  return firsts.map((first, k) => ({ first, end: firsts[k + 1] ?? page.length, headingEnd: starts.get(first)! }));
}

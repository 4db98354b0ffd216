// One article's lines → an Article: title and subtitles, body paragraphs with column breaks
// joined, byline, kind, and cleaned text with offsets back into the source.
import { joinColumnBreaks, MappedTextBuilder, type Line } from '../clean/index.js';
import type { Article, ArticleKind, BylineEntry, Source, Span } from '../types.js';
import { isPhotoCredit } from './byline.js';
import { continuesElsewhere, endsReprint, type ArticleBounds } from './boundaries.js';
import { creditEnd, type PageLine } from './classify.js';
import { chooseTitle, type HeadingPiece } from './headings.js';

/** A photo story has a short caption: one paragraph, two at most. */
const MAX_PHOTO_PARAGRAPHS = 2;

interface Range {
  start: number;
  end: number;
}

interface Paragraph {
  /** Source ranges printed one after the other (a paragraph cut by column breaks has several). */
  lines: Range[];
  credit: boolean;
}

/** Paragraphs of the body: runs of joined lines, and each credit line on its own. */
function bodyParagraphs(lines: readonly PageLine[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let run: Line[] = [];
  const flush = (): void => {
    for (const joined of joinColumnBreaks(run)) paragraphs.push({ lines: joined, credit: false });
    run = [];
  };
  for (const line of lines) {
    if (line.kind === 'continued') {
      flush();
      const bodyStart = line.bodyStart ?? line.end;
      if (bodyStart < line.end) run.push({ ...line, start: bodyStart, text: line.text.slice(bodyStart - line.start) });
    } else if (line.kind === 'credit') {
      flush();
      for (const credit of [line, ...(line.creditTail ?? [])]) paragraphs.push({ lines: [credit], credit: true });
    } else {
      // “(下转第2版)” is layout, not text.
      const marker = continuesElsewhere(line.text);
      run.push(marker ? { ...line, end: line.end - marker[0].length, text: line.text.slice(0, marker.index) } : line);
    }
  }
  flush();
  return paragraphs;
}

/** `alone`: the article is the whole source, so untitled text is not continued from elsewhere. */
function kindOf(lines: readonly PageLine[], bodyCount: number, hasTitle: boolean, alone: boolean): ArticleKind {
  if (lines[0]?.kind === 'continued' || (!hasTitle && !alone && lines[0]?.kind !== 'dateline')) return 'continuation';
  const body = lines.filter((line) => line.kind !== 'credit');
  if (body.some((line) => endsReprint(line.text))) return 'reprint';
  const credits = lines.filter((line) => line.kind === 'credit');
  const photoCredit = credits.some((line) => isPhotoCredit(creditEnd(line)));
  if (photoCredit && !lines.some((line) => line.kind === 'dateline') && bodyCount <= MAX_PHOTO_PARAGRAPHS) return 'photo';
  return 'news';
}

/** `alone`: this article is all the source holds (an HTML page). */
export function buildArticle(
  source: Source,
  page: readonly PageLine[],
  bounds: ArticleBounds,
  index: number,
  alone: boolean,
): Article {
  const headingLines = page.slice(bounds.first, bounds.headingEnd);
  const bodyLines = page.slice(bounds.headingEnd, bounds.end);
  const { title, subtitles } = chooseTitle(headingLines.map(({ start, end, text }): HeadingPiece => ({ start, end, text })));
  const paragraphs = bodyParagraphs(bodyLines);

  const builder = new MappedTextBuilder(source.text);
  const pieces: Range[][] = [...(title ? [[title]] : []), ...subtitles.map((piece) => [piece]), ...paragraphs.map((p) => p.lines)];
  const paragraphSpans: Span[] = [];
  pieces.forEach((piece, k) => {
    if (k > 0) builder.separator('\n', pieces[k - 1]!.at(-1)!.end);
    const start = builder.length;
    for (const line of piece) builder.append(line.start, line.end);
    if (k >= pieces.length - paragraphs.length) paragraphSpans.push({ start, end: builder.length });
  });

  const first = page[bounds.first]!;
  const lastLine = page[bounds.end - 1]!;
  const spanEnd = lastLine.creditTail?.at(-1)?.end ?? lastLine.end;
  const { text, offsets } = builder.build(spanEnd);
  const byline: BylineEntry[] = bodyLines.flatMap((line) => line.byline.map((entry) => ({ ...entry })));
  const bodyCount = paragraphs.filter((paragraph) => !paragraph.credit).length;

  return {
    source: source.name,
    index,
    title: title?.text ?? '',
    subtitles: subtitles.map((piece) => piece.text),
    kind: kindOf(bodyLines, bodyCount, title !== undefined, alone),
    byline,
    span: { start: first.start, end: spanEnd },
    text,
    offsets,
    titleRange: { start: 0, end: title?.text.length ?? 0 },
    paragraphs: paragraphSpans,
  };
}

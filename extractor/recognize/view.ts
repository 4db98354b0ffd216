// The text the recognizers read: the article's cleaned text with invisible characters (zero-width
// spaces, joiners, BOMs, control characters) taken out, so that a name with a stray U+200B inside
// is still found, plus the map between its positions and the source. Mentions and evidence keep
// the exact source slice as their text (toSource).
import { splitSentences } from '../sentences.js';
import { tokenizeAll, type Token } from '../tokens.js';
import type { Article, Mention, Span } from '../types.js';

export type { Token };

export class ArticleView {
  constructor(
    readonly article: Article,
    /** The whole decoded source the article stands in (Source.text). */
    readonly sourceText: string,
    /** Visible text: article.text without invisible characters. */
    readonly text: string,
    /** Source offset of text[i]; srcOffsets[text.length] is just past the end. */
    readonly srcOffsets: Int32Array,
    /** Sentences as ranges of `text`. */
    readonly sentences: Span[],
    /** jieba tokens covering `text`, in order. */
    readonly tokens: Token[],
    /** tokenAt[i] = index of the token containing text[i]. */
    readonly tokenAt: Int32Array,
    /** Where the title sits in `text`. */
    readonly titleRange: Span,
  ) {}

  #lead: Span | null | undefined;

  /**
   * The lead: the first sentence after the title with some news in it — not a dateline on its own
   * line, nor a credit line (工人日报记者 X 通讯员 Y) opening an article printed without its headline.
   */
  get lead(): Span | undefined {
    if (this.#lead === undefined) {
      this.#lead = this.sentences.find((s) => s.start >= this.titleRange.end && s.end - s.start >= 20 && !this.isCreditLine(s)) ?? null;
    }
    return this.#lead ?? undefined;
  }

  /** A line of its own without a sentence's end that prints a byline name. */
  private isCreditLine(sentence: Span): boolean {
    if (/[。！？!?]/.test(this.text.slice(sentence.start, sentence.end))) return false;
    const { start, end } = this.toSource(sentence);
    return this.article.byline.some((b) => b.start >= start && b.end <= end);
  }

  /** The source extent of a view range and its exact source text. */
  toSource(range: Span): Mention {
    const start = this.srcOffsets[range.start]!;
    const end = range.end > range.start ? this.srcOffsets[range.end - 1]! + 1 : start;
    return { text: this.sourceText.slice(start, end), start, end };
  }

  /** View position of a source offset, or -1 when the visible text does not contain it. */
  fromSource(sourceOffset: number): number {
    let lo = 0;
    let hi = this.text.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.srcOffsets[mid]! < sourceOffset) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.text.length && this.srcOffsets[lo] === sourceOffset ? lo : -1;
  }
}

// Zero-width and bidi marks, BOM, soft hyphen, C0/C1 controls except the newline.
const INVISIBLE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/;

interface Visible {
  text: string;
  srcOffsets: Int32Array;
  /** View index of an article index. */
  toView: (articleIndex: number) => number;
}

function visibleText(article: Article): Visible {
  if (!INVISIBLE.test(article.text)) return { text: article.text, srcOffsets: article.offsets, toView: (i) => i };
  const kept: number[] = [];
  const parts: string[] = [];
  // Runs of visible characters between the invisible ones, found by one global search.
  const invisible = new RegExp(INVISIBLE.source, 'g');
  let from = 0;
  for (let m = invisible.exec(article.text); m !== null; m = invisible.exec(article.text)) {
    for (let i = from; i < m.index; i++) kept.push(i);
    parts.push(article.text.slice(from, m.index));
    from = m.index + 1;
  }
  for (let i = from; i < article.text.length; i++) kept.push(i);
  parts.push(article.text.slice(from));
  const text = parts.join('');
  const srcOffsets = new Int32Array(text.length + 1);
  for (let i = 0; i < kept.length; i++) srcOffsets[i] = article.offsets[kept[i]!]!;
  srcOffsets[text.length] = article.offsets[article.text.length] ?? article.span.end;
  const toView = (articleIndex: number): number => {
    // First kept position at or after articleIndex.
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid]! < articleIndex) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return { text, srcOffsets, toView };
}

/** Views of many articles of one source (a page's), their tokens from one jieba call. */
export function buildViews(sourceText: string, articles: readonly Article[]): ArticleView[] {
  const visible = articles.map(visibleText);
  const tokenized = tokenizeAll(visible.map((v) => v.text));
  return articles.map((article, a) => {
    const { text, srcOffsets, toView } = visible[a]!;
    const tokens = tokenized[a]!;
    const tokenAt = new Int32Array(text.length);
    // A plain loop: most tokens are a character or two, too short to pay for a call to fill.
    for (let k = 0; k < tokens.length; k++) for (let i = tokens[k]!.start, end = tokens[k]!.end; i < end; i++) tokenAt[i] = k;
    const titleRange = { start: toView(article.titleRange.start), end: toView(article.titleRange.end) };
    return new ArticleView(article, sourceText, text, srcOffsets, splitSentences(text), tokens, tokenAt, titleRange);
  });
}

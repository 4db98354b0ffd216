// The text the recognizers read: the article's cleaned text with invisible characters (zero-width
// spaces, joiners, BOMs, control characters) taken out, so that a name with a stray U+200B inside
// is still found, plus a map from every position back to the source. Mentions keep the exact
// source slice as their text.
import { splitSentences } from '../sentences.js';
import { tokenizeAll, type Token } from '../tokens.js';
import type { Article, Span } from '../types.js';

export type { Token };

export interface ArticleView {
  article: Article;
  /** Visible text: article.text without invisible characters. */
  text: string;
  /** Source offset of text[i]; srcOffsets[text.length] is just past the end. */
  srcOffsets: Int32Array;
  /** Sentences as ranges of `text`. */
  sentences: Span[];
  /** jieba tokens covering `text`, in order. */
  tokens: Token[];
  /** tokenAt[i] = index of the token containing text[i]. */
  tokenAt: Int32Array;
  /** Where the title sits in `text`. */
  titleRange: Span;
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

/** Views of many articles (a page's), their tokens from one jieba call. */
export function buildViews(articles: readonly Article[]): ArticleView[] {
  const visible = articles.map(visibleText);
  const tokenized = tokenizeAll(visible.map((v) => v.text));
  return articles.map((article, a) => {
    const { text, srcOffsets, toView } = visible[a]!;
    const tokens = tokenized[a]!;
    const tokenAt = new Int32Array(text.length);
    for (let k = 0; k < tokens.length; k++) tokenAt.fill(k, tokens[k]!.start, tokens[k]!.end);
    return {
      article,
      text,
      srcOffsets,
      sentences: splitSentences(text),
      tokens,
      tokenAt,
      titleRange: { start: toView(article.titleRange.start), end: toView(article.titleRange.end) },
    };
  });
}

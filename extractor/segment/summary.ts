// What is known of an article before extraction: the head of its JSONL record, in the
// contract's key order (types.ts ArticleRecord), shared by `segment --format json` and `extract`.
import type { Article, ArticleRecord } from '../types.js';

export type ArticleSummary = Omit<ArticleRecord, 'entities' | 'relations'>;

export function summarizeArticle(article: Article): ArticleSummary {
  return {
    source: article.source,
    index: article.index,
    title: article.title,
    subtitles: article.subtitles,
    kind: article.kind,
    span: article.span,
    byline: article.byline.map(({ name, role }) => ({ name, role })),
  };
}

// Segmentation: a page → its articles in reading order.
import { splitLines } from '../clean/index.js';
import type { Article, Source } from '../types.js';
import { buildArticle } from './article.js';
import { findArticles } from './boundaries.js';
import { classifyLines } from './classify.js';

/**
 * Splits a source into articles. A plain-text page may hold many; an HTML page is the one
 * article Readability found in it.
 */
export function segmentSource(source: Source): Article[] {
  const page = classifyLines(splitLines(source.text), source.text);
  const single = source.format === 'html';
  const articles = findArticles(page, { singleArticle: single, titled: single && source.title !== undefined });
  return articles.map((bounds, k) => buildArticle(source, page, bounds, k + 1, single));
}

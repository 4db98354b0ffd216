// An invented one-article page for the extractor's tests: its title, then a 本报讯 lead credited to
// a reporter (记者 周明), then the body, as a newspaper page prints a short news item.
import { extractSources } from '../../extractor/extract.js';
import type { ArticleRecord, Source } from '../../extractor/types.js';

/** The page of one article titled `title` with `body` after its credit. */
export function articleSource(title: string, body: string): Source {
  const text = `\n\n${title}\n\n本报讯（记者 周明）${body}\n`;
  return { path: 'p.txt', name: 'p.txt', sha256: '', encoding: 'utf-8', format: 'txt', text };
}

/** What `extract` records of that article (rules only). */
export function extractArticle(title: string, body: string): ArticleRecord {
  return extractSources([articleSource(title, body)])[0]!;
}

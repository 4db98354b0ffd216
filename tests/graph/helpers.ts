// Shared fixture loading for the graph tests.
import { fileURLToPath } from 'node:url';
import type { ArticleRecord } from '../../extractor/types.js';
import { readRecords } from '../../graph/records.js';

export const FIXTURES = fileURLToPath(new URL('../fixtures/graph/', import.meta.url));

/** Three articles on two pages, with awkward names (quotes, backslash, backtick, newline, <, &). */
export function twoPages(): ArticleRecord[] {
  return readRecords(`${FIXTURES}two-pages.jsonl`);
}
